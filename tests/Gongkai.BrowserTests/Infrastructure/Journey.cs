using System.Text;
using Deque.AxeCore.Commons;
using Microsoft.Playwright;
using Newtonsoft.Json.Linq;

namespace Gongkai.BrowserTests.Infrastructure;

/// <summary>
/// One visitor's way through the portal in its own browser context. Every page reached is
/// checked with axe (WCAG 2.0 and 2.1, levels A and AA) and photographed to
/// <c>screenshots/{journey}/</c> in the test output; <see cref="AssertNoViolationsAsync"/> fails
/// the journey with the rule, impact and selectors of every violation found on the way.
/// </summary>
public sealed class Journey(string baseUrl, IBrowserContext context, IPage page, ITestOutputHelper output, string name, string screenshots) : IAsyncDisposable
{
    /// <summary>
    /// axe-core as Deque.AxeCore bundles it, run directly in the page. <c>page.RunAxe()</c> runs
    /// axe in parts and finishes the run in a new blank page, which costs about 1.5 s more per
    /// page here: too slow for checking every page of every journey.
    /// </summary>
    private static readonly string AxeScript = new BundledAxeScriptProvider().GetScript();

    /// <summary>WCAG 2.0 and 2.1, levels A and AA; details of violations only (passing nodes are many and slow to send back).</summary>
    private static readonly object WcagAA = new
    {
        runOnly = new { type = "tag", values = new[] { "wcag2a", "wcag2aa", "wcag21a", "wcag21aa" } },
        resultTypes = new[] { "violations" },
    };

    private readonly List<string> _violations = [];
    private int _step;

    public IPage Page => page;

    /// <summary>The path and query of the current page, such as <c>/bodies/canlian?x=1</c>.</summary>
    public string Path => new Uri(page.Url).PathAndQuery;

    /// <summary>Opens a page by its address, as a visitor typing it would.</summary>
    public async Task GotoAsync(string path, int status = 200)
    {
        var response = await page.GotoAsync(baseUrl + path);
        await ArriveAsync(response, status);
    }

    /// <summary>Clicks a link or a submit button and checks the page it leads to.</summary>
    public Task FollowAsync(ILocator target, int status = 200) => NavigateAsync(() => target.ClickAsync(), status);

    /// <summary>Presses a key on the focused element and checks the page it leads to.</summary>
    public Task PressAndFollowAsync(string key, int status = 200) => NavigateAsync(() => page.Keyboard.PressAsync(key), status);

    /// <summary>A link in the main content by its exact accessible name (the first when several).</summary>
    public ILocator Link(string text) => page.Locator("main").GetByRole(AriaRole.Link, new() { Name = text, Exact = true }).First;

    public Task<T> EvalAsync<T>(string script) => page.EvaluateAsync<T>(script);

    public async Task<string> HeadingAsync() => (await page.Locator("h1").First.InnerTextAsync()).Trim();

    /// <summary>Runs axe on the page as it is now and takes a screenshot; violations are kept for the end.</summary>
    public async Task CheckAsync(string? label = null)
    {
        _step++;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var where = label is null ? Path : $"{Path} ({label})";
        Directory.CreateDirectory(screenshots);
        var file = System.IO.Path.Combine(screenshots, $"{_step:D2}-{Slug(label ?? Path)}.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });
        var shot = clock.ElapsedMilliseconds;
        var result = await RunAxeAsync();
        output.WriteLine($"{_step:D2} {where}: {result.Violations.Length} axe violation(s), {result.Passes.Length} rules passed, {shot} + {clock.ElapsedMilliseconds - shot} ms; {file}");
        foreach (var v in result.Violations)
        {
            var text = new StringBuilder($"{where}: [{v.Id}] ({v.Impact}) {v.Help} {v.HelpUrl}");
            foreach (var node in v.Nodes.Take(10))
            {
                text.Append($"\n      {node.Target} — {node.Html[..Math.Min(node.Html.Length, 160)]}");
                var checks = node.Any.Concat(node.All).Concat(node.None).Select(c => c.Message).Where(m => m is { Length: > 0 }).Distinct();
                text.Append($"\n        {string.Join(" | ", checks)}");
            }
            if (v.Nodes.Length > 10)
            {
                text.Append($"\n      … and {v.Nodes.Length - 10} more");
            }
            _violations.Add(text.ToString());
        }
    }

    private async Task<AxeResult> RunAxeAsync()
    {
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe === 'object'"))
        {
            await page.EvaluateAsync(AxeScript);
        }
        var json = await page.EvaluateAsync<string>("async options => JSON.stringify(await axe.run(document, options))", WcagAA);
        return new AxeResult(JObject.Parse(json));
    }

    /// <summary>Fails with every accessibility violation met on the journey; call it at the end.</summary>
    public Task AssertNoViolationsAsync()
    {
        Assert.True(_violations.Count == 0,
            $"axe found {_violations.Count} WCAG 2.1 A/AA violation(s) on the journey “{name}” (screenshots in {screenshots}):\n  " + string.Join("\n  ", _violations));
        Assert.True(_step > 0, "the journey checked no page");
        return Task.CompletedTask;
    }

    public async ValueTask DisposeAsync() => await context.CloseAsync();

    /// <summary>
    /// Does <paramref name="action"/> and waits for the new document's load event, keeping the
    /// last response to a navigation (after redirects, such as those of the display-mode links).
    /// </summary>
    private async Task NavigateAsync(Func<Task> action, int status)
    {
        var loaded = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        IResponse? last = null;
        void OnResponse(object? sender, IResponse r)
        {
            if (r.Request.IsNavigationRequest && r.Frame == page.MainFrame)
            {
                last = r;
            }
        }
        void OnLoad(object? sender, IPage p) => loaded.TrySetResult();
        page.Response += OnResponse;
        page.Load += OnLoad;
        try
        {
            await action();
            await loaded.Task.WaitAsync(TimeSpan.FromSeconds(15));
        }
        finally
        {
            page.Response -= OnResponse;
            page.Load -= OnLoad;
        }
        await ArriveAsync(last, status);
    }

    private async Task ArriveAsync(IResponse? response, int status)
    {
        Assert.NotNull(response);
        Assert.True(response.Status == status, $"{Path} answered {response.Status}, expected {status}");
        await CheckAsync();
    }

    private static string Slug(string text)
    {
        var chars = text.Select(c => char.IsLetterOrDigit(c) ? c : '-').ToArray();
        var slug = new string(chars).Trim('-');
        return slug.Length == 0 ? "home" : slug.Length > 60 ? slug[..60] : slug;
    }
}
