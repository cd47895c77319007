using System.Globalization;
using Gongkai.BrowserTests.Infrastructure;
using Gongkai.Demo;
using Microsoft.Playwright;

namespace Gongkai.BrowserTests.Journeys;

/// <summary>
/// Drafting and level-by-level review in the back office, as the township's staff do it with the
/// demo accounts: the drafter writes a relief list whose table holds an ID number and a mobile
/// number and sends it for review, the section head passes it, the confidentiality reviewer is
/// stopped until both are dealt with (masks the ID number, keeps the mobile with a reason), the
/// leader approves and publishes, and a visitor sees only the masked number on the public page.
/// The same steps as <c>Gongkai.Tests.ReviewFlow.ReviewJourneyTests</c> over HTTP.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class ReviewJourneyTests(PortalSite site, ITestOutputHelper output)
{
    private const string Title = "2026年第四季度临时救助对象公示（浏览器测试）";
    private const string IdNumber = "11010519491231002X";
    private const string MaskedIdNumber = "110105********002X";
    private const string Mobile = "13800138000";

    private const string BodyHtml = $"""
        <p>经村民委员会评议、镇人民政府审核，现将本季度临时救助对象公示如下，公示期7个工作日。</p>
        <table>
        <caption>临时救助对象名单</caption>
        <thead><tr><th scope="col">姓名</th><th scope="col">身份证号</th><th scope="col">联系电话</th><th scope="col">救助金额（元）</th></tr></thead>
        <tbody><tr><th scope="row">张某某</th><td>{IdNumber}</td><td>{Mobile}</td><td>1500</td></tr></tbody>
        </table>
        <p>如有异议，请在公示期内向镇民政办反映。</p>
        """;

    [BrowserFact]
    public async Task Drafted_relief_list_is_reviewed_masked_and_published_with_the_id_number_masked()
    {
        await using var staff = await site.StartAsync(output, "review-staff");
        var page = staff.Page;

        // 1. The drafter signs in and sees their work.
        await SignInAsync(staff, "qinghe-drafter");

        // 2. A new item in ⑨社会保障, saved as a draft and sent for review.
        await staff.FollowAsync(staff.Link("新建信息"));
        Assert.Equal("/admin/items/new", staff.Path);
        Assert.Equal("新建信息", await staff.HeadingAsync());
        await page.GetByLabel("目录栏目").SelectOptionAsync(new SelectOptionValue { Label = "⑨社会保障" });
        await page.GetByLabel("标题").FillAsync(Title);
        await page.GetByLabel("成文日期").FillAsync(DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        // The body is pasted as HTML: the rich-text editor's “HTML 源码” shows the form field itself.
        await page.GetByRole(AriaRole.Toolbar, new() { Name = "正文格式" }).GetByRole(AriaRole.Button, new() { Name = "HTML 源码" }).ClickAsync();
        await page.Locator("textarea#Input_BodyHtml").FillAsync(BodyHtml);
        await staff.FollowAsync(Button(page, "保存草稿"));
        Assert.Matches(@"^/admin/items/\d+$", staff.Path);
        var work = staff.Path;
        Assert.Equal(Title, await staff.HeadingAsync());
        await Assertions.Expect(Flash(page)).ToContainTextAsync("草稿已保存");
        await Assertions.Expect(page.Locator("main .item-body table")).ToContainTextAsync(IdNumber);

        await staff.FollowAsync(Button(page, "送审"));
        Assert.Equal(work, staff.Path);
        await Assertions.Expect(Flash(page)).ToContainTextAsync("已送审");

        // 3. The section head passes it from their queue.
        await SignOutAsync(staff);
        await SignInAsync(staff, "qinghe-section-head");
        await OpenFromQueueAsync(staff, work);
        await page.GetByLabel("审核意见").FillAsync("名单经村委会评议，同意，请保密审查。");
        await staff.FollowAsync(Button(page, "通过"));
        Assert.Equal(work, staff.Path);
        await Assertions.Expect(Flash(page)).ToContainTextAsync("已通过");

        // 4. The confidentiality reviewer sees both findings and cannot pass before dealing with them.
        await SignOutAsync(staff);
        await SignInAsync(staff, "qinghe-confidentiality");
        await OpenFromQueueAsync(staff, work);
        var privacy = page.Locator("main section").Filter(new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = "个人信息检查" }) });
        await Assertions.Expect(privacy.GetByRole(AriaRole.Heading)).ToContainTextAsync("未处理 2 处");
        var idFinding = Finding(privacy, "身份证号");
        var mobileFinding = Finding(privacy, "手机号");
        await Assertions.Expect(idFinding).ToContainTextAsync($"⟦{IdNumber}⟧");
        await Assertions.Expect(mobileFinding).ToContainTextAsync($"⟦{Mobile}⟧");

        await page.GetByLabel("审核意见").FillAsync("同意。");
        await staff.FollowAsync(Button(page, "通过"), status: 400);
        await Assertions.Expect(page.Locator("main .error-summary")).ToContainTextAsync("未处理");

        await staff.FollowAsync(idFinding.GetByRole(AriaRole.Button, new() { Name = $"遮盖为 {MaskedIdNumber}", Exact = true }));
        Assert.Equal(work, staff.Path);
        await Assertions.Expect(Flash(page)).ToContainTextAsync("已遮盖身份证号");
        await Assertions.Expect(privacy.GetByRole(AriaRole.Heading)).ToContainTextAsync("未处理 1 处");
        await Assertions.Expect(Finding(privacy, "身份证号")).ToHaveCountAsync(0);

        await mobileFinding.GetByLabel("保留理由").FillAsync("民政办公开咨询电话，非救助对象本人号码，依规保留。");
        await staff.FollowAsync(mobileFinding.GetByRole(AriaRole.Button, new() { Name = "说明理由并保留", Exact = true }));
        await Assertions.Expect(Flash(page)).ToContainTextAsync("已记录保留理由");
        await Assertions.Expect(privacy.GetByRole(AriaRole.Heading)).ToContainTextAsync("未处理 0 处");
        await Assertions.Expect(mobileFinding).ToContainTextAsync("已说明理由保留");

        await page.GetByLabel("审核意见").FillAsync("已遮盖身份证号，电话说明理由保留，同意发布。");
        await staff.FollowAsync(Button(page, "通过"));
        Assert.Equal(work, staff.Path);
        await Assertions.Expect(Flash(page)).ToContainTextAsync("已通过");

        // 5. The leader approves with no publishing time: it is published at once.
        await SignOutAsync(staff);
        await SignInAsync(staff, "qinghe-leader");
        await OpenFromQueueAsync(staff, work);
        await page.GetByLabel("审核意见").FillAsync("同意发布。");
        await Assertions.Expect(page.GetByLabel("发布时间")).ToBeEmptyAsync();
        await staff.FollowAsync(Button(page, "审批通过并发布"));
        Assert.Equal(work, staff.Path);
        await Assertions.Expect(Flash(page)).ToContainTextAsync("已发布");
        var publicLink = staff.Link("查看公开页面");
        var publicPath = await publicLink.GetAttributeAsync("href");
        Assert.NotNull(publicPath);
        Assert.Matches(@"^/items/\d+$", publicPath);
        var indexNumber = (await page.Locator("main dl.contacts dt:text-is('索引号') + dd").InnerTextAsync()).Split('　')[0].Trim();
        Assert.NotEmpty(indexNumber);
        await SignOutAsync(staff);

        // 6. A visitor reads the published item: the ID number is masked, the metadata box has the index number.
        await using var visitor = await site.StartAsync(output, "review-public");
        await visitor.GotoAsync(publicPath);
        Assert.Equal(Title, await visitor.HeadingAsync());
        var table = visitor.Page.Locator("main table").Filter(new() { HasText = "临时救助对象名单" });
        await Assertions.Expect(table).ToContainTextAsync(MaskedIdNumber);
        await Assertions.Expect(table).ToContainTextAsync(Mobile); // kept, with the reason on record
        Assert.DoesNotContain(IdNumber, await visitor.Page.ContentAsync(), StringComparison.Ordinal);
        var metaBox = visitor.Page.Locator("main table.meta-box");
        await Assertions.Expect(metaBox).ToContainTextAsync("索引号");
        await Assertions.Expect(metaBox).ToContainTextAsync(indexNumber);

        await staff.AssertNoViolationsAsync();
        await visitor.AssertNoViolationsAsync();
    }

    private static ILocator Button(IPage page, string name) =>
        page.Locator("main").GetByRole(AriaRole.Button, new() { Name = name, Exact = true });

    private static ILocator Flash(IPage page) => page.Locator("main .flash");

    private static ILocator Finding(ILocator privacy, string kind) =>
        privacy.Locator(".finding").Filter(new() { Has = privacy.Page.Locator("strong", new() { HasText = kind }) });

    private static async Task SignInAsync(Journey j, string userName)
    {
        await j.GotoAsync("/account/signin");
        Assert.Equal("工作人员登录", await j.HeadingAsync());
        await j.Page.GetByLabel("用户名").FillAsync(userName);
        await j.Page.GetByLabel("密码").FillAsync(DemoSeeder.DemoPassword);
        await j.FollowAsync(Button(j.Page, "登录"));
        Assert.Equal("/admin", j.Path);
        Assert.Equal("我的工作", await j.HeadingAsync());
        await Assertions.Expect(SignOutButton(j)).ToBeVisibleAsync();
    }

    /// <summary>退出（display name）, in the header.</summary>
    private static ILocator SignOutButton(Journey j) => j.Page.Locator("header").GetByRole(AriaRole.Button, new() { Name = "退出" });

    private static async Task SignOutAsync(Journey j)
    {
        await j.FollowAsync(SignOutButton(j));
        Assert.Equal("/", j.Path);
    }

    /// <summary>Opens the item from the 等我审核 table of the dashboard.</summary>
    private static async Task OpenFromQueueAsync(Journey j, string work)
    {
        var queue = j.Page.Locator("main section").Filter(new() { Has = j.Page.GetByRole(AriaRole.Heading, new() { Name = "等我审核" }) });
        await j.FollowAsync(queue.GetByRole(AriaRole.Link, new() { Name = Title, Exact = true }));
        Assert.Equal(work, j.Path);
        Assert.Equal(Title, await j.HeadingAsync());
    }
}
