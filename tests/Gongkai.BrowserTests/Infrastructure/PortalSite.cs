using System.Net;
using Gongkai.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Playwright;

namespace Gongkai.BrowserTests.Infrastructure;

/// <summary>
/// The real app on Kestrel at 127.0.0.1 on a free port, over a fresh SQLite database in a temp
/// folder with the demo seeded, and one headless Chromium shared by every journey. Each journey
/// gets a browser context of its own, so cookies (the display modes) never leak between tests.
/// The app's clock is the system clock (the demo is seeded on it) until a journey sets it with
/// <see cref="SetClock"/>; such a journey resets it in a <c>finally</c> block.
/// </summary>
public sealed class PortalSite : IAsyncLifetime
{
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "gongkai-browser-tests", Guid.NewGuid().ToString("N"));
    private readonly AppClock _clock = new();
    private DemoPortal? _app;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>Where the app listens, such as <c>http://127.0.0.1:41234</c>.</summary>
    public string BaseUrl { get; private set; } = "";

    public async Task InitializeAsync()
    {
        if (Chromium.SkipReason is not null)
        {
            return; // xunit builds collection fixtures even when every test is skipped
        }
        if (!Chromium.Installed)
        {
            throw new InvalidOperationException($"GONGKAI_REQUIRE_CHROMIUM=1 but {Chromium.ExecutablePath} is missing: install it with apt-get install chromium fonts-wqy-microhei.");
        }
        var server = Task.Run(StartApp);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium.ExecutablePath,
            Headless = true,
            Args = Chromium.Args,
        });
        BaseUrl = await server;
    }

    private string StartApp()
    {
        _app = new DemoPortal(_dataDirectory, _clock);
        _app.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        _app.StartServer(); // migrations and the demo seeding happen here
        var addresses = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        return addresses.Single().TrimEnd('/');
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }
        _playwright?.Dispose();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
        try
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
            // The app never started.
        }
        catch (IOException)
        {
            // A file still open on a slow machine: the temp folder is cleaned by the OS.
        }
    }

    /// <summary>
    /// Moves the app's clock to <paramref name="date"/> at <paramref name="hour"/>:00 China time (it runs on from
    /// there), for steps whose legal dates may not lie in the future. Staff sign-in cookies issued before the
    /// move may have expired on the app's new clock: sign in again after it.
    /// </summary>
    public void SetClock(DateOnly date, int hour = 10) => _clock.Set(date, hour);

    /// <summary>Back to the system clock; call it in a <c>finally</c> block after <see cref="SetClock"/>.</summary>
    public void ResetClock() => _clock.Reset();

    /// <summary>The id of the demo item with this title, for journeys that open an item by its address.</summary>
    public async Task<int> ItemIdAsync(string title)
    {
        await using var scope = _app!.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GongkaiDb>();
        return await db.Items.Where(i => i.Title == title).Select(i => i.Id).SingleAsync();
    }

    /// <summary>Starts a journey in a fresh browser context; skips the test when Chromium is not installed.</summary>
    public async Task<Journey> StartAsync(ITestOutputHelper output, string name, BrowserNewContextOptions? options = null)
    {
        Skip.If(Chromium.SkipReason is not null, Chromium.SkipReason);
        var context = await _browser!.NewContextAsync(options ?? new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        context.SetDefaultTimeout(15_000);
        var page = await context.NewPageAsync();
        var screenshots = Path.Combine(AppContext.BaseDirectory, "screenshots", name);
        if (Directory.Exists(screenshots))
        {
            Directory.Delete(screenshots, recursive: true); // only this run's pictures
        }
        return new Journey(BaseUrl, context, page, output, name, screenshots);
    }

    /// <summary>The app as <c>dotnet run</c> gives it to a new user: SQLite, demo content on.</summary>
    private sealed class DemoPortal(string dataDirectory, AppClock clock) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Testing");
            builder.UseSetting("Gongkai:DataDirectory", dataDirectory);
            builder.UseSetting("Gongkai:Database", "sqlite");
            builder.UseSetting("Gongkai:Demo", "true");
            // In place of the app's TimeProvider.System: pages, entities' dates and cookie expiry all read it.
            builder.ConfigureTestServices(s =>
            {
                s.RemoveAll<TimeProvider>();
                s.AddSingleton<TimeProvider>(clock);
            });
        }
    }
}

[CollectionDefinition(Name)]
public sealed class PortalCollection : ICollectionFixture<PortalSite>
{
    public const string Name = "portal in Chromium";
}
