using Gongkai.Applications;
using Gongkai.Bodies;
using static Gongkai.Tests.Applications.ApplicationTestData;

namespace Gongkai.Tests.Applications;

/// <summary>The rules of recording reconsideration and litigation against an application.</summary>
public class ApplicationAppealTests
{
    private static readonly DateOnly Today = D("2025-12-01");

    private static DisclosureApplication Received(string day) =>
        DisclosureApplication.Register(new Body("test-body", "T01", "测试局", BodyType.GovernmentDepartment),
            new Applicant(ApplicantType.NaturalPerson, "张三", null, IdDocumentType.ResidentIdCard, new ProtectedId("x", "110105********1234", "k"), "13800138000", null, null, null),
            new RequestedInformation("2025年低保资金发放明细", null, null, InformationForm.Electronic, DeliveryMethod.Email),
            ApplicationChannel.InPerson, D(day), TrackingCode.New(), Guid.NewGuid().ToString("N"), Clerk, Noon(day));

    private static ApplicationAppeal File(DisclosureApplication a, AppealKind kind, string filedOn, ApplicationAppeal? reconsideration = null, string organ = "测试市人民政府") =>
        ApplicationAppeal.File(a, kind, D(filedOn), organ, " （2025）测行复字第12号 ", null, reconsideration, Today);

    [Fact]
    public void A_new_appeal_is_pending_until_decided()
    {
        var appeal = File(Received("2025-03-03"), AppealKind.Reconsideration, "2025-05-06");

        Assert.Equal(AppealResult.Pending, appeal.Result);
        Assert.Null(appeal.DecidedOn);
        Assert.Equal("（2025）测行复字第12号", appeal.CaseNumber);
        appeal.RecordResult(AppealResult.Corrected, D("2025-07-01"), "责令重新答复。", Today);
        Assert.Equal(AppealResult.Corrected, appeal.Result);
        Assert.Equal(AppealResult.Pending, appeal.ResultOn(D("2025-06-30")));
        Assert.Equal(AppealResult.Corrected, appeal.ResultOn(D("2025-07-01")));
        Assert.Equal("责令重新答复。", appeal.Note);
    }

    [Theory]
    [InlineData("2025-12-02", "提起日期不能晚于今天")]
    [InlineData("2025-03-02", "不能早于申请提交之日")]
    public void The_filing_date_lies_between_the_application_and_today(string filedOn, string message)
    {
        var e = Assert.Throws<InvalidOperationException>(() => File(Received("2025-03-03"), AppealKind.Reconsideration, filedOn));
        Assert.Contains(message, e.Message);
    }

    [Theory]
    [InlineData(AppealKind.Reconsideration, "请填写复议机关")]
    [InlineData(AppealKind.DirectLitigation, "请填写受理法院")]
    public void The_organ_or_court_is_required(AppealKind kind, string message)
    {
        var e = Assert.Throws<InvalidOperationException>(() => File(Received("2025-03-03"), kind, "2025-05-06", organ: "  "));
        Assert.Contains(message, e.Message);
    }

    [Fact]
    public void Litigation_after_reconsideration_refers_to_a_reconsideration_of_the_same_application()
    {
        var a = Received("2025-03-03");
        var reconsideration = File(a, AppealKind.Reconsideration, "2025-05-06");
        var direct = File(a, AppealKind.DirectLitigation, "2025-05-07");
        var otherApplications = File(Received("2025-03-04"), AppealKind.Reconsideration, "2025-05-06");

        Assert.Throws<InvalidOperationException>(() => File(a, AppealKind.LitigationAfterReconsideration, "2025-08-01"));
        Assert.Throws<InvalidOperationException>(() => File(a, AppealKind.LitigationAfterReconsideration, "2025-08-01", direct));
        var e = Assert.Throws<InvalidOperationException>(() => File(a, AppealKind.LitigationAfterReconsideration, "2025-08-01", otherApplications));
        Assert.Contains("本申请的行政复议", e.Message);
        var early = Assert.Throws<InvalidOperationException>(() => File(a, AppealKind.LitigationAfterReconsideration, "2025-05-05", reconsideration));
        Assert.Contains("不能早于行政复议提起之日", early.Message);

        var litigation = File(a, AppealKind.LitigationAfterReconsideration, "2025-08-01", reconsideration);
        Assert.Same(reconsideration, litigation.Reconsideration);
    }

    [Theory]
    [InlineData(AppealKind.Reconsideration)]
    [InlineData(AppealKind.DirectLitigation)]
    public void Only_litigation_after_reconsideration_refers_to_one(AppealKind kind)
    {
        var a = Received("2025-03-03");
        var reconsideration = File(a, AppealKind.Reconsideration, "2025-05-06");

        Assert.Throws<InvalidOperationException>(() => File(a, kind, "2025-08-01", reconsideration));
    }

    [Theory]
    [InlineData(AppealResult.Pending, "2025-07-01", "请选择审理结果")]
    [InlineData((AppealResult)9, "2025-07-01", "请选择审理结果")]
    [InlineData(AppealResult.Upheld, "2025-05-05", "审结日期不能早于提起之日")]
    [InlineData(AppealResult.Other, "2025-12-02", "审结日期不能晚于今天")]
    public void A_result_is_one_of_three_decided_between_filing_and_today(AppealResult result, string decidedOn, string message)
    {
        var appeal = File(Received("2025-03-03"), AppealKind.DirectLitigation, "2025-05-06");

        var e = Assert.Throws<InvalidOperationException>(() => appeal.RecordResult(result, D(decidedOn), null, Today));
        Assert.Contains(message, e.Message);
        Assert.Equal(AppealResult.Pending, appeal.Result);
    }

    [Fact]
    public void An_unknown_kind_is_refused()
    {
        var e = Assert.Throws<InvalidOperationException>(() => File(Received("2025-03-03"), (AppealKind)7, "2025-05-06"));
        Assert.Contains("请选择复议或诉讼的类型", e.Message);
    }
}
