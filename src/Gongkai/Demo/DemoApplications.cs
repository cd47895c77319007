using Gongkai.Applications;
using Gongkai.Applications.Replies;
using Gongkai.Bodies;
using Gongkai.Calendar;
using Gongkai.Staff;
using Gongkai.Text;

namespace Gongkai.Demo;

/// <summary>An invented applicant of the demo, with a valid ID number (GB 11643) or credit code (GB 32100).</summary>
public sealed record DemoApplicant(ApplicantType Type, string Name, string? ContactPerson, string IdNumber, string Phone, string? Email, string? Address = null, string? PostCode = null)
{
    public IdDocumentType IdType => Type.IsOrganisation() ? IdDocumentType.UnifiedSocialCreditCode : IdDocumentType.ResidentIdCard;
}

/// <summary>
/// Applications for information (依申请公开) at every stage, built only through the entities' own
/// steps and handled by each body's demo accounts. Closed ones carry fixed dates in 2025 and 2026, so
/// the statistics show carried-over and current-year figures; open ones are dated back from the
/// moment of seeding, so they are neither all overdue nor all far off. No notice is queued to the
/// invented applicants: the steps lie in the past, and a real run would have sent them then.
/// </summary>
public sealed partial class DemoSeeder
{
    /// <summary>The tracking code the README gives for trying <c>/track</c>, with <see cref="DemoTrackingPhoneEnd"/>.</summary>
    public const string DemoTrackingCode = "QHSQ-YSQG-2468";
    public const string DemoTrackingPhoneEnd = "1357";

    private static readonly DemoApplicant JiangWenbin = new(ApplicantType.NaturalPerson, "蒋文斌", null, "330106197609213519", "13957126408", "jiangwenbin@example.com");
    private static readonly DemoApplicant MaGuifen = new(ApplicantType.NaturalPerson, "马桂芬", null, "330102195803142043", "13806518872", null, "示范市和平路东三巷12号", "325000");
    private static readonly DemoApplicant GuXiaolan = new(ApplicantType.NaturalPerson, "顾晓岚", null, "320106199005173023", "13915873620", "guxiaolan@example.com");
    private static readonly DemoApplicant WangJianguo = new(ApplicantType.NaturalPerson, "汪建国", null, "330481196908022917", "13758246139", "wangjianguo@example.com", "示范市文昌路18号3幢201室", "325000");
    private static readonly DemoApplicant ShenYuee = new(ApplicantType.NaturalPerson, "沈月娥", null, "33052119620115224X", "13958131357", null, "示范县清河镇场东村五组26号", "325106");
    private static readonly DemoApplicant LuYonggen = new(ApplicantType.NaturalPerson, "陆永根", null, "330521195506302371", "13567284915", null, "示范县清河镇天阳村二组8号", "325106");
    private static readonly DemoApplicant QianXiuying = new(ApplicantType.NaturalPerson, "钱秀英", null, "330521197004092262", "13867315204", null, "示范县清河镇十字桥村三组15号", "325106");
    private static readonly DemoApplicant ShaoJiayin = new(ApplicantType.NaturalPerson, "邵佳音", null, "330102198702264029", "13989064751", "shaojiayin@example.com");
    private static readonly DemoApplicant HelpFoundation = new(ApplicantType.PublicInterestOrganisation, "示范市助残公益发展中心", "何小燕", "52330100MJ8857321K", "13905716283", "zhucan@example.com", "示范市和平路120号", "325000");
    private static readonly DemoApplicant AnkangRehab = new(ApplicantType.CommercialEnterprise, "示范市安康康复器械有限公司", "吕志强", "91330100MA2H7K4Q53", "13588120476", "ankang@example.com", "示范市经济开发区创业路9号", "325010");
    private static readonly DemoApplicant SocialSecurityCentre = new(ApplicantType.ResearchInstitution, "示范大学社会保障研究中心", "孔令仪", "12330100MB17904384", "13819037625", "shebao.research@example.com");
    private static readonly DemoApplicant ChangdongCooperative = new(ApplicantType.OtherOrganisation, "示范县清河镇场东村股份经济合作社", "褚明亮", "N2330521MF3462810G", "13706584132", null, "示范县清河镇场东村村部", "325106");
    private static readonly DemoApplicant ZhenghengLaw = new(ApplicantType.LegalServiceProvider, "示范市正衡律师事务所", "卫东升", "31330000MD02731650", "13605779281", "zhengheng.law@example.com", "示范市人民路66号正衡大厦12楼", "325000");

    /// <summary>Every demo applicant, so tests can check their data never reaches a public page.</summary>
    public static readonly IReadOnlyList<DemoApplicant> DemoApplicants =
        [JiangWenbin, MaGuifen, GuXiaolan, WangJianguo, ShenYuee, LuYonggen, QianXiuying, ShaoJiayin, HelpFoundation, AnkangRehab, SocialSecurityCentre, ChangdongCooperative, ZhenghengLaw];

