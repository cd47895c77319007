using Gongkai.Applications;
using Gongkai.Applications.Replies;
using Gongkai.Bodies;
using Gongkai.Catalogue;
using Gongkai.Items;
using Gongkai.Privacy;

namespace Gongkai.Tests.Applications.Replies;

/// <summary>The rules of a reply: what a draft must state, who approves it, and what approval does to the application.</summary>
public class ApplicationReplyTests
{
    private static readonly ApplicationActor Clerk = new(7, "受理员");
    private static readonly ApplicationActor Head = new(8, "公开办主任");
    private static readonly DateTimeOffset Monday = new(2025, 10, 20, 10, 0, 0, TimeSpan.FromHours(8));

    private static DisclosureApplication Received() =>
        DisclosureApplication.Register(new Body("test-body", "T01", "测试局", BodyType.GovernmentDepartment),
            new Applicant(ApplicantType.NaturalPerson, "王小明", null, IdDocumentType.ResidentIdCard, new ProtectedId("x", "110105********1234", "k"), "13800138000", null, null, null),
            new RequestedInformation("2025年低保资金发放明细", null, null, InformationForm.Electronic, DeliveryMethod.Email),
            ApplicationChannel.InPerson, new DateOnly(2025, 9, 26), TrackingCode.New(), Guid.NewGuid().ToString("N"), Clerk, Monday.AddDays(-24));

    private static IEnumerable<string> Messages(ReplyDraft draft) => ApplicationReply.Problems(draft).Select(p => p.Message);

    public static TheoryData<string, ReplyDraft, string> Broken => new()
    {
        { "no outcome", TestReplies.Draft("1") with { OutcomeCode = null }, "请选择办理结果" },
        { "unknown outcome", TestReplies.Draft("1") with { OutcomeCode = "7" }, "请选择办理结果" },
        { "a lapse is no reply", TestReplies.Draft("6.1"), "登记终止办理" },
        { "a lapse for the fee either", TestReplies.Draft("6.2"), "登记终止办理" },
        { "no basis", TestReplies.Draft("1") with { LegalBasis = "  " }, "请写明答复的法律依据" },
        { "empty letter", TestReplies.Draft("1") with { LetterHtml = "<p> </p><script>x</script>" }, "告知书正文为空" },
        { "partial with no part", TestReplies.Draft("2") with { WithheldParts = [] }, "至少一项" },
        { "part without reason", TestReplies.Draft("2", TestReplies.OnePart with { Reason = " " }), "请写明第 1 项不予公开的理由" },
        { "part without description", TestReplies.Draft("2", TestReplies.OnePart, TestReplies.OnePart with { Description = null }), "请写明第 2 项不予公开的内容" },
        { "ground of another group", TestReplies.Draft("2", TestReplies.OnePart with { GroundCode = "4.1" }), "第 1 项的不予公开依据须是条例规定的（三）类情形之一" },
        { "partial as its own ground", TestReplies.Draft("2", TestReplies.OnePart with { GroundCode = "2" }), "（三）类情形之一" },
        { "no ground", TestReplies.Draft("2", TestReplies.OnePart with { GroundCode = null }), "（三）类情形之一" },
        { "a ground that does not exist", TestReplies.Draft("2", TestReplies.OnePart with { GroundCode = "3.9" }), "（三）类情形之一" },
        { "refusal without reason", TestReplies.Draft("3.4") with { Reason = null }, "不予公开须说明理由" },
        { "other handling without account", TestReplies.Draft("6.3") with { Reason = "" }, "须写明处理情况" },
        { "basis too long", TestReplies.Draft("1") with { LegalBasis = new string('条', 501) }, "法律依据最多 500 个字" },
    };

    [Theory]
    [MemberData(nameof(Broken))]
    public void A_draft_that_breaks_a_rule_is_refused_with_the_reason(string why, ReplyDraft draft, string message)
    {
        Assert.True(Messages(draft).Any(m => m.Contains(message, StringComparison.Ordinal)), $"{why}: {string.Join(" ", Messages(draft))}");
        var e = Assert.Throws<InvalidOperationException>(() => new ApplicationReply(Received(), draft, Clerk, Monday));
        Assert.Contains(message, e.Message);
    }

    [Theory]
    [InlineData("1")]
    [InlineData("2")]
    [InlineData("3.1")]
    [InlineData("3.8")]
    [InlineData("4.1")]
    [InlineData("4.3")]
    [InlineData("5.2")]
    [InlineData("5.5")]
    [InlineData("6.3")]
    public void Every_outcome_a_reply_may_give_is_accepted_when_complete(string code)
    {
        Assert.Empty(Messages(TestReplies.Draft(code)));
        Assert.Equal(code, new ApplicationReply(Received(), TestReplies.Draft(code), Clerk, Monday).OutcomeCode);
    }

