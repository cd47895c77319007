using Gongkai.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace Gongkai.BrowserTests.Journeys;

/// <summary>A villager reads the township's consultations, comments on the open one, and reads the account of adoption of the closed one and its decision.</summary>
[Collection(PortalCollection.Name)]
public sealed class ConsultationJourneyTests(PortalSite site, ITestOutputHelper output)
{
    [BrowserFact]
    public async Task Villager_comments_on_an_open_consultation_and_follows_a_closed_one_to_its_decision()
    {
        await using var j = await site.StartAsync(output, "consultation");

        await j.GotoAsync("/bodies/qinghe");
        await j.FollowAsync(j.Link("征求意见：决策草案和意见采纳情况"));
        Assert.Equal("/bodies/qinghe/consultations", j.Path);

        await j.FollowAsync(j.Link("清河镇2027年为民办实事项目（征求意见稿）"));
        await Assertions.Expect(j.Page.Locator("dl.meta-box")).ToContainTextAsync("正在征求意见");
        await j.FollowAsync(j.Page.GetByRole(AriaRole.Button, new() { Name = "提交意见" }), status: 400);
        await Assertions.Expect(j.Page.Locator(".error-summary")).ToContainTextAsync("请填写");
        await j.Page.GetByLabel("您的意见").FillAsync("希望把天阳村至十字桥村道路拓宽放在第一位。");
        await j.FollowAsync(j.Page.GetByRole(AriaRole.Button, new() { Name = "提交意见" }));
        Assert.StartsWith("/feedback/", j.Path, StringComparison.Ordinal);
        await Assertions.Expect(j.Page.Locator("main")).ToContainTextAsync("希望把天阳村至十字桥村道路拓宽放在第一位。");

        await j.GotoAsync("/bodies/qinghe/consultations");
        await j.FollowAsync(j.Link("清河镇农村人居环境整治实施方案（征求意见稿）"));
        await Assertions.Expect(j.Page.GetByRole(AriaRole.Heading, new() { Name = "意见收集和采纳情况" })).ToBeVisibleAsync();
        await Assertions.Expect(j.Page.Locator("main")).ToContainTextAsync("收集点不要放在村口小学旁边");
        await Assertions.Expect(j.Page.GetByRole(AriaRole.Button, new() { Name = "提交意见" })).ToHaveCountAsync(0);
        await j.FollowAsync(j.Link("清河镇农村人居环境整治实施方案"));
        await Assertions.Expect(j.Page.Locator("main .notice")).ToContainTextAsync("本决策作出前曾公开征求意见");

        await j.AssertNoViolationsAsync();
    }
}
