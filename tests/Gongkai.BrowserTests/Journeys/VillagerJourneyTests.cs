using System.Text.RegularExpressions;
using Gongkai.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace Gongkai.BrowserTests.Journeys;

/// <summary>A villager reads the village's notice board online: a category, filtered by year; and pages through a long list.</summary>
[Collection(PortalCollection.Name)]
public sealed partial class VillagerJourneyTests(PortalSite site, ITestOutputHelper output)
{
    [BrowserFact]
    public async Task Villager_finds_the_village_filters_a_category_by_year_and_pages_through_a_long_list()
    {
        await using var j = await site.StartAsync(output, "villager");

        await j.GotoAsync("/");
        await j.FollowAsync(j.Link("示范县清河镇人民政府"));
        Assert.Equal("/bodies/qinghe", j.Path);
        var villages = j.Page.Locator("main section").Filter(new() { Has = j.Page.GetByRole(AriaRole.Heading, new() { Name = "下级机构" }) });
        await j.FollowAsync(villages.GetByRole(AriaRole.Link, new() { Name = "清河镇严狄村村民委员会" }));
        Assert.Equal("/bodies/yandi", j.Path);

        await j.FollowAsync(j.Link("一般事项"));
        Assert.Equal("一般事项", await j.HeadingAsync());
        var all = await TotalAsync(j);
        Assert.True(all > 1, $"一般事项 should list several items, found {all}");

        // Filter by the oldest year offered, with the form's select and its submit button.
        var year = j.Page.GetByLabel("发布年份");
        var years = await year.Locator("option").EvaluateAllAsync<string[]>("os => os.map(o => o.value).filter(v => v)");
        Assert.True(years.Length >= 2, "the village's items should span more than one year");
        await year.SelectOptionAsync(years[^1]);
        await j.FollowAsync(j.Page.GetByRole(AriaRole.Button, new() { Name = "筛选" }));
        Assert.Contains($"year={years[^1]}", j.Path, StringComparison.Ordinal);
        var filtered = await TotalAsync(j);
        Assert.InRange(filtered, 1, all - 1);
        await Assertions.Expect(year).ToHaveValueAsync(years[^1]);
        var dates = await j.Page.Locator("main .item-list time").AllInnerTextsAsync();
        Assert.All(dates, d => Assert.StartsWith(years[^1], d, StringComparison.Ordinal));

        // Clear: back to every year.
        await year.SelectOptionAsync(new SelectOptionValue { Label = "全部年份" });
        await j.FollowAsync(j.Page.GetByRole(AriaRole.Button, new() { Name = "筛选" }));
        Assert.Equal(all, await TotalAsync(j));

        // The school's 每周工作 has more than one page.
        await j.GotoAsync("/");
        await j.FollowAsync(j.Link("示范市实验小学"));
        var catalogue = j.Page.GetByRole(AriaRole.Navigation, new() { Name = "公开目录" });
        await j.FollowAsync(catalogue.GetByRole(AriaRole.Link, new() { Name = "每周工作", Exact = true }));
        Assert.True(await TotalAsync(j) > 20);
        await Assertions.Expect(j.Page.GetByText(PageOf())).ToContainTextAsync("第 1/");
        var pager = j.Page.GetByRole(AriaRole.Navigation, new() { Name = "分页" });
        await j.FollowAsync(pager.GetByRole(AriaRole.Link, new() { Name = "第 2 页", Exact = true }));
        Assert.Contains("page=2", j.Path, StringComparison.Ordinal);
        await Assertions.Expect(j.Page.GetByText(PageOf())).ToContainTextAsync("第 2/");
        await Assertions.Expect(pager.Locator("[aria-current=page]")).ToHaveTextAsync("2");
        await j.FollowAsync(pager.GetByRole(AriaRole.Link, new() { Name = "上一页" }));
        await Assertions.Expect(j.Page.GetByText(PageOf())).ToContainTextAsync("第 1/");

        await j.AssertNoViolationsAsync();
    }

    private static async Task<int> TotalAsync(Journey j)
    {
        var text = await j.Page.GetByText(Total()).InnerTextAsync();
        return int.Parse(Total().Match(text).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"共 (\d+) 条信息")]
    private static partial Regex Total();

    [GeneratedRegex(@"第 \d+/\d+ 页")]
    private static partial Regex PageOf();
}
