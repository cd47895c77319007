using Gongkai.BrowserTests.Infrastructure;

namespace Gongkai.BrowserTests.Journeys;

/// <summary>A mistyped address gets the Chinese 404 page, which is accessible and leads back home.</summary>
[Collection(PortalCollection.Name)]
public sealed class ErrorPageJourneyTests(PortalSite site, ITestOutputHelper output)
{
    [BrowserFact]
    public async Task Unknown_body_shows_the_chinese_404_page_with_a_way_home()
    {
        await using var j = await site.StartAsync(output, "not-found");

        await j.GotoAsync("/bodies/nope", status: 404);
        Assert.Equal("页面不存在", await j.HeadingAsync());
        Assert.Contains("页面不存在", await j.Page.TitleAsync(), StringComparison.Ordinal);
        Assert.Equal("zh-CN", await j.EvalAsync<string>("() => document.documentElement.lang"));
        Assert.Equal("/bodies/nope", j.Path); // re-executed in place, not redirected

        await j.GotoAsync("/items/99999999", status: 404);
        Assert.Equal("页面不存在", await j.HeadingAsync());

        await j.FollowAsync(j.Link("返回首页"));
        Assert.Equal("/", j.Path);

        await j.AssertNoViolationsAsync();
    }
}
