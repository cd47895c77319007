using Gongkai.BrowserTests.Infrastructure;
using Gongkai.Demo;
using Microsoft.Playwright;

namespace Gongkai.BrowserTests.Journeys;

/// <summary>
/// A villager's hotline call about the road works, handled in the back office with the demo accounts:
/// the township's section head logs it and gives the caller the tracking code, assigns it and writes a
/// public answer; the township leader approves it from the dashboard; the section head opens a
/// rectification task and records it done; the township's supervisor verifies it from the dashboard; the
/// section head publishes the result. The same steps as
/// <c>Gongkai.Tests.Participation.Admin.OpinionModerationAndRegistrationTests</c> over HTTP.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class OpinionHandlingJourneyTests(PortalSite site, ITestOutputHelper output)
{
    private const string Title = "村东道路施工无围挡（浏览器测试）";

    [BrowserFact]
    public async Task A_hotline_call_is_logged_answered_rectified_verified_and_published()
    {
        await using var staff = await site.StartAsync(output, "opinion-staff");
        var page = staff.Page;

        // 1. The section head logs the call.
        await SignInAsync(staff, "qinghe-section-head");
        await staff.FollowAsync(page.Locator("header").GetByRole(AriaRole.Link, new() { Name = "公众参与", Exact = true }));
        Assert.Equal("公众参与", await staff.HeadingAsync());
        await staff.FollowAsync(staff.Link("登记热线、来信、来访等渠道的意见"));
        Assert.Equal("登记意见", await staff.HeadingAsync());
        await page.GetByLabel("渠道").SelectOptionAsync(new SelectOptionValue { Label = "热线电话" });
        await page.GetByLabel("类别").SelectOptionAsync(new SelectOptionValue { Label = "意见建议" });
        await page.GetByLabel("姓名").FillAsync("王大爷");
        await page.GetByLabel("联系电话").FillAsync("13700001111");
        await page.GetByLabel("事由（可选）").FillAsync(Title);
        await page.Locator("#Input_Text").FillAsync("村东道路施工半个月没有围挡，晚上看不清，老人小孩出行不安全。");
        await staff.FollowAsync(Button(page, "登记"));
        Assert.Matches(@"^/admin/opinions/\d+$", staff.Path);
        var work = staff.Path;
        await Assertions.Expect(Flash(page)).ToContainTextAsync("已登记，查询码");

        // 2. Assigned, and a public answer written.
        await page.GetByLabel("承办人").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await staff.FollowAsync(Button(page, "交办"));
        await Assertions.Expect(Flash(page)).ToContainTextAsync("办理");
        await page.GetByLabel("答复内容").FillAsync("已要求施工单位当天设置围挡和夜间警示灯。");
        await page.Locator("#answer-public").CheckAsync();
        await staff.FollowAsync(Button(page, "提交答复"));
        await Assertions.Expect(Flash(page)).ToContainTextAsync("公开答复已提交审核");

        // 3. The leader approves it from the dashboard.
        await SignOutAsync(staff);
        await SignInAsync(staff, "qinghe-leader");
        await OpenFromDashboardAsync(staff, "等我审核的公开答复", work);
        await staff.FollowAsync(Button(page, "审核通过"));
        await Assertions.Expect(Flash(page)).ToContainTextAsync("审核通过");

        // 4. A rectification task, done.
        await SignOutAsync(staff);
        await SignInAsync(staff, "qinghe-section-head");
        await staff.GotoAsync(work);
        await page.GetByLabel("整改任务", new() { Exact = true }).FillAsync("施工路段设置围挡和夜间警示灯");
        await page.GetByLabel("责任人或责任科室").FillAsync("镇建设办");
        await page.GetByLabel("完成时限（工作日）").FillAsync("3");
        await staff.FollowAsync(Button(page, "确定整改任务"));
        await page.GetByLabel("完成情况和佐证").FillAsync("已设置围挡 200 米、警示灯 6 盏。");
        await staff.FollowAsync(Button(page, "记录完成"));
        await Assertions.Expect(Flash(page)).ToContainTextAsync("整改任务完成");

        // 5. The supervisor verifies it from the dashboard.
        await SignOutAsync(staff);
        await SignInAsync(staff, "qinghe-supervisor");
        await OpenFromDashboardAsync(staff, "等待核实的整改", work);
        await page.GetByLabel("核实意见").FillAsync("电话回访王大爷，确认已整改。");
        await staff.FollowAsync(Button(page, "核实"));
        await Assertions.Expect(Flash(page)).ToContainTextAsync("已核实整改");

        // 6. The section head publishes the result.
        await SignOutAsync(staff);
        await SignInAsync(staff, "qinghe-section-head");
        await staff.GotoAsync(work);
        await page.GetByLabel("整改情况和结果").FillAsync("村东道路施工路段已设置围挡和警示灯。");
        await staff.FollowAsync(Button(page, "公开"));
        await Assertions.Expect(page.Locator("main .status")).ToHaveTextAsync("整改结果已公开");
        await staff.GotoAsync("/admin/opinions/moderation");
        Assert.Equal("留言审核", await staff.HeadingAsync());

        // 7. The body admin lets the township's comments show at once.
        await SignOutAsync(staff);
        await SignInAsync(staff, "qinghe-admin");
        await staff.FollowAsync(page.Locator("header").GetByRole(AriaRole.Link, new() { Name = "公众参与", Exact = true }));
        await staff.FollowAsync(staff.Link("留言显示设置"));
        await staff.FollowAsync(page.Locator("main").GetByRole(AriaRole.Button, new() { Name = "示范县清河镇人民政府：改为即时显示" }));
        await Assertions.Expect(Flash(page)).ToContainTextAsync("留言即时显示");
        await staff.FollowAsync(page.Locator("main").GetByRole(AriaRole.Button, new() { Name = "示范县清河镇人民政府：改为先审核后显示" }));

        await staff.AssertNoViolationsAsync();
    }

    private static ILocator Button(IPage page, string name) =>
        page.Locator("main").GetByRole(AriaRole.Button, new() { Name = name, Exact = true });

    private static ILocator Flash(IPage page) => page.Locator("main .flash");

    private static async Task SignInAsync(Journey j, string userName)
    {
        await j.GotoAsync("/account/signin");
        await j.Page.GetByLabel("用户名").FillAsync(userName);
        await j.Page.GetByLabel("密码").FillAsync(DemoSeeder.DemoPassword);
        await j.FollowAsync(Button(j.Page, "登录"));
        Assert.Equal("/admin", j.Path);
    }

    private static async Task SignOutAsync(Journey j)
    {
        await j.FollowAsync(j.Page.Locator("header").GetByRole(AriaRole.Button, new() { Name = "退出" }));
        Assert.Equal("/", j.Path);
    }

    /// <summary>Opens the opinion from a 公众参与 table of the dashboard.</summary>
    private static async Task OpenFromDashboardAsync(Journey j, string table, string work)
    {
        var section = j.Page.Locator("main section").Filter(new() { Has = j.Page.GetByRole(AriaRole.Heading, new() { Name = table }) });
        await j.FollowAsync(section.Locator($"a[href='{work}']"));
        Assert.Equal(work, j.Path);
    }
}
