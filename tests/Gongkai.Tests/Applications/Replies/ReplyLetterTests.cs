using Gongkai.Applications;
using Gongkai.Applications.Replies;

namespace Gongkai.Tests.Applications.Replies;

/// <summary>The letter templates: every outcome gives a letter that cites its article, with the variants where the wording differs.</summary>
public class ReplyLetterTests
{
    private static LetterFacts Facts(string code, Func<LetterFacts, LetterFacts>? change = null)
    {
        var outcome = Outcome.Get(code);
        var facts = new LetterFacts
        {
            ApplicantName = "王小明",
            ReceivedOn = new DateOnly(2025, 9, 26),
            TrackingCode = "ABCD-EFGH-JKLM",
            InformationRequested = "“2025年低保资金发放明细”",
            Outcome = outcome,
            LegalBasis = outcome.DefaultBasis.Length > 0 ? outcome.DefaultBasis : "《中华人民共和国政府信息公开条例》第二条",
            Reason = code == "6.3" ? "您的申请已由本机关其他程序处理。" : null,
            WithheldParts = code == "2" ? [TestReplies.OnePart] : [],
            BodyName = "示范市残疾人联合会",
            Date = new DateOnly(2025, 10, 23),
        };
        return change is null ? facts : change(facts);
    }

    public static TheoryData<string> AllOutcomes => [.. Outcome.All.Select(o => o.Code)];

    [Theory]
    [MemberData(nameof(AllOutcomes))]
    public void Every_outcome_gives_a_letter_citing_its_article(string code)
    {
        var facts = Facts(code);

        var letter = ReplyLetters.Generate(facts);

        Assert.Equal("政府信息公开申请答复告知书", letter.Title);
        Assert.StartsWith("<p>王小明：</p>", letter.Html);
        Assert.Contains("本机关于2025年9月26日收到您提出的政府信息公开申请（申请编号：ABCD-EFGH-JKLM），您申请获取“2025年低保资金发放明细”。", letter.Html);
        Assert.Contains($"根据{facts.LegalBasis}的规定", letter.Html);
        Assert.Contains("自收到本告知书之日起60日内依法申请行政复议", letter.Html);
        Assert.Equal("示范市残疾人联合会", letter.Signer);
        Assert.Equal(new DateOnly(2025, 10, 23), letter.Date);
    }

    [Fact]
    public void Each_outcome_has_its_own_wording()
    {
        var texts = Outcome.All.Select(o => ReplyLetters.Generate(Facts(o.Code)).Html).ToList();

        Assert.Equal(texts.Count, texts.Distinct().Count());
    }

    [Theory]
    [InlineData("1", "本机关予以公开，现以电子文档形式向您提供", "第三十六条第（一）项")]
    [InlineData("2", "部分内容属于不予公开的范围，且能够作区分处理", "第三十七条")]
    [InlineData("3.1", "属于国家秘密", "第十四条")]
    [InlineData("3.2", "属于法律、行政法规禁止公开的信息", "第十四条")]
    [InlineData("3.3", "可能危及国家安全、公共安全、经济安全、社会稳定", "第十四条")]
    [InlineData("3.4", "公开会对第三方合法权益造成损害", "第十五条")]
    [InlineData("3.5", "内部事务信息", "第十六条第一款")]
    [InlineData("3.6", "过程性信息", "第十六条第二款")]
    [InlineData("3.7", "行政执法案卷信息", "第十六条第二款")]
    [InlineData("3.8", "请您依照有关法律、行政法规的规定办理", "第三十六条第（七）项")]
    [InlineData("4.1", "告知您该政府信息不存在", "第三十六条第（四）项")]
    [InlineData("4.2", "进行加工、分析后另行制作", "第三十八条")]
    [InlineData("4.3", "补正后的申请内容仍不明确", "第三十条")]
    [InlineData("5.1", "属于信访、投诉、举报等诉求", "第三十九条第一款")]
    [InlineData("5.2", "本机关不予重复处理", "第三十六条第（六）项")]
    [InlineData("5.3", "公开出版物", "第三十九条第二款")]
    [InlineData("5.4", "数量、频次明显超过合理范围", "第三十五条")]
    [InlineData("5.5", "确认或者重新出具", "第三十九条")]
    [InlineData("6.1", "逾期未补正，视为放弃申请", "第三十条")]
    [InlineData("6.2", "逾期未按通知要求缴纳费用", "国办函〔2020〕109号")]
    [InlineData("6.3", "您的申请已由本机关其他程序处理。", "第二条")]
    public void The_letter_states_the_outcome_and_cites_the_article(string code, string wording, string article)
    {
        var html = ReplyLetters.Generate(Facts(code)).Html;

        Assert.Contains(wording, html);
        Assert.Contains(article, html);
    }

    [Fact]
    public void A_partial_disclosure_lists_each_withheld_part_with_its_ground_and_reason()
    {
        var html = ReplyLetters.Generate(Facts("2", f => f with
        {
            WithheldParts = [TestReplies.OnePart, new("请示报告的审核意见。", "3.6", "属于内部研究过程中的意见")],
            FileNames = ["2025年发放明细（删除个人信息）.xlsx"],
        })).Html;

        Assert.Contains("（一）发放名单中的身份证号码和银行账号。该部分涉及商业秘密、个人隐私等，公开会对第三方合法权益造成损害，根据《中华人民共和国政府信息公开条例》第十五条、第三十二条、第三十六条第（三）项的规定不予公开。理由：属于个人隐私，公开会损害第三方合法权益。", html);
        Assert.Contains("（二）请示报告的审核意见。该部分属于行政机关在履行行政管理职能过程中形成的讨论记录、过程稿、磋商信函、请示报告等过程性信息，", html);
        Assert.Contains("理由：属于内部研究过程中的意见。", html);
        Assert.Contains("本机关向您提供可以公开的部分（见附件）", html);
        Assert.Contains("附件：1. 2025年发放明细（删除个人信息）.xlsx", html);
    }