    private WorkingDayCalendar _calendar = null!;

    /// <summary>The body's demo application handler, who drafts, and its head of the disclosure office, who assigns, extends and approves.</summary>
    private sealed record Office(StaffUser Handler, StaffUser Head)
    {
        public ApplicationActor HandlerActor => new(Handler.Id, Handler.UserName!);
        public ApplicationActor HeadActor => new(Head.Id, Head.UserName!);
    }

    private async Task SeedApplicationsAsync(Body federation, Body township, Body school, CancellationToken ct)
    {
        _calendar = await calendars.GetAsync(ct);
        await SeedFederationApplicationsAsync(federation, await OfficeOfAsync(federation), ct);
        await SeedTownshipApplicationsAsync(township, await OfficeOfAsync(township), ct);
        await SeedSchoolApplicationAsync(school, await OfficeOfAsync(school), ct);
    }

    /// <summary>A parent asks for the canteen contract (an item disclosed on application); the partial disclosure waits for the office head.</summary>
    private async Task SeedSchoolApplicationAsync(Body body, Office office, CancellationToken ct)
    {
        var canteen = SubmittedOnline(body, ShaoJiayin, new("学校食堂委托经营合同", null, "包括经营期限、食材采购标准、餐费价格和监督考核条款。", InformationForm.Electronic, DeliveryMethod.Email),
            Moment(WorkingDaysAgo(12), 21));
        var received = WorkingDaysAgo(11);
        ConfirmAndAssign(canteen, office, received);
        var consultedOn = After(received, 1);
        var letter = canteen.Consult(PauseKind.ThirdParty, "示范市膳源餐饮管理有限公司（食堂经营方）", consultedOn, _calendar, office.HandlerActor, Moment(consultedOn, 10));
        var answeredOn = After(consultedOn, 4);
        canteen.RecordConsultationAnswer(letter, answeredOn, "经营方书面答复：同意公开合同正文，不同意公开投标报价明细和银行账户信息。", office.HandlerActor, Moment(answeredOn, 15));
        await ReplyAsync(canteen, office, Draft("2", null, null, new WithheldPartDraft("合同附件《经营方投标报价明细》和经营方的银行账户信息", "3.4",
                "报价明细反映经营方的成本构成和经营策略，银行账户属于经营方的经营信息，经营方书面表示不同意公开；餐费价格已在合同正文中列明并提供。")),
            [("学校食堂委托经营合同（公开部分）.txt", CanteenContract)], WorkingDaysAgo(1), approvedOn: null, ct);
        await SaveApplicationAsync(canteen, ct);
    }

    private const string CanteenContract = """
        示范市实验小学食堂委托经营合同（公开部分）

        甲方：示范市实验小学
        乙方：示范市膳源餐饮管理有限公司

        第一条　经营期限：2025年9月1日至2028年8月31日。
        第二条　食材采购：大米、食用油、肉类、蔬菜须从示范市教育系统大宗食材集中采购平台采购，每日留样48小时。
        第三条　餐费价格：学生午餐每餐12元，其中食材成本不低于9.6元；价格调整须经学校家长委员会听证。
        第四条　监督考核：学校每月组织家长代表陪餐和满意度测评，测评满意率低于85%的，扣减当月管理费；连续两次低于80%的，学校可以解除合同。
        第五条　附件：1. 经营方投标报价明细（不予公开）；2. 食品安全责任书。
        """;

    private async Task<Office> OfficeOfAsync(Body body) => new(
        await DemoUserAsync(body, StaffRole.ApplicationHandler),
        await DemoUserAsync(body, StaffRole.DisclosureOfficeHead));

    private async Task<StaffUser> DemoUserAsync(Body body, StaffRole role) =>
        await users.FindByNameAsync($"{body.Slug}-{role.Code()}") ?? throw new InvalidOperationException($"缺少 {body.Slug} 的演示{role.Chinese()}账号。");

    private Applicant ApplicantOf(DemoApplicant a) =>
        new(a.Type, a.Name, a.ContactPerson, a.IdType, identity.Protect(a.IdType, a.IdNumber), a.Phone, a.Email, a.Address, a.PostCode);

    /// <summary>Handed in, posted or faxed: registered by the handler with its date of receipt, and assigned to the handler by the office head.</summary>
    private DisclosureApplication Registered(Body body, Office office, DemoApplicant applicant, RequestedInformation request, ApplicationChannel channel, DateOnly receivedOn, TrackingCode? code = null)
    {
        var application = DisclosureApplication.Register(body, ApplicantOf(applicant), request, channel, receivedOn, code ?? TrackingCode.New(), NewSubmissionKey(), office.HandlerActor, Moment(receivedOn, 9));
        application.Assign(office.Handler.Id, office.Handler.DisplayName, office.HeadActor, Moment(receivedOn, 11));
        db.Applications.Add(application);
        return application;
    }

