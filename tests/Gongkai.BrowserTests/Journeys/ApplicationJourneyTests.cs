using System.Text;
using Gongkai.BrowserTests.Infrastructure;
using Gongkai.Demo;
using Microsoft.Playwright;

namespace Gongkai.BrowserTests.Journeys;

/// <summary>
/// An application for government information to the city's Disabled Persons' Federation, from the
/// form to the reply, on the statutory clock. The app's clock is moved to each step's day, since legal
/// dates may not lie in the future: a citizen applies online on 22 September 2026 with an ID copy; the
/// handler confirms receipt that day (due 27 October) and asks for a correction on 28 September; the
/// citizen corrects online on 9 October (due 5 November); a third party is consulted from 12 to
/// 16 October (due 11 November); the office head extends by 20 working days on 30 October (due
/// 9 December); on 20 November the handler drafts a partial disclosure with one withheld part and a
/// file, the office head approves it and the handler records delivery by e-mail; the citizen reads the
/// outcome and the whole procedure, prints the letter and downloads it as DOCX with the file.
/// Every due date was counted by hand and checked with <c>gongkai calendar application-deadline</c>.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class ApplicationJourneyTests(PortalSite site, ITestOutputHelper output)
{
    private const string InfoTitle = "2025年残疾人两项补贴资金发放明细";
    private const string IdNumber = "11010519491231002X";
    private const string Handler = "canlian-applications";
    private const string HandlerName = "市残联依申请受理人员（演示）";
    private const string OfficeHead = "canlian-office-head";
    private const string ThirdParty = "某康复服务中心";
    private const string CorrectionAsked = "请说明所需发放明细的季度（如第三季度），以便查找。";
    private const string WithheldPart = "发放明细中补贴对象的姓名、身份证号码和银行账号";
    private const string DisclosedFile = "2025年两项补贴资金发放汇总.txt";
    private const string DisclosedText = "2025年第三季度残疾人两项补贴资金发放汇总\n困难残疾人生活补贴：发放3210人次，合计192.6万元。\n重度残疾人护理补贴：发放2875人次，合计172.5万元。\n";

    /// <summary>A 1×1 PNG: the ID copy the applicant scans.</summary>
    private static readonly byte[] IdCopyPng = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    [BrowserFact]
    public async Task Application_is_corrected_consulted_extended_answered_in_part_and_delivered_to_the_citizen()
    {
        await using var citizen = await site.StartAsync(output, "application-citizen");
        await using var staff = await site.StartAsync(output, "application-staff");
        try
        {
            // 1. 22 September: the citizen applies online to the federation.
            site.SetClock(new DateOnly(2026, 9, 22), hour: 10);
            var track = await ApplyAsync(citizen);

            // 2. The same day the handler finds it in the queue, sees the ID copy, confirms receipt and takes it on.
            await SignInAsync(staff, Handler);
            var work = await OpenFromQueueAsync(staff);
            var material = staff.Page.Locator("main section").Filter(new() { Has = staff.Page.GetByRole(AriaRole.Heading, new() { Name = "所需信息" }) });
            await Assertions.Expect(material.GetByRole(AriaRole.Listitem)).ToContainTextAsync("身份证明复印件：id-copy.png");
            await Assertions.Expect(staff.Page.Locator("main .status")).ToHaveTextAsync("待确认收到");
            var idNumber = staff.Page.Locator("main section:has(#applicant-heading) dt:text-is('居民身份证') + dd");
            await Assertions.Expect(idNumber).ToContainTextAsync("110105********002X");
            await staff.FollowAsync(idNumber.GetByRole(AriaRole.Button, new() { Name = "显示完整号码（将记录查看人）" }));
            await Assertions.Expect(idNumber).ToHaveTextAsync(IdNumber);
            await Assertions.Expect(staff.Page.Locator("main ol.timeline")).ToContainTextAsync("查看证件号码（内部）");
            await staff.Page.GetByLabel("收到日期").FillAsync("2026-09-22");
            await staff.FollowAsync(Button(staff.Page, "确认收到"));
            Assert.Equal(work, staff.Path);
            await Assertions.Expect(Flash(staff.Page)).ToHaveTextAsync("已确认收到，收到日为 2026-09-22。");
            await Assertions.Expect(Due(staff.Page)).ToContainTextAsync("2026-10-27");
            await Assertions.Expect(ClockFact(staff.Page, "补正告知期限")).ToContainTextAsync("2026-10-09");
            await staff.Page.GetByLabel("承办人").SelectOptionAsync(new SelectOptionValue { Label = HandlerName });
            await staff.FollowAsync(Button(staff.Page, "分办"));
            await Assertions.Expect(Flash(staff.Page)).ToHaveTextAsync($"已分办给{HandlerName}。");
            await Assertions.Expect(staff.Page.Locator("main p").Filter(new() { Has = staff.Page.Locator(".status") })).ToContainTextAsync($"承办人：{HandlerName}");

            // 3. 28 September: the sign-in of the 22nd has expired on the app's clock; the handler signs in
            //    again and asks for the quarter, within the 7 working days for a correction notice.
            site.SetClock(new DateOnly(2026, 9, 28), hour: 9);
            await staff.GotoAsync("/admin");
            Assert.StartsWith("/account/signin", staff.Path);
            await SignInAsync(staff, Handler);
            Assert.Equal(work, await OpenFromQueueAsync(staff));
            await staff.Page.GetByLabel("告知日期").FillAsync("2026-09-28");
            await staff.Page.GetByLabel("补正期限").FillAsync("2026-10-16");
            await staff.Page.GetByLabel("需要补正的事项（将告知申请人）").FillAsync(CorrectionAsked);
            await staff.FollowAsync(Button(staff.Page, "告知补正"));
            await Assertions.Expect(Flash(staff.Page)).ToHaveTextAsync("已记录补正告知。");
            await Assertions.Expect(staff.Page.Locator("main .status")).ToHaveTextAsync("待申请人补正");
            await SignOutAsync(staff);

            // 4. 9 October: the citizen corrects through the tracking link; the reply period restarts that day.
            site.SetClock(new DateOnly(2026, 10, 9), hour: 20);
            await citizen.GotoAsync(track);
            var correction = citizen.Page.Locator("main section").Filter(new() { Has = citizen.Page.GetByRole(AriaRole.Heading, new() { Name = "提交补正" }) });
            await Assertions.Expect(correction).ToContainTextAsync("补正期限为2026年10月16日");
            await Assertions.Expect(correction.Locator("blockquote")).ToHaveTextAsync(CorrectionAsked);
            await citizen.Page.GetByLabel("补正内容").FillAsync("所需信息为2025年第三季度的两项补贴资金发放明细。");
            await citizen.FollowAsync(Button(citizen.Page, "提交补正"));
            Assert.Equal(track + "?corrected=1", citizen.Path);
            await Assertions.Expect(citizen.Page.Locator("main .notice h2")).ToHaveTextAsync("补正已提交");
            await Assertions.Expect(Fact(citizen.Page, "当前状态")).ToHaveTextAsync("办理中");
            await Assertions.Expect(Fact(citizen.Page, "答复期限")).ToHaveTextAsync("2026年11月5日");
            await Assertions.Expect(correction).ToHaveCountAsync(0);

            // 5. 12 October: the handler consults the service centre the details concern; 16 October: its answer.
            site.SetClock(new DateOnly(2026, 10, 12), hour: 9);
            await SignInAsync(staff, Handler);
            await OpenFromQueueAsync(staff);
            await Assertions.Expect(ClockFact(staff.Page, "重新起算日")).ToContainTextAsync("2026-10-09");
            await Assertions.Expect(Due(staff.Page)).ToContainTextAsync("2026-11-05");
            await staff.Page.GetByLabel("征求对象类型").SelectOptionAsync(new SelectOptionValue { Label = "第三方" });
            await staff.Page.GetByLabel("征求对象", new() { Exact = true }).FillAsync(ThirdParty);
            await staff.Page.GetByLabel("发出日期").FillAsync("2026-10-12");
            await staff.FollowAsync(Button(staff.Page, "记录征求意见"));
            await Assertions.Expect(Flash(staff.Page)).ToHaveTextAsync("已记录征求意见，答复期满日为 2026-11-02，其间不计入答复期限。");
            await Assertions.Expect(staff.Page.Locator("main .status")).ToHaveTextAsync("征求意见中（暂停计时）");
            await SignOutAsync(staff);

            site.SetClock(new DateOnly(2026, 10, 16), hour: 15);
            await SignInAsync(staff, Handler);
            await OpenFromQueueAsync(staff);
            var answer = staff.Page.Locator("main form").Filter(new() { Has = staff.Page.GetByRole(AriaRole.Heading, new() { Name = $"收到{ThirdParty}的答复" }) });
            await answer.GetByLabel("收到答复日期").FillAsync("2026-10-16");
            await answer.GetByLabel("答复要点（可选，将告知申请人）").FillAsync("同意公开汇总数据；明细中服务对象的个人信息不同意公开。");
            await staff.FollowAsync(Button(staff.Page, "记录答复"));
            await Assertions.Expect(Flash(staff.Page)).ToHaveTextAsync("已记录答复，恢复计算答复期限。");
            await Assertions.Expect(Due(staff.Page)).ToContainTextAsync("2026-11-11");
            await Assertions.Expect(ClockFact(staff.Page, "不计入的工作日")).ToContainTextAsync("4 个（征求第三方意见 4 个）");
            await SignOutAsync(staff);

            // 6. 30 October: the head of the disclosure office extends by 20 working days; the citizen sees the new date.
            site.SetClock(new DateOnly(2026, 10, 30), hour: 10);
            await SignInAsync(staff, OfficeHead);
            await OpenFromQueueAsync(staff);
            await staff.Page.GetByLabel("延长工作日数").FillAsync("20");
            await staff.Page.GetByLabel("延期理由（将告知申请人）").FillAsync("所需明细涉及全市各区县发放记录，需逐一汇总核对，无法在期限内答复。");
            await staff.FollowAsync(Button(staff.Page, "同意延期"));
            await Assertions.Expect(Flash(staff.Page)).ToHaveTextAsync("已延长 20 个工作日。");
            await Assertions.Expect(ClockFact(staff.Page, "未延期的期限")).ToContainTextAsync("2026-11-11");
            await Assertions.Expect(Due(staff.Page)).ToContainTextAsync("2026-12-09");
            await SignOutAsync(staff);

            await citizen.GotoAsync(track);
            await Assertions.Expect(Fact(citizen.Page, "答复期限")).ToHaveTextAsync("2026年12月9日");
            await Assertions.Expect(Timeline(citizen.Page)).ToContainTextAsync("延长 20 个工作日");

            // 7. 20 November: the handler drafts a partial disclosure, the office head approves it, the handler records delivery.
            site.SetClock(new DateOnly(2026, 11, 20), hour: 9);
            await SignInAsync(staff, Handler);
            await OpenFromQueueAsync(staff);
            await DraftReplyAsync(staff);
            await SignOutAsync(staff);

            await SignInAsync(staff, OfficeHead);
            await OpenFromQueueAsync(staff);
            await staff.FollowAsync(staff.Link("审批答复"));
            Assert.Equal($"{work}/reply", staff.Path);
            await Assertions.Expect(staff.Page.Locator("main .letter-preview")).ToContainTextAsync(WithheldPart);
            await staff.Page.GetByLabel("审批意见").FillAsync("同意部分公开。");
            await staff.FollowAsync(Button(staff.Page, "审批通过，作出答复"));
            await Assertions.Expect(Flash(staff.Page)).ToHaveTextAsync("答复已审批。申请人可在查询页面下载告知书和公开的文件；请登记送达。");
            await Assertions.Expect(Fact(staff.Page, "审批")).ToContainTextAsync("2026年11月20日");
            await SignOutAsync(staff);

            await SignInAsync(staff, Handler);
            await OpenFromQueueAsync(staff, closed: true);
            await Assertions.Expect(staff.Page.Locator("main .status")).ToHaveTextAsync("已办结");
            await staff.Page.GetByLabel("送达方式").SelectOptionAsync(new SelectOptionValue { Label = "电子邮件" });
            await staff.Page.GetByLabel("送达日期").FillAsync("2026-11-20");
            await staff.FollowAsync(Button(staff.Page, "登记送达"));
            await Assertions.Expect(Flash(staff.Page)).ToHaveTextAsync("已登记送达。");
            await SignOutAsync(staff);

            // 8. The citizen reads the outcome and the procedure, prints the letter, downloads it and the file.
            site.SetClock(new DateOnly(2026, 11, 20), hour: 19);
            await ReadReplyAsync(citizen, track);
        }
        finally
        {
            site.ResetClock();
        }

        await citizen.AssertNoViolationsAsync();
        await staff.AssertNoViolationsAsync();
    }

    /// <summary>Home → the federation → 申请政府信息公开 (in the footer) → the form, sent; returns the tracking link's path.</summary>
    private static async Task<string> ApplyAsync(Journey j)
    {
        await j.GotoAsync("/");
        await j.FollowAsync(j.Link("示范市残疾人联合会"));
        Assert.Equal("/bodies/canlian", j.Path);
        await j.FollowAsync(j.Page.Locator("footer").GetByRole(AriaRole.Link, new() { Name = "申请政府信息公开", Exact = true }));
        Assert.Equal("/bodies/canlian/apply", j.Path);
        Assert.Equal("政府信息公开申请（示范市残疾人联合会）", await j.HeadingAsync());

        var page = j.Page;
        await page.GetByLabel("自然人", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("姓名或组织名称").FillAsync("张明华");
        await page.GetByLabel("证件类型").SelectOptionAsync(new SelectOptionValue { Label = "居民身份证" });
        await page.GetByLabel("证件号码").FillAsync(IdNumber);
        await page.GetByLabel("联系电话").FillAsync("13912345678");
        await page.GetByLabel("电子邮箱").FillAsync("zhang.minghua@example.com");
        await page.GetByLabel("信息名称").FillAsync(InfoTitle);
        await page.GetByLabel("便于查找的描述").FillAsync("申请获取2025年度困难残疾人生活补贴和重度残疾人护理补贴的资金发放明细，用于了解补贴发放情况。");
        await page.GetByLabel("电子文档").CheckAsync();
        await page.GetByLabel("电子邮件", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("身份证明复印件").SetInputFilesAsync(new FilePayload { Name = "id-copy.png", MimeType = "image/png", Buffer = IdCopyPng });
        await j.FollowAsync(Button(page, "提交申请"));

        Assert.Matches(@"^/track/[^/?]+\?submitted=1$", j.Path);
        Assert.Equal("申请办理进度", await j.HeadingAsync());
        var notice = page.Locator("main .notice");
        await Assertions.Expect(notice.GetByRole(AriaRole.Heading)).ToHaveTextAsync("申请已提交");
        var code = (await notice.Locator("strong.code").InnerTextAsync()).Trim();
        Assert.Matches("^[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}$", code);
        await Assertions.Expect(Fact(page, "查询码")).ToHaveTextAsync(code);
        await Assertions.Expect(Fact(page, "当前状态")).ToHaveTextAsync("待确认收到");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("身份证明复印件：id-copy.png");
        Assert.DoesNotContain(IdNumber, await page.ContentAsync(), StringComparison.Ordinal);
        return j.Path.Split('?')[0];
    }

    /// <summary>The reply page: （二）部分公开 with one withheld part and a file, the letter generated, submitted for approval.</summary>
    private async Task DraftReplyAsync(Journey j)
    {
        var page = j.Page;
        await j.FollowAsync(j.Link("拟定答复"));
        Assert.Equal("答复申请", await j.HeadingAsync());
        await page.GetByLabel("办理结果").SelectOptionAsync(new SelectOptionValue { Label = "（二）部分公开" });
        await page.Locator("#Input_Parts_0__Description").FillAsync(WithheldPart);
        await page.Locator("#Input_Parts_0__GroundCode").SelectOptionAsync(new SelectOptionValue { Label = "（三）不予公开 4. 保护第三方合法权益" });
        await page.Locator("#Input_Parts_0__Reason").FillAsync("属于补贴对象的个人信息，公开会对其合法权益造成损害，经征求意见第三方不同意公开。");
        await page.GetByLabel("上传文件").SetInputFilesAsync(new FilePayload { Name = DisclosedFile, MimeType = "text/plain", Buffer = Encoding.UTF8.GetBytes(DisclosedText) });
        await j.FollowAsync(Button(page, "按所选结果生成告知书并保存"));
        await Assertions.Expect(Flash(page)).ToHaveTextAsync("已按所选结果重新生成告知书并保存，请核对后提交审批。");
        var letter = page.GetByLabel("告知书正文");
        await Assertions.Expect(letter).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("张明华"));
        var text = await letter.InputValueAsync();
        output.WriteLine("生成的告知书正文：\n" + text);
        Assert.Contains("本机关于2026年9月22日收到您提出的政府信息公开申请", text, StringComparison.Ordinal);
        Assert.Contains($"，于2026年10月9日收到您的补正，您申请获取“{InfoTitle}”。", text, StringComparison.Ordinal);
        Assert.Contains(WithheldPart, text, StringComparison.Ordinal);
        Assert.Contains(DisclosedFile, text, StringComparison.Ordinal);
        await Assertions.Expect(Fact(page, "答复")).ToContainTextAsync("草稿");
        await Assertions.Expect(page.Locator("main #privacy-heading")).ToHaveCountAsync(0);

        await j.FollowAsync(Button(page, "提交审批"));
        await Assertions.Expect(Flash(page)).ToHaveTextAsync("答复已提交政府信息公开工作机构负责人审批。");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("答复已提交，等待政府信息公开工作机构负责人审批。");
    }

    /// <summary>The tracking page once answered: outcome, timeline, the print page, the DOCX and the disclosed file.</summary>
    private static async Task ReadReplyAsync(Journey j, string track)
    {
        var page = j.Page;
        await j.GotoAsync(track);
        await Assertions.Expect(Fact(page, "当前状态")).ToHaveTextAsync("已办结");
        await Assertions.Expect(Fact(page, "办理结果")).ToHaveTextAsync("（二）部分公开");
        await Assertions.Expect(Fact(page, "收到日期")).ToHaveTextAsync("2026年9月22日");
        await Assertions.Expect(page.Locator("main dl.meta-box dt", new() { HasText = "答复期限" })).ToHaveCountAsync(0);
        var steps = await Timeline(page).Locator("li > strong").AllInnerTextsAsync();
        Assert.Equal(
            new[]
            {
                "2026年9月22日　提交申请",
                "2026年9月22日　收到申请",
                "2026年9月28日　告知补正",
                "2026年10月9日　收到补正",
                "2026年10月12日　征求第三方意见",
                "2026年10月16日　收到征求意见答复",
                "2026年10月30日　延长答复期限",
                "2026年11月20日　作出答复",
                "2026年11月20日　送达",
            },
            steps.Select(s => s.Trim()));
        var documents = page.Locator("main section").Filter(new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = "答复文书" }) });
        await Assertions.Expect(documents).ToContainTextAsync("2026年11月20日");

        await j.FollowAsync(documents.GetByRole(AriaRole.Link, new() { Name = "告知书打印版" }));
        Assert.Equal($"{track}/letter", j.Path);
        Assert.Equal("政府信息公开申请答复告知书", await j.HeadingAsync());
        await Assertions.Expect(page.Locator(".letter-body")).ToContainTextAsync(WithheldPart);
        await Assertions.Expect(page.Locator(".letter-signature")).ToContainTextAsync("示范市残疾人联合会");
        await Assertions.Expect(page.Locator(".letter-signature")).ToContainTextAsync("2026年11月20日");
        await j.FollowAsync(page.GetByRole(AriaRole.Link, new() { Name = "返回办理进度" }));
        Assert.Equal(track, j.Path);

        var docx = await DownloadAsync(page, documents.GetByRole(AriaRole.Link, new() { Name = "下载告知书（Word 版）" }));
        Assert.EndsWith(".docx", docx.Name, StringComparison.Ordinal);
        Assert.True(docx.Bytes.Length > 1000, $"the DOCX has {docx.Bytes.Length} bytes");
        Assert.Equal("PK"u8.ToArray(), docx.Bytes[..2]);

        var file = await DownloadAsync(page, documents.GetByRole(AriaRole.Link, new() { Name = DisclosedFile }));
        Assert.Equal(DisclosedFile, file.Name);
        Assert.Equal(DisclosedText, Encoding.UTF8.GetString(file.Bytes));
    }

    private static async Task<(string Name, byte[] Bytes)> DownloadAsync(IPage page, ILocator link)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => link.ClickAsync());
        Assert.Null(await download.FailureAsync());
        var path = await download.PathAsync();
        return (download.SuggestedFilename, await File.ReadAllBytesAsync(path));
    }

    private static ILocator Button(IPage page, string name) =>
        page.Locator("main").GetByRole(AriaRole.Button, new() { Name = name, Exact = true });

    private static ILocator Flash(IPage page) => page.Locator("main .flash");

    /// <summary>A value in the summary box (dl.meta-box) of the tracking and reply pages.</summary>
    private static ILocator Fact(IPage page, string term) => page.Locator($"main dl.meta-box dt:text-is('{term}') + dd");

    /// <summary>A line of the 答复期限 section of the work page.</summary>
    private static ILocator ClockFact(IPage page, string term) => page.Locator($"main section:has(#clock-heading) dt:text-is('{term}') + dd");

    private static ILocator Due(IPage page) => ClockFact(page, "答复期限");

    private static ILocator Timeline(IPage page) => page.Locator("main ol.timeline");

    /// <summary>依申请公开 in the header → the queue (办理中, or 已办结 with the filter) → the application by its title.</summary>
    private static async Task<string> OpenFromQueueAsync(Journey j, bool closed = false)
    {
        await j.FollowAsync(j.Page.Locator("header").GetByRole(AriaRole.Link, new() { Name = "依申请公开", Exact = true }));
        Assert.Equal("/admin/applications", j.Path);
        Assert.Equal("依申请公开", await j.HeadingAsync());
        if (closed)
        {
            await j.Page.GetByLabel("范围").SelectOptionAsync(new SelectOptionValue { Label = "已办结" });
            await j.FollowAsync(Button(j.Page, "筛选"));
            Assert.Equal("/admin/applications?show=closed", j.Path);
        }
        var row = j.Page.Locator("main table tbody tr").Filter(new() { HasText = InfoTitle });
        await Assertions.Expect(row).ToHaveCountAsync(1);
        await j.FollowAsync(row.GetByRole(AriaRole.Link));
        Assert.Matches(@"^/admin/applications/\d+$", j.Path);
        Assert.StartsWith("申请 ", await j.HeadingAsync(), StringComparison.Ordinal);
        return j.Path;
    }

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
}
