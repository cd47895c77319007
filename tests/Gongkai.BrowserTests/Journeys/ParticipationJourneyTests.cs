using System.Text.RegularExpressions;
using Gongkai.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace Gongkai.BrowserTests.Journeys;

/// <summary>A parent comments on the school's fee notice and follows it by code; a parent complains about the school to its supervising body.</summary>
[Collection(PortalCollection.Name)]
public sealed partial class ParticipationJourneyTests(PortalSite site, ITestOutputHelper output)
{
    [BrowserFact]
    public async Task Parent_comments_on_the_fee_notice_fixes_a_mistake_and_follows_the_comment_by_its_code()
    {
        await using var j = await site.StartAsync(output, "parent-comment");

        await j.GotoAsync("/bodies/shiyan-xiaoxue");
        var catalogue = j.Page.GetByRole(AriaRole.Navigation, new() { Name = "公开目录" });
        await j.FollowAsync(catalogue.GetByRole(AriaRole.Link, new() { Name = "收费依据、项目和标准", Exact = true }));
        await j.FollowAsync(j.Link("2026年秋季学期收费项目和收费标准公示"));
        var item = j.Path;
        await Assertions.Expect(j.Page.GetByRole(AriaRole.Heading, new() { Name = "留言", Exact = true })).ToBeVisibleAsync();

        // Sent without text: the form comes back with the message, linked to the field, and the name kept.
        await j.Page.GetByLabel("姓名或称呼").FillAsync("张家长");
        await j.FollowAsync(j.Page.GetByRole(AriaRole.Button, new() { Name = "提交留言" }), status: 400);
        Assert.Equal($"{item}/comment", j.Path);
        await Assertions.Expect(j.Page.Locator(".error-summary")).ToContainTextAsync("请填写留言内容");
        await Assertions.Expect(j.Page.GetByLabel("姓名或称呼")).ToHaveValueAsync("张家长");

        await j.Page.GetByLabel("留言内容").FillAsync("校服费是否包含冬季校服？<script>alert(1)</script>");
        await j.FollowAsync(j.Page.GetByRole(AriaRole.Button, new() { Name = "提交留言" }));
        Assert.Matches("^/feedback/[A-Za-z0-9_-]{22}\\?submitted=1$", j.Path);
        await Assertions.Expect(j.Page.Locator(".notice")).ToContainTextAsync("经审核后在网站上公开显示");
        await Assertions.Expect(j.Page.Locator("main")).ToContainTextAsync("<script>alert(1)</script>");
        var code = (await j.Page.Locator(".notice strong.code").InnerTextAsync()).Trim();
        Assert.Matches(Code(), code);
        var link = j.Path.Split('?')[0];

        await j.GotoAsync("/feedback");
        await j.Page.GetByLabel("查询码").FillAsync(code.ToLowerInvariant());
        await j.FollowAsync(j.Page.GetByRole(AriaRole.Button, new() { Name = "查询" }));
        Assert.Equal(link, j.Path);
        await Assertions.Expect(j.Page.Locator("dl.meta-box")).ToContainTextAsync("等待审核");

        await j.AssertNoViolationsAsync();
    }

    [BrowserFact]
    public async Task Parent_complains_that_the_school_did_not_answer_and_the_complaint_goes_to_the_education_bureau()
    {
        await using var j = await site.StartAsync(output, "parent-complaint");

        await j.GotoAsync("/bodies/shiyan-xiaoxue");
        await j.FollowAsync(j.Link("投诉举报"));
        Assert.Equal("/bodies/shiyan-xiaoxue/complain", j.Path);
        await Assertions.Expect(j.Page.Locator("main")).ToContainTextAsync("本站不记录您的网络地址");
        await Assertions.Expect(j.Page.GetByLabel("所涉及的机关")).ToHaveValueAsync("shiyan-xiaoxue");

        await j.Page.GetByLabel("事实和理由").FillAsync("我于10月申请公开食堂账目，至今未答复。");
        await j.FollowAsync(j.Page.GetByRole(AriaRole.Button, new() { Name = "提交", Exact = true }), status: 400);
        await Assertions.Expect(j.Page.Locator(".error-summary")).ToContainTextAsync("请选择投诉还是举报");
        await Assertions.Expect(j.Page.GetByLabel("事实和理由")).ToHaveValueAsync("我于10月申请公开食堂账目，至今未答复。");

        await j.Page.GetByLabel("投诉", new() { Exact = true }).CheckAsync();
        await j.FollowAsync(j.Page.GetByRole(AriaRole.Button, new() { Name = "提交", Exact = true }));
        Assert.StartsWith("/feedback/", j.Path, StringComparison.Ordinal);
        var facts = j.Page.Locator("dl.meta-box");
        await Assertions.Expect(facts).ToContainTextAsync("示范市教育局");
        await Assertions.Expect(facts).ToContainTextAsync("被投诉机关");
        await Assertions.Expect(facts).ToContainTextAsync("示范市实验小学");

        await j.AssertNoViolationsAsync();
    }

    [GeneratedRegex("^[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$")]
    private static partial Regex Code();
}