    private DisclosureApplication SubmittedOnline(Body body, DemoApplicant applicant, RequestedInformation request, DateTimeOffset submittedAt)
    {
        var application = DisclosureApplication.SubmitOnline(body, ApplicantOf(applicant), request, TrackingCode.New(), NewSubmissionKey(), submittedAt);
        db.Applications.Add(application);
        return application;
    }

    private void ConfirmAndAssign(DisclosureApplication application, Office office, DateOnly receivedOn)
    {
        application.ConfirmReceipt(receivedOn, office.HandlerActor, Moment(receivedOn, 9));
        application.Assign(office.Handler.Id, office.Handler.DisplayName, office.HeadActor, Moment(receivedOn, 11));
    }

    /// <summary>What the handler fills in: the outcome with its default legal basis; the letter is generated later from the template.</summary>
    private static ReplyDraft Draft(string outcomeCode, string? reason = null, string? otherBody = null, params WithheldPartDraft[] parts) =>
        new(outcomeCode, Outcome.Get(outcomeCode).DefaultBasis, reason, otherBody, parts, null);

    /// <summary>
    /// The handler drafts the reply with the letter its outcome's template writes and the disclosed files,
    /// and submits it; the office head approves it on <paramref name="approvedOn"/> (after the privacy
    /// guard, as on the reply page), or it stays pending when that is null.
    /// </summary>
    private async Task<ApplicationReply> ReplyAsync(DisclosureApplication application, Office office, ReplyDraft draft,
        IReadOnlyList<(string Name, string Text)> files, DateOnly draftedOn, DateOnly? approvedOn, CancellationToken ct)
    {
        var letter = ReplyLetters.Generate(ReplyLetters.FactsFor(application, draft, files.Select(f => f.Name), draftedOn));
        var reply = new ApplicationReply(application, draft with { LetterHtml = letter.Html }, office.HandlerActor, Moment(draftedOn, 14));
        foreach (var (name, text) in files)
        {
            reply.AddFile(ReplyFile.From(await AcceptTextAsync(name, text, ct)), Moment(draftedOn, 14));
        }
        db.ApplicationReplies.Add(reply);
        application.DraftReply(reply, office.HandlerActor, Moment(draftedOn, 15));
        if (approvedOn is { } on)
        {
            var unresolved = ReplyPrivacy.Unresolved(await ReplyPrivacy.ScanAsync(reply, store, ct), reply.PrivacyNotes);
            application.ApproveReply(reply, unresolved.Count, office.HeadActor, isOfficeHead: true, Moment(on, 10));
        }
        return reply;
    }

    private void Deliver(DisclosureApplication application, Office office, DeliveryMethod method, DateOnly on, string? postTrackingNumber = null) =>
        application.RecordDelivery(method, postTrackingNumber, on, office.HandlerActor, Moment(on, 16));

    private async Task SaveApplicationAsync(DisclosureApplication application, CancellationToken ct)
    {
        db.AuditAs("演示依申请公开", $"{application.TrackingCode} {application.Status.Chinese()}");
        await db.SaveChangesAsync(ct);
    }

    private static string NewSubmissionKey() => Guid.NewGuid().ToString("N");

    private DateOnly Today => Now.ChinaDate();

    /// <summary>A fixed date of a closed demo application, which must be a working day.</summary>
    private DateOnly WorkingDay(int year, int month, int day)
    {
        var date = new DateOnly(year, month, day);
        return _calendar.IsWorkingDay(date) ? date : throw new InvalidOperationException($"演示申请的日期 {date:yyyy-MM-dd} 不是工作日。");
    }

    private DateOnly After(DateOnly day, int workingDays) => _calendar.AddWorkingDays(day, workingDays).Date;

    /// <summary>The working day <paramref name="n"/> working days before today (0: today, or the last working day before it).</summary>
    private DateOnly WorkingDaysAgo(int n)
    {
        var day = Today;
        while (!_calendar.IsWorkingDay(day))
        {
            day = day.AddDays(-1);
        }
        for (var counted = 0; counted < n;)
        {
            day = day.AddDays(-1);
            if (_calendar.IsWorkingDay(day))
            {
                counted++;
            }
        }
        return day;
    }

    /// <summary>The given hour, China time, of a day; never later than the moment of seeding.</summary>
    private DateTimeOffset Moment(DateOnly day, int hour)
    {
        var at = At(day.Year, day.Month, day.Day, hour);
        return at < Now ? at : Now;
    }
}
