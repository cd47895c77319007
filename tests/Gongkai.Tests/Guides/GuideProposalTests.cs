using Gongkai.Guides;
using Gongkai.Review;
using Gongkai.Staff;
using Gongkai.Tests.Items;
using static Gongkai.Tests.Review.TestProposals;

namespace Gongkai.Tests.Guides;

/// <summary>
/// A guide text's own rules — what may be proposed, masking in review, publishing as the next
/// version — and that it goes through the same review rules as an item proposal.
/// </summary>
public class GuideProposalTests
{
    private const string Text = "<p>本指南说明本机关主动公开的信息分类和获取方式。</p>";
    private const string Note = "更新办公地址";

    private static GuideProposal Draft(int? basedOn = 1) => GuideProposal.Draft(BodyId, basedOn, Text, Note, DrafterId, Opened);

    private static GuideProposal AtStep(StaffRole role)
    {
        var proposal = Draft();
        proposal.Submit(ReviewPlan.Default(financial: false), Submitted);
        while (proposal.CurrentRole != role)
        {
            Approve(proposal);
        }
        return proposal;
    }

    private static GuideProposal Approved()
    {
        var proposal = AtStep(StaffRole.LeadershipApprover);
        Approve(proposal);
        return proposal;
    }

    private static void Approve(ReviewableProposal proposal)
    {
        var (userId, name, reach) = Reviewer(proposal.CurrentRole!.Value);
        proposal.Decide(proposal.Ticket, approve: true, "同意。", userId, name, reach, unresolvedFindings: 0, Decided);
    }

    private static Gongkai.Bodies.Body OurBody() => TestItems.Body().WithId(BodyId);

    // ---- What may be proposed: edge cases first ----

    [Theory]
    [InlineData(null, Note, GuideProposal.ContentField, "请填写指南正文。")]
    [InlineData("", Note, GuideProposal.ContentField, "请填写指南正文。")]
    [InlineData("   \n ", Note, GuideProposal.ContentField, "请填写指南正文。")]
    [InlineData("<script>alert(1)</script>", Note, GuideProposal.ContentField, "请填写指南正文。")]
    [InlineData("<p> </p><p></p>", Note, GuideProposal.ContentField, "请填写指南正文。")]
    [InlineData(Text, null, GuideProposal.NoteField, "请说明这次修改了什么（将显示在历史版本中）。")]
    [InlineData(Text, "", GuideProposal.NoteField, "请说明这次修改了什么（将显示在历史版本中）。")]
    [InlineData(Text, " \t ", GuideProposal.NoteField, "请说明这次修改了什么（将显示在历史版本中）。")]
    public void A_text_or_note_left_empty_is_named_by_its_field(string? content, string? note, string field, string message)
    {
        var problems = GuideProposal.Problems(content, note);

        Assert.Equal(message, Assert.Single(problems, p => p.Key == field).Value);
        Assert.Single(problems);
    }

    [Fact]
    public void Both_problems_are_reported_together()
    {
        var problems = GuideProposal.Problems("", "");

        Assert.Equal(new[] { GuideProposal.ContentField, GuideProposal.NoteField }.Order(), problems.Keys.Order());
    }

    [Theory]
    [InlineData(GuideProposal.NoteMaxLength, 0)]
    [InlineData(GuideProposal.NoteMaxLength + 1, 1)]
    public void A_note_may_hold_up_to_its_limit(int length, int problems)
    {
        Assert.Equal(problems, GuideProposal.Problems(Text, new string('改', length)).Count);
    }

    [Fact]
    public void A_text_over_the_limit_is_refused()
    {
        var problems = GuideProposal.Problems("<p>" + new string('指', GuideProposal.ContentMaxLength) + "</p>", Note);

        Assert.StartsWith("指南正文过长", problems[GuideProposal.ContentField]);
    }

    [Fact]
    public void A_draft_refuses_what_the_form_would_refuse()
    {
        var error = Assert.Throws<InvalidOperationException>(() => GuideProposal.Draft(BodyId, 1, Text, " ", DrafterId, Opened));

        Assert.Equal("请说明这次修改了什么（将显示在历史版本中）。", error.Message);
    }

