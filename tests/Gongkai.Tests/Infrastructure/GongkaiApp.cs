using Gongkai.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Tests.Infrastructure;

/// <summary>
/// The real application on a real database: a fresh SQLite file in a temp folder, or a fresh
/// PostgreSQL database. Migrations run at start, as in production. Demo content is off unless asked for.
/// </summary>
public class GongkaiApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "gongkai-tests", Guid.NewGuid().ToString("N"));
    private string? _postgres;

    protected virtual bool UsePostgres => false;
    protected virtual bool Demo => false;
    /// <summary>Every test client shares one address; the limits are raised unless a test is about them.</summary>
    protected virtual int PublicRateLimit => 10_000;

    public string Provider => UsePostgres ? "postgres" : "sqlite";

    public async Task InitializeAsync()
    {
        if (UsePostgres)
        {
            if (PostgresServer.SkipReason is not null)
            {
                return; // xunit builds class fixtures even when every test of the class is skipped
            }
            _postgres = await PostgresServer.CreateDatabaseAsync();
        }
        _ = Server; // start the host: migrations and seeding happen here
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        if (_postgres is not null)
        {
            await PostgresServer.DropDatabaseAsync(_postgres);
        }
        try
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A file still open on a slow machine: the temp folder is cleaned by the OS.
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Gongkai:DataDirectory", _dataDirectory);
        builder.UseSetting("Gongkai:Demo", Demo ? "true" : "false");
        builder.UseSetting("Gongkai:Limits:SubmissionsPerHour", PublicRateLimit.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Gongkai:Limits:TrackingLookupsPerFiveMinutes", PublicRateLimit.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (UsePostgres)
        {
            builder.UseSetting("Gongkai:Database", "postgres");
            builder.UseSetting("ConnectionStrings:Gongkai", _postgres);
        }
    }

    /// <summary>Runs <paramref name="work"/> with a data context of its own.</summary>
    public async Task<T> WithDbAsync<T>(Func<GongkaiDb, IServiceProvider, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<GongkaiDb>(), scope.ServiceProvider);
    }

    /// <summary>Skips the calling test when this app's database is not available here.</summary>
    public void SkipUnlessAvailable() => Skip.If(UsePostgres && PostgresServer.SkipReason is not null, PostgresServer.SkipReason);

    public HttpClient Browser() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
}

public sealed class SqliteApp : GongkaiApp;

public sealed class PostgresApp : GongkaiApp
{
    protected override bool UsePostgres => true;
}

/// <summary>SQLite with the public rate limits as low as 3, for the tests of those limits.</summary>
public sealed class RateLimitedApp : GongkaiApp
{
    protected override int PublicRateLimit => 3;
}

/// <summary>The embedded default as a new user gets it: SQLite with the demo seeded on first start.</summary>
public sealed class DemoApp : GongkaiApp
{
    protected override bool Demo => true;
}
