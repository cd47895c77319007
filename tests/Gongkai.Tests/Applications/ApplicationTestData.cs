using Gongkai.Applications;
using Gongkai.Bodies;
using Gongkai.Calendar;
using Gongkai.Tests.Infrastructure;
using Gongkai.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Tests.Applications;

/// <summary>
/// Applications built in the database through the entity's own steps (register, reply, correction,
/// fee notice), at dates in the past: each test makes its own bodies and applicants.
/// </summary>
public static class ApplicationTestData
{
    public static readonly ApplicationActor Clerk = new(null, "测试受理员");
    public static readonly ApplicationActor Head = new(null, "测试公开办负责人");

    public static DateOnly D(string day) => DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Noon in China on <paramref name="day"/>, in UTC as the application stores times.</summary>
    public static DateTimeOffset Noon(DateOnly day) => new DateTimeOffset(day.ToDateTime(new TimeOnly(12, 0)), ChinaTime.Offset).ToUniversalTime();

    public static DateTimeOffset Noon(string day) => Noon(D(day));

    /// <summary>
    /// An application registered as received in person on <paramref name="receivedOn"/> (submitted at
    /// <paramref name="submittedAt"/>, noon that day by default), then taken through <paramref name="steps"/>.
    /// </summary>
    public static Task<DisclosureApplication> CreateApplicationAsync(this GongkaiApp app, Body body, string receivedOn,
        ApplicantType type = ApplicantType.NaturalPerson, string idNumber = "11010519491231002X", DateTimeOffset? submittedAt = null,
        Action<DisclosureApplication>? steps = null) =>
        app.WithDbAsync(async (db, services) =>
        {
            var now = (submittedAt ?? Noon(receivedOn)).ToUniversalTime();
            var application = DisclosureApplication.Register(await db.Bodies.SingleAsync(b => b.Id == body.Id),
                Applicant(services, type, idNumber), Request(), ApplicationChannel.InPerson, D(receivedOn),
                TrackingCode.New(), Guid.NewGuid().ToString("N"), Clerk, now);
            steps?.Invoke(application);
            db.Applications.Add(application);
            await db.SaveChangesAsync();
            return application;
        });

    /// <summary>An online application nobody has confirmed: it has no date of receipt.</summary>
    public static Task<DisclosureApplication> SubmitOnlineAsync(this GongkaiApp app, Body body, DateTimeOffset at, string idNumber = "11010519491231002X") =>
        app.WithDbAsync(async (db, services) =>
        {
            var application = DisclosureApplication.SubmitOnline(await db.Bodies.SingleAsync(b => b.Id == body.Id),
                Applicant(services, ApplicantType.NaturalPerson, idNumber), Request(), TrackingCode.New(), Guid.NewGuid().ToString("N"), at.ToUniversalTime());
            db.Applications.Add(application);
            await db.SaveChangesAsync();
            return application;
        });

    /// <summary>Runs more steps on a stored application and saves them.</summary>
    public static Task UpdateApplicationAsync(this GongkaiApp app, int id, Action<DisclosureApplication> steps) =>
        app.WithDbAsync(async (db, _) =>
        {
            steps(await db.Applications.SingleAsync(a => a.Id == id));
            return await db.SaveChangesAsync();
        });

    /// <summary>Files an appeal against a stored application, with its result when <paramref name="decided"/> is given.</summary>
    public static Task<ApplicationAppeal> FileAppealAsync(this GongkaiApp app, int applicationId, AppealKind kind, string filedOn,
        (AppealResult Result, string On)? decided = null, int? reconsiderationId = null) =>
        app.WithDbAsync(async (db, _) =>
        {
            var application = await db.Applications.SingleAsync(a => a.Id == applicationId);
            var reconsideration = reconsiderationId is { } r ? await db.ApplicationAppeals.SingleAsync(x => x.Id == r) : null;
            var appeal = ApplicationAppeal.File(application, kind, D(filedOn), kind == AppealKind.Reconsideration ? "测试市人民政府" : "测试区人民法院",
                null, null, reconsideration, D("2026-01-31"));
            if (decided is var (result, on))
            {
                appeal.RecordResult(result, D(on), null, D("2026-01-31"));
            }
            db.ApplicationAppeals.Add(appeal);
            await db.SaveChangesAsync();
            return appeal;
        });

    /// <summary>Drafted and approved on <paramref name="on"/> with <paramref name="outcomeCode"/>.</summary>
    public static void Reply(this DisclosureApplication a, string outcomeCode, string on)
    {
        var draft = new Gongkai.Applications.Replies.ReplyDraft(outcomeCode, Outcome.Get(outcomeCode).DefaultBasis is { Length: > 0 } basis ? basis : "测试依据", "测试理由", null,
            outcomeCode == "2" ? [new("第三页", "3.4", "涉及第三方的商业秘密")] : [], "<p>测试答复</p>");
        var reply = new Gongkai.Applications.Replies.ApplicationReply(a, draft, Clerk, Noon(on));
        a.DraftReply(reply, Clerk, Noon(on));
        a.ApproveReply(reply, 0, Head, isOfficeHead: true, Noon(on));
    }

    /// <summary>A correction asked for on <paramref name="on"/>, due a week later, never made: closed as （六）1 the day after.</summary>
    public static void LapseWithoutCorrection(this DisclosureApplication a, string on)
    {
        var asked = D(on);
        a.RequestCorrection(asked, asked.AddDays(7), "请说明所需信息的年份。", Clerk, Noon(asked));
        a.CloseForNoCorrection(Clerk, Noon(asked.AddDays(8)));
    }

    /// <summary>A fee notice sent on <paramref name="on"/>.</summary>
    public static void NotifyFee(this DisclosureApplication a, string on, decimal amount = 200) =>
        a.NotifyFee(amount, "测试收费依据", D(on), ShippedCalendar.Calendar, Clerk, Noon(on));

    private static Applicant Applicant(IServiceProvider services, ApplicantType type, string idNumber)
    {
        var idType = type == ApplicantType.NaturalPerson ? IdDocumentType.ResidentIdCard : IdDocumentType.UnifiedSocialCreditCode;
        var id = services.GetRequiredService<ApplicantIdentity>().Protect(idType, idNumber);
        return new Applicant(type, type == ApplicantType.NaturalPerson ? "张三" : "测试组织", type == ApplicantType.NaturalPerson ? null : "李四",
            idType, id, "13800138000", "zhang@example.com", null, null);
    }

    private static RequestedInformation Request() => new("2025年低保资金发放明细", null, null, InformationForm.Electronic, DeliveryMethod.Email);
}