    [Fact]
    public void A_draft_is_sanitised_trimmed_and_remembers_its_author_and_starting_version()
    {
        var proposal = GuideProposal.Draft(BodyId, 3, "<p onclick=\"x()\">指南</p><script>steal()</script>", "  更新电话 \n", DrafterId, Opened);

        Assert.Equal("<p>指南</p>", proposal.ContentHtml);
        Assert.Equal("更新电话", proposal.ChangeNote);
        Assert.Equal(3, proposal.BasedOnNumber);
        Assert.Equal(BodyId, proposal.BodyId);
        Assert.Equal(ProposalStatus.Editing, proposal.Status);
        Assert.Equal(new HashSet<int> { DrafterId }, proposal.Editors);
    }

    // ---- Editing ----

    [Fact]
    public void Editing_records_the_second_drafter_so_neither_may_review_it()
    {
        var proposal = Draft();

        proposal.Edit("<p>第二稿</p>", "改写第二节", SecondDrafterId, Edited);

        Assert.Equal("<p>第二稿</p>", proposal.ContentHtml);
        Assert.Equal("改写第二节", proposal.ChangeNote);
        Assert.Equal(new HashSet<int> { DrafterId, SecondDrafterId }, proposal.Editors);
        proposal.Submit(ReviewPlan.Default(false), Submitted);
        Assert.Equal("不能审核自己撰写或修改过的稿件。",
            proposal.WhyCannotDecide(SecondDrafterId, Reach((StaffRole.SectionHead, BodyId))));
    }

    [Fact]
    public void A_submitted_text_cannot_be_edited()
    {
        var proposal = AtStep(StaffRole.SectionHead);

        var error = Assert.Throws<InvalidOperationException>(() => proposal.Edit("<p>偷偷改</p>", "改", DrafterId, Edited));

        Assert.Equal("送审后不能修改；如需修改，请由审核人退回。", error.Message);
        Assert.Equal(Text, proposal.ContentHtml);
    }

    [Fact]
    public void A_rejected_text_can_be_edited_again()
    {
        var proposal = AtStep(StaffRole.SectionHead);
        var (userId, name, reach) = Reviewer(StaffRole.SectionHead);
        proposal.Decide(proposal.Ticket, approve: false, "请补充传真号码。", userId, name, reach, 0, Decided);

        proposal.Edit("<p>补充了传真</p>", Note, DrafterId, Later);

        Assert.Equal(ProposalStatus.Editing, proposal.Status);
        Assert.Equal("<p>补充了传真</p>", proposal.ContentHtml);
    }

    // ---- The review is the shared one, decided in the guide's body ----

    [Theory]
    [InlineData(BodyId, null)]
    [InlineData(SiblingId, "当前步骤需要由本机构的科室负责人审核。")]
    [InlineData(SectionId, "当前步骤需要由本机构的科室负责人审核。")]
    public void The_section_head_of_the_guides_body_decides_its_first_step(int headOf, string? why)
    {
        var proposal = AtStep(StaffRole.SectionHead);

        Assert.Equal(why, proposal.WhyCannotDecide(SectionHeadId, Reach((StaffRole.SectionHead, headOf))));
    }

    [Fact]
    public void The_author_cannot_decide_even_holding_the_role()
    {
        var proposal = AtStep(StaffRole.SectionHead);
        var reach = Reach((StaffRole.Drafter, BodyId), (StaffRole.SectionHead, BodyId));

        var error = Assert.Throws<InvalidOperationException>(() => proposal.Decide(proposal.Ticket, true, "同意。", DrafterId, "信息员", reach, 0, Decided));

        Assert.Equal("不能审核自己撰写或修改过的稿件。", error.Message);
        Assert.Empty(proposal.Decisions);
    }

    [Fact]
    public void Confidentiality_cannot_approve_with_unresolved_findings()
    {
        var proposal = AtStep(StaffRole.ConfidentialityReviewer);
        var (userId, name, reach) = Reviewer(StaffRole.ConfidentialityReviewer);

        var error = Assert.Throws<InvalidOperationException>(() => proposal.Decide(proposal.Ticket, true, "同意。", userId, name, reach, unresolvedFindings: 1, Decided));

        Assert.Contains("1 处个人信息未处理", error.Message);
        Assert.Equal(StaffRole.ConfidentialityReviewer, proposal.CurrentRole);
    }

