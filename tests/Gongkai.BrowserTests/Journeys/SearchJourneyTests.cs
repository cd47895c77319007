using System.Text.RegularExpressions;
using Gongkai.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace Gongkai.BrowserTests.Journeys;

/// <summary>
/// The "Done when" of issue 6, tried as a new user would on the demo portal: a search typed in
/// Traditional characters finds the Simplified items and the other way round, 低保 within the
/// township finds its assistance notices, a 文号 typed with square brackets finds its item, a
/// 索引号 goes straight to its item, and facets and the date order narrow the results.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed partial class SearchJourneyTests(PortalSite site, ITestOutputHelper output)
{
    [BrowserFact]
    public async Task A_visitor_searches_in_both_scripts_by_word_by_document_number_and_by_index_number()
    {
        await using var j = await site.StartAsync(output, "search");

        // From the home page's header box, in Traditional characters.
        await j.GotoAsync("/");
        var box = j.Page.GetByRole(AriaRole.Search).First.GetByRole(AriaRole.Searchbox);
        await box.FillAsync("政務公開");
        await j.PressAndFollowAsync("Enter");
        Assert.StartsWith("/search?", j.Path);
        var results = j.Page.Locator("main ol.search-results > li");
        Assert.True(await results.CountAsync() > 1);
        // Simplified titles are found and their match highlighted; the Traditional demo item too.
        await Assertions.Expect(j.Page.Locator("main ol.search-results mark").First).ToHaveTextAsync("政务公开");
        await Assertions.Expect(j.Page.Locator("main ol.search-results")).ToContainTextAsync("政務公開工作總結");

        // A year facet narrows the results and can be removed again.
        var total = await TotalAsync(j);
        var yearFacet = j.Page.Locator("main section.facet", new() { Has = j.Page.GetByRole(AriaRole.Heading, new() { Name = "年份", Exact = true }) }).GetByRole(AriaRole.Link).First;
        await j.FollowAsync(yearFacet);
        Assert.Contains("year=", j.Path);
        Assert.True(await TotalAsync(j) < total);

        // Newest first.
        await j.FollowAsync(j.Page.Locator("main").GetByRole(AriaRole.Link, new() { Name = "按发布日期" }).First);
        Assert.Contains("sort=date", j.Path);
        var dates = await j.Page.Locator("main ol.search-results time").AllInnerTextsAsync();
        Assert.Equal(dates.OrderByDescending(d => d, StringComparer.Ordinal), dates);

        // The other way round: Simplified finds the Traditional item.
        await j.GotoAsync("/search?q=" + Uri.EscapeDataString("政务公开工作总结"));
        await Assertions.Expect(j.Page.Locator("main ol.search-results")).ToContainTextAsync("政務公開工作總結");

        // Within the township: 低保 finds its assistance notices, and only the township's items.
        await j.GotoAsync("/bodies/qinghe");
        await j.Page.GetByRole(AriaRole.Search).First.GetByRole(AriaRole.Searchbox).FillAsync("低保");
        await j.PressAndFollowAsync("Enter");
        Assert.StartsWith("/bodies/qinghe/search?", j.Path);
        await Assertions.Expect(j.Page.Locator("main ol.search-results")).ToContainTextAsync("城乡低保对象审核结果公示");
        var bodies = await j.Page.Locator("main ol.search-results .result-meta span:first-child").AllInnerTextsAsync();
        Assert.All(bodies, b => Assert.Equal("示范县清河镇人民政府", b));

        // A 文号 typed with square brackets finds the item written with 〔〕.
        await j.GotoAsync("/search?q=" + Uri.EscapeDataString("示残联发[2025]2号"));
        var first = j.Page.Locator("main ol.search-results > li").First;
        await Assertions.Expect(first).ToContainTextAsync("示残联发〔2025〕2号");
        await j.FollowAsync(first.GetByRole(AriaRole.Link).First);
        Assert.Matches(@"^/items/\d+$", j.Path);
        var item = j.Path;
        var index = IndexNumber().Match(await j.Page.Locator("table.meta-box").InnerTextAsync()).Value;
        Assert.NotEmpty(index);

        // A 索引号 goes straight to its item.
        await j.GotoAsync("/");
        await j.Page.GetByRole(AriaRole.Search).First.GetByRole(AriaRole.Searchbox).FillAsync(index);
        await j.PressAndFollowAsync("Enter");
        Assert.Equal(item, j.Path);

        // Nothing found: a helpful page, not an empty one.
        await j.GotoAsync("/search?q=" + Uri.EscapeDataString("查无此词ｘｙｚ"));
        await Assertions.Expect(j.Page.Locator("main")).ToContainTextAsync("没有找到");

        await j.AssertNoViolationsAsync();
    }

    private static async Task<int> TotalAsync(Journey j)
    {
        var text = await j.Page.Locator("main .search-summary").First.InnerTextAsync();
        return int.Parse(Count().Match(text.Replace(",", "", StringComparison.Ordinal)).Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"\d+")]
    private static partial Regex Count();

    [GeneratedRegex(@"\d{9}/\d{4}-\d{5}")]
    private static partial Regex IndexNumber();
}