    [Fact]
    public void A_refusal_sends_the_applicant_to_reconsideration_first()
    {
        foreach (var ground in Outcome.WithholdingGrounds)
        {
            var html = ReplyLetters.Generate(Facts(ground.Code, f => f with { Reason = "理由" })).Html;
            Assert.Contains("可以自收到本告知书之日起60日内依法申请行政复议；对行政复议决定不服的，可以自收到行政复议决定书之日起15日内依法提起行政诉讼。", html);
            Assert.DoesNotContain("6个月", html);
            Assert.Contains("理由。根据", html);
        }
        Assert.Contains("或者自收到本告知书之日起6个月内依法提起行政诉讼", ReplyLetters.Generate(Facts("1")).Html);
        Assert.Contains("或者自收到本告知书之日起6个月内依法提起行政诉讼", ReplyLetters.Generate(Facts("4.1")).Html);
        var partial = ReplyLetters.Generate(Facts("2")).Html;
        Assert.Contains("如对本答复中不予公开的部分不服，可以自收到本告知书之日起60日内依法申请行政复议；对行政复议决定不服的", partial);
    }

    [Fact]
    public void Four_one_names_the_body_responsible_when_there_is_one()
    {
        var elsewhere = ReplyLetters.Generate(Facts("4.1", f => f with { OtherBody = "示范市财政局" })).Html;
        var nowhere = ReplyLetters.Generate(Facts("4.1")).Html;

        Assert.Contains("告知您该政府信息由示范市财政局负责公开，您可以向其提出申请。", elsewhere);
        Assert.DoesNotContain("不存在", elsewhere);
        Assert.Contains("本机关未制作、获取您申请公开的政府信息", nowhere);
    }

    [Fact]
    public void The_correction_date_is_named_when_known()
    {
        var html = ReplyLetters.Generate(Facts("4.3", f => f with { CorrectionRequestedOn = new DateOnly(2025, 9, 30) })).Html;

        Assert.Contains("本机关已于2025年9月30日一次性告知您补正申请", html);
    }

    [Fact]
    public void A_corrected_application_keeps_its_date_of_receipt_and_adds_the_day_the_correction_arrived()
    {
        var html = ReplyLetters.Generate(Facts("1", f => f with { CorrectedOn = new DateOnly(2025, 10, 9) })).Html;

        Assert.Contains("本机关于2025年9月26日收到您提出的政府信息公开申请（申请编号：ABCD-EFGH-JKLM），于2025年10月9日收到您的补正，您申请获取“2025年低保资金发放明细”。", html);
    }

    [Fact]
    public void An_organisation_is_addressed_as_such()
    {
        var html = ReplyLetters.Generate(Facts("1", f => f with { ApplicantName = "某某律师事务所", ApplicantIsOrganisation = true })).Html;

        Assert.StartsWith("<p>某某律师事务所：</p>", html);
        Assert.Contains("收到贵单位提出的政府信息公开申请", html);
        Assert.DoesNotContain("您", html);
    }

    [Fact]
    public void What_people_typed_is_text_not_markup()
    {
        var html = ReplyLetters.Generate(Facts("3.4", f => f with { ApplicantName = "<b>王</b>", Reason = "<script>alert(1)</script>", InformationRequested = "“<img src=x>”" })).Html;

        Assert.DoesNotContain("<b>", html);
        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain("<img", html);
        Assert.Contains("&lt;b&gt;王&lt;/b&gt;：", html);
    }

    [Theory]
    [InlineData("《中华人民共和国政府信息公开条例》第三十七条的规定。")]
    [InlineData("《中华人民共和国政府信息公开条例》第三十七条。")]
    [InlineData(" 《中华人民共和国政府信息公开条例》第三十七条 ")]
    public void A_basis_typed_with_its_own_ending_reads_once(string basis)
    {
        var html = ReplyLetters.Generate(Facts("2", f => f with { LegalBasis = basis })).Html;

        Assert.Contains("根据《中华人民共和国政府信息公开条例》第三十七条的规定，本机关", html);
    }

    [Fact]
    public void The_information_is_quoted_by_name_and_number_or_by_description()
    {
        Assert.Equal("“低保名单”（示民〔2025〕3号）", ReplyLetters.Requested(new RequestedInformation("低保名单", "示民〔2025〕3号", null, InformationForm.Paper, DeliveryMethod.Post)));
        Assert.Equal("“示民〔2025〕3号”", ReplyLetters.Requested(new RequestedInformation(null, "示民〔2025〕3号", "x", InformationForm.Paper, DeliveryMethod.Post)));
        Assert.Equal($"“{new string('述', 200)}…”", ReplyLetters.Requested(new RequestedInformation(null, null, new string('述', 250), InformationForm.Paper, DeliveryMethod.Post)));
    }
}
