using System.Text.RegularExpressions;
using Gongkai.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace Gongkai.BrowserTests.Journeys;

/// <summary>
/// 200% zoom on a 1280-pixel screen is a 640-pixel-wide viewport: pages reflow without a
/// horizontal scrollbar; only wide tables scroll, inside their own focusable container.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class NarrowScreenJourneyTests(PortalSite site, ITestOutputHelper output)
{
    [BrowserFact]
    public async Task At_200_percent_zoom_pages_reflow_without_a_horizontal_scrollbar()
    {
        await using var j = await site.StartAsync(output, "zoom-200", new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 640, Height = 900 },
        });

        var procedure = await site.ItemIdAsync("残疾人证办理程序");
        await j.GotoAsync($"/items/{procedure}");
        await AssertNoHorizontalScrollAsync(j);

        var promise = await site.ItemIdAsync("清河镇便民服务中心服务承诺");
        await j.GotoAsync($"/items/{promise}");
        await Assertions.Expect(j.Page.Locator("main .item-body table")).ToBeVisibleAsync();
        await AssertNoHorizontalScrollAsync(j);

        await j.FollowAsync(j.Page.Locator("main").GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^查看(历史版本|版本记录)$") }));
        await AssertNoHorizontalScrollAsync(j);

        await j.GotoAsync($"/items/{promise}/print");
        await AssertNoHorizontalScrollAsync(j);

        await j.GotoAsync("/bodies/canlian/catalogue");
        await AssertNoHorizontalScrollAsync(j);
        await Assertions.Expect(j.Page.Locator("main .table-scroll table")).ToBeVisibleAsync();

        await j.GotoAsync("/");
        await AssertNoHorizontalScrollAsync(j);
        await j.FollowAsync(j.Link("示范市实验小学"));
        await AssertNoHorizontalScrollAsync(j);
        await j.FollowAsync(j.Page.GetByRole(AriaRole.Navigation, new() { Name = "公开目录" }).GetByRole(AriaRole.Link, new() { Name = "每周工作", Exact = true }));
        await AssertNoHorizontalScrollAsync(j);

        await j.AssertNoViolationsAsync();
    }

    /// <summary>The document does not scroll sideways; names what sticks out when it does.</summary>
    private static async Task AssertNoHorizontalScrollAsync(Journey j)
    {
        var widths = await j.EvalAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        if (widths[0] <= widths[1])
        {
            return;
        }
        var culprits = await j.EvalAsync<string[]>("""
            () => [...document.body.querySelectorAll('*')]
                .filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1 && !e.closest('.table-scroll'))
                .slice(0, 8)
                .map(e => e.tagName.toLowerCase() + (e.className ? '.' + e.className : '') + ' right=' + Math.round(e.getBoundingClientRect().right))
            """);
        Assert.Fail($"{j.Path} scrolls sideways at {widths[1]}px: the document is {widths[0]}px wide. Too wide: {string.Join("; ", culprits)}");
    }
}