    [Fact]
    public void Every_part_of_a_partial_disclosure_needs_its_own_reason_and_a_withholding_ground()
    {
        var draft = TestReplies.Draft("2", TestReplies.OnePart, TestReplies.OnePart with { GroundCode = "3.6", Reason = "" }, TestReplies.OnePart with { GroundCode = "5.1" });

        var problems = ApplicationReply.Problems(draft);

        Assert.Equal(["Parts_1__Reason", "Parts_2__GroundCode"], problems.Select(p => p.Field));
        foreach (var ground in Outcome.WithholdingGrounds)
        {
            Assert.Empty(ApplicationReply.Problems(TestReplies.Draft("2", TestReplies.OnePart with { GroundCode = ground.Code })));
        }
        Assert.Equal(8, Outcome.WithholdingGrounds.Count());
    }

    [Fact]
    public void Parts_are_kept_only_for_a_partial_disclosure_and_the_other_body_only_for_four_one()
    {
        var reply = new ApplicationReply(Received(), TestReplies.Draft("2") with { OtherBody = "市财政局" }, Clerk, Monday);
        Assert.Single(reply.WithheldParts);
        Assert.Null(reply.OtherBody);
        Assert.Equal("3.4", reply.WithheldParts[0].GroundCode);

        reply.Edit(TestReplies.Draft("4.1", TestReplies.OnePart) with { OtherBody = " 市财政局 " }, Clerk, Monday);

        Assert.Empty(reply.WithheldParts);
        Assert.Equal("市财政局", reply.OtherBody);
    }

    [Fact]
    public void The_letter_is_sanitised()
    {
        var reply = new ApplicationReply(Received(), TestReplies.Draft("1") with { LetterHtml = "<p onclick=\"x()\">王小明：</p><script>alert(1)</script><p>答复如下。</p>" }, Clerk, Monday);

        Assert.Equal("<p>王小明：</p><p>答复如下。</p>", reply.LetterHtml);
    }

    [Fact]
    public void Only_the_office_head_approves_and_the_outcome_comes_from_the_reply()
    {
        var a = Received();
        var reply = new ApplicationReply(a, TestReplies.Draft("3.4"), Clerk, Monday);
        a.DraftReply(reply, Clerk, Monday);

        var refused = Assert.Throws<InvalidOperationException>(() => a.ApproveReply(reply, 0, Clerk, isOfficeHead: false, Monday));
        Assert.Contains("政府信息公开工作机构负责人", refused.Message);
        Assert.Equal(ReplyStatus.Pending, reply.Status);

        a.ApproveReply(reply, 0, Head, isOfficeHead: true, Monday.AddDays(1));

        Assert.Equal("3.4", a.OutcomeCode);
        Assert.Equal(ApplicationStatus.Closed, a.Status);
        Assert.Equal(ReplyStatus.Approved, reply.Status);
        Assert.Equal(new DateOnly(2025, 10, 21), reply.IssuedOn);
        Assert.Equal("公开办主任", reply.ApprovedByName);
        Assert.Contains(a.Events, e => e.Kind == ApplicationEventKind.Replied && e.Public && e.Note!.Contains("保护第三方合法权益"));
    }

    [Fact]
    public void Personal_data_left_unresolved_blocks_approval()
    {
        var a = Received();
        var reply = TestReplies.Partial(a, Clerk, Monday);
        a.DraftReply(reply, Clerk, Monday);

        var e = Assert.Throws<InvalidOperationException>(() => a.ApproveReply(reply, 2, Head, isOfficeHead: true, Monday));

        Assert.Contains("还有 2 处个人信息未处理", e.Message);
        Assert.Equal(ApplicationStatus.ReplyPending, a.Status);
        Assert.Null(a.OutcomeCode);
    }

    [Fact]
    public void A_returned_reply_is_edited_and_submitted_again_and_the_return_is_kept_in_the_log()
    {
        var a = Received();
        var reply = TestReplies.Partial(a, Clerk, Monday);
        a.DraftReply(reply, Clerk, Monday);

        Assert.Throws<InvalidOperationException>(() => reply.Edit(TestReplies.Draft("1"), Clerk, Monday));
        Assert.Throws<InvalidOperationException>(() => a.ReturnReply(reply, " ", Head, isOfficeHead: true, Monday));
        a.ReturnReply(reply, "理由写得不够具体。", Head, isOfficeHead: true, Monday);
        reply.Edit(TestReplies.Draft("2", TestReplies.OnePart with { Reason = "名单含个人身份证号码，属于个人隐私。" }), Clerk, Monday);
        a.DraftReply(reply, Clerk, Monday);

        Assert.Equal(2, reply.Round);
        Assert.Equal(ApplicationStatus.ReplyPending, a.Status);
        var returned = Assert.Single(a.Events, e => e.Kind == ApplicationEventKind.ReplyReturned);
        Assert.Equal("理由写得不够具体。", returned.Note);
        Assert.False(returned.Public);
        Assert.Equal(2, a.Events.Count(e => e.Kind == ApplicationEventKind.ReplyDrafted));
    }