    // ---- Masking ----

    [Theory]
    [InlineData(StaffRole.SectionHead)]
    [InlineData(StaffRole.LeadershipApprover)]
    public void Only_the_confidentiality_step_may_mask(StaffRole step)
    {
        var proposal = AtStep(step);

        var error = Assert.Throws<InvalidOperationException>(() => proposal.ReplaceDuringReview("<p>138****8000</p>", Decided));

        Assert.Equal("只能在保密审查步骤中遮盖个人信息。", error.Message);
        Assert.Equal(Text, proposal.ContentHtml);
    }

    [Fact]
    public void A_mobile_number_is_found_and_masked_in_place()
    {
        var proposal = GuideProposal.Draft(BodyId, 1, "<p>咨询电话：13800138000</p>", Note, DrafterId, Opened);
        proposal.Submit(ReviewPlan.Default(false), Submitted);
        Approve(proposal);
        var finding = Assert.Single(ProposalPrivacy.ScanGuide(proposal.ContentHtml));

        proposal.ReplaceDuringReview(ProposalPrivacy.MaskGuide(proposal.ContentHtml, finding), Decided);

        Assert.Equal("<p>咨询电话：138****8000</p>", proposal.ContentHtml);
        Assert.Empty(ProposalPrivacy.ScanGuide(proposal.ContentHtml));
        Assert.DoesNotContain(ConfidentialityId, proposal.Editors);
    }

    // ---- Publishing: edge cases first ----

    [Fact]
    public void A_text_not_yet_approved_cannot_be_published()
    {
        var proposal = AtStep(StaffRole.LeadershipApprover);

        var error = Assert.Throws<InvalidOperationException>(() => proposal.PublishAs(OurBody(), 2, Later));

        Assert.Equal("该稿件尚未到发布时间。", error.Message);
        Assert.Null(proposal.PublishedNumber);
    }

    [Fact]
    public void A_text_scheduled_for_later_waits_for_its_time()
    {
        var proposal = Approved();
        proposal.ScheduleAt(Later, Decided);

        Assert.Throws<InvalidOperationException>(() => proposal.PublishAs(OurBody(), 2, Later.AddSeconds(-1)));
        var version = proposal.PublishAs(OurBody(), 2, Later);

        Assert.Equal(Later, version.PublishedAt);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)] // the version it started from
    public void A_version_number_not_above_the_one_it_started_from_is_refused(int number)
    {
        var proposal = Approved();

        Assert.Throws<InvalidOperationException>(() => proposal.PublishAs(OurBody(), number, Later));

        Assert.Equal(ProposalStatus.Approved, proposal.Status);
    }

    [Fact]
    public void It_is_published_only_to_its_own_body()
    {
        var proposal = Approved();
        var other = TestItems.Body("other").WithId(SiblingId);

        var error = Assert.Throws<InvalidOperationException>(() => proposal.PublishAs(other, 2, Later));

        Assert.Equal("指南稿只能发布到它所属的机构。", error.Message);
    }

    [Fact]
    public void Publishing_makes_the_next_version_with_the_text_and_note()
    {
        var proposal = Approved();

        var version = proposal.PublishAs(OurBody(), 2, Later);

        Assert.Equal((2, Text, Note, Later), (version.Number, version.ContentHtml, version.ChangeNote, version.PublishedAt));
        Assert.Equal(ProposalStatus.Published, proposal.Status);
        Assert.Equal(2, proposal.PublishedNumber);
        Assert.Throws<InvalidOperationException>(() => proposal.PublishAs(OurBody(), 3, Later));
    }

    [Fact]
    public void A_first_guide_becomes_version_1()
    {
        var proposal = GuideProposal.Draft(BodyId, null, Text, "首次发布", DrafterId, Opened);
        proposal.Submit(ReviewPlan.Default(false), Submitted);
        while (proposal.Status == ProposalStatus.InReview)
        {
            Approve(proposal);
        }

        Assert.Equal(1, proposal.PublishAs(OurBody(), 1, Later).Number);
    }
}