    [Fact]
    public void Files_go_only_with_a_disclosure()
    {
        var a = Received();
        var reply = new ApplicationReply(a, TestReplies.Draft("4.2"), Clerk, Monday);
        reply.AddFile(new ReplyFile("名单.pdf", "application/pdf", 10, "k", "s", Monday), Monday);

        var e = Assert.Throws<InvalidOperationException>(() => a.DraftReply(reply, Clerk, Monday));

        Assert.Contains("只有予以公开或部分公开的答复可以附公开的文件", e.Message);
        reply.Edit(TestReplies.Draft("1"), Clerk, Monday);
        a.DraftReply(reply, Clerk, Monday);
        Assert.Throws<InvalidOperationException>(() => reply.AddFile(new ReplyFile("又一个.pdf", "application/pdf", 10, "k2", "s", Monday), Monday));
    }

    [Fact]
    public void A_reply_belongs_to_its_own_application()
    {
        var reply = TestReplies.Partial(Received(), Clerk, Monday);

        Assert.Throws<InvalidOperationException>(() => Received().DraftReply(reply, Clerk, Monday));
    }

    [Fact]
    public void Personal_data_in_the_letter_is_masked_in_place_and_kept_data_needs_a_written_reason()
    {
        var id = "11010519491231002X";
        var reply = new ApplicationReply(Received(), TestReplies.Draft("1") with { LetterHtml = $"<p>王小明：</p><p>经核对身份证号 {id} 的申请人。</p>" }, Clerk, Monday);
        var finding = Assert.Single(PrivacyScanner.Scan(reply.LetterHtml));

        Assert.Throws<InvalidOperationException>(() => reply.Justify(ReplyPrivacy.Letter, finding, "  ", Clerk, Monday));
        reply.MaskInLetter(finding, Monday);

        Assert.Empty(PrivacyScanner.Scan(reply.LetterHtml));
        Assert.Contains("110105********002X", reply.LetterHtml);
    }

    [Fact]
    public void Unresolved_findings_are_those_nobody_justified()
    {
        var reply = new ApplicationReply(Received(), TestReplies.Draft("1"), Clerk, Monday);
        var id = new Finding(FindingKind.ResidentId, "11010519491231002X", 0, 18, true, "");
        var mobile = new Finding(FindingKind.Mobile, "13912345678", 30, 11, true, "");
        IReadOnlyList<ReplyPrivacy.Located> found = [new("文件：名单.txt", id), new(ReplyPrivacy.Letter, mobile)];

        reply.Justify("文件：名单.txt", id, "为申请人本人的身份证号码。", Clerk, Monday);

        Assert.Equal([mobile], ReplyPrivacy.Unresolved(found, reply.PrivacyNotes).Select(f => f.Finding));
        Assert.False(found[0].CanMask);
        Assert.True(found[1].CanMask);
    }

    [Fact]
    public void Only_an_issued_disclosure_becomes_proactive_and_only_once()
    {
        var a = Received();
        var reply = new ApplicationReply(a, TestReplies.Draft("1"), Clerk, Monday);
        var body = a.Body;
        var category = new CatalogueCategory(body, "依申请公开转主动公开");
        var draft = new DisclosureItem(body, category, new ItemMetadata { Title = "2025年低保资金发放明细", IssuingBody = "测试局", CreatedOn = new DateOnly(2025, 10, 21) }, Monday);

        Assert.Throws<InvalidOperationException>(() => a.ConvertToProactive(reply, draft, Clerk, Monday));
        a.DraftReply(reply, Clerk, Monday);
        a.ApproveReply(reply, 0, Head, isOfficeHead: true, Monday);
        a.ConvertToProactive(reply, draft, Clerk, Monday);

        Assert.Same(draft, reply.ProactiveItem);
        var noted = Assert.Single(a.Events, e => e.Kind == ApplicationEventKind.ConvertedToProactive);
        Assert.False(noted.Public);
        Assert.Contains("第四十四条", noted.Note);
        Assert.Throws<InvalidOperationException>(() => a.ConvertToProactive(reply, draft, Clerk, Monday));
    }

    [Fact]
    public void A_refusal_cannot_become_proactive()
    {
        var a = Received();
        var reply = new ApplicationReply(a, TestReplies.Draft("3.6"), Clerk, Monday);
        a.DraftReply(reply, Clerk, Monday);
        a.ApproveReply(reply, 0, Head, isOfficeHead: true, Monday);
        var category = new CatalogueCategory(a.Body, "栏目");
        var draft = new DisclosureItem(a.Body, category, new ItemMetadata { Title = "会议纪要", IssuingBody = "测试局", CreatedOn = new DateOnly(2025, 10, 21) }, Monday);

        var e = Assert.Throws<InvalidOperationException>(() => a.ConvertToProactive(reply, draft, Clerk, Monday));

        Assert.Contains("予以公开或部分公开", e.Message);
    }
}
