using Gongkai.Items;
using Gongkai.Privacy;
using Gongkai.Review;
using Gongkai.Staff;
using Gongkai.Tests.Items;
using static Gongkai.Tests.Review.TestProposals;

namespace Gongkai.Tests.Review;

/// <summary>Opening a proposal, editing it while it is with the drafters, and submitting it for review.</summary>
public class ProposalEditingTests
{
    // ---- Edge cases first: what may not become a proposal ----

    [Theory]
    [InlineData(ItemStatus.UnderReview)]
    [InlineData(ItemStatus.Published)]
    [InlineData(ItemStatus.Withdrawn)]
    public void Only_a_draft_can_be_proposed_as_a_new_item(ItemStatus status)
    {
        var item = ItemIn(status);

        var error = Assert.Throws<InvalidOperationException>(() => Proposal.ForNewItem(item, DrafterId, Opened));

        Assert.Equal("只有草稿可以作为新信息提交审核。", error.Message);
    }

    [Theory]
    [InlineData(ItemStatus.Draft)]
    [InlineData(ItemStatus.UnderReview)]
    [InlineData(ItemStatus.Withdrawn)]
    public void Only_a_published_item_can_be_revised(ItemStatus status)
    {
        var item = ItemIn(status);

        var error = Assert.Throws<InvalidOperationException>(() => Proposal.ForRevision(item, Metadata(), "更正错字", DrafterId, Opened));

        Assert.Equal("只有已发布的信息可以修订。", error.Message);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("\t\n")]
    [InlineData("\u3000")] // a full-width space is no note either
    public void A_revision_needs_a_note_saying_what_changed(string? note)
    {
        var error = Assert.Throws<InvalidOperationException>(() =>
            Proposal.ForRevision(PublishedItem(), Metadata(), note!, DrafterId, Opened));

        Assert.Equal("修订须说明修改内容。", error.Message);
    }

    [Fact]
    public void A_revision_of_an_unpublished_item_is_refused_for_the_item_before_the_note()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Proposal.ForRevision(DraftItem(), Metadata(), "", DrafterId, Opened));

        Assert.Equal("只有已发布的信息可以修订。", error.Message);
    }

    [Fact]
    public void A_revision_with_invalid_metadata_is_refused_with_its_problems()
    {
        var error = Assert.Throws<InvalidOperationException>(() =>
            Proposal.ForRevision(PublishedItem(), Metadata() with { Title = " ", IssuingBody = "" }, "更正错字", DrafterId, Opened));

        Assert.Equal("请填写标题。 请填写发布机构。", error.Message);
    }

    // ---- Opening ----

    [Fact]
    public void A_new_item_proposal_starts_editing_with_the_drafts_text()
    {
        var item = DraftItem();

        var proposal = Proposal.ForNewItem(item, DrafterId, Opened);

        Assert.Same(item, proposal.Item);
        Assert.Equal(ProposalKind.NewItem, proposal.Kind);
        Assert.Equal(ProposalStatus.Editing, proposal.Status);
        Assert.Equal(item.Metadata, proposal.Metadata);
        Assert.Null(proposal.Note);
        Assert.Equal(DrafterId, proposal.CreatedByUserId);
        Assert.Equal(Opened, proposal.CreatedAt);
        Assert.Equal(Opened, proposal.UpdatedAt);
        Assert.Equal("", proposal.Plan);
        Assert.Equal(0, proposal.CurrentStep);
        Assert.Null(proposal.CurrentRole);
        Assert.Null(proposal.SubmittedAt);
        Assert.Null(proposal.PublishAt);
        Assert.Empty(proposal.Decisions);
        Assert.Empty(proposal.PrivacyResolutions);
        Assert.Equal(1, proposal.Revision);
    }

    [Fact]
    public void The_creator_is_the_first_editor()
    {
        var proposal = NewItem();

        Assert.Equal(new HashSet<int> { DrafterId }, proposal.Editors);
        Assert.Equal("101", proposal.EditorIds);
    }

    [Fact]
    public void A_revision_proposal_carries_the_new_text_and_the_trimmed_note()
    {
        var item = PublishedItem();
        var changed = Metadata("关于做好残疾人证办理工作的通知（修订）");

        var proposal = Proposal.ForRevision(item, changed, "  更正办理地址\n", DrafterId, Opened);

        Assert.Equal(ProposalKind.Revision, proposal.Kind);
        Assert.Equal(ProposalStatus.Editing, proposal.Status);
        Assert.Equal(changed, proposal.Metadata);
        Assert.Equal("更正办理地址", proposal.Note);
        Assert.Equal(new HashSet<int> { DrafterId }, proposal.Editors);
    }

    [Fact]
    public void Proposing_a_revision_leaves_the_published_item_as_it_was()
    {
        var item = PublishedItem();
        var before = item.Metadata;

        _ = Proposal.ForRevision(item, Metadata("新标题"), "改标题", DrafterId, Opened);

        Assert.Equal(before, item.Metadata);
        Assert.Single(item.Versions);
        Assert.Equal(ItemStatus.Published, item.Status);
    }

    [Fact]
    public void The_document_number_is_normalised_on_the_way_in()
    {
        var proposal = Proposal.ForRevision(PublishedItem(), Metadata() with { DocumentNumber = "市残联发 [２０２５] 3号" }, "改文号", DrafterId, Opened);

        Assert.Equal("市残联发〔2025〕3号", proposal.Metadata.DocumentNumber);
    }

    // ---- Editing ----

    [Theory]
    [InlineData("section head step")]
    [InlineData("confidentiality step")]
    [InlineData("leadership step")]
    [InlineData("approved")]
    [InlineData("published")]
    public void The_text_cannot_be_edited_once_submitted(string state)
    {
        var proposal = InState(state);
        var before = (proposal.MetadataJson, proposal.EditorIds, proposal.Revision);

        var error = Assert.Throws<InvalidOperationException>(() => proposal.Edit(Metadata("改过的标题"), SecondDrafterId, Later));

        Assert.Equal("送审后不能修改；如需修改，请由审核人退回。", error.Message);
        Assert.Equal(before, (proposal.MetadataJson, proposal.EditorIds, proposal.Revision));
    }

    [Fact]
    public void An_invalid_edit_is_refused_and_does_not_make_the_person_an_editor()
    {
        var proposal = NewItem();

        var error = Assert.Throws<InvalidOperationException>(() => proposal.Edit(Metadata(" "), SecondDrafterId, Edited));

        Assert.Equal("请填写标题。", error.Message);
        Assert.Equal(new HashSet<int> { DrafterId }, proposal.Editors);
        Assert.Equal(1, proposal.Revision);
        Assert.Equal(Opened, proposal.UpdatedAt);
    }

    [Fact]
    public void Editing_changes_the_text_and_the_time()
    {
        var proposal = NewItem();

        proposal.Edit(Metadata("改过的标题"), DrafterId, Edited);

        Assert.Equal("改过的标题", proposal.Metadata.Title);
        Assert.Equal(Edited, proposal.UpdatedAt);
        Assert.Equal(Opened, proposal.CreatedAt);
    }

    [Fact]
    public void Editing_does_not_touch_the_draft_item()
    {
        var proposal = NewItem();
        var before = proposal.Item.Metadata;

        proposal.Edit(Metadata("改过的标题"), DrafterId, Edited);

        Assert.Equal(before, proposal.Item.Metadata);
    }

    [Fact]
    public void The_creator_editing_again_is_recorded_once()
    {
        var proposal = NewItem();

        proposal.Edit(Metadata("第二稿"), DrafterId, Edited);
        proposal.Edit(Metadata("第三稿"), DrafterId, Edited);

        Assert.Equal("101", proposal.EditorIds);
    }

    [Theory]
    [InlineData(new[] { 102 }, "101,102")]
    [InlineData(new[] { 99 }, "99,101")] // kept in order, not in the order of editing
    [InlineData(new[] { 102, 102, 101 }, "101,102")]
    [InlineData(new[] { 300, 102, 99 }, "99,101,102,300")]
    public void Everyone_who_edits_is_recorded_as_an_editor(int[] editors, string editorIds)
    {
        var proposal = NewItem();

        foreach (var userId in editors)
        {
            proposal.Edit(Metadata($"第{userId}稿"), userId, Edited);
        }

        Assert.Equal(editorIds, proposal.EditorIds);
        Assert.Equal(editorIds.Split(',').Select(int.Parse).ToHashSet(), proposal.Editors);
    }

    [Fact]
    public void A_rejected_proposal_can_be_edited_again()
    {
        var proposal = Rejected();

        proposal.Edit(Metadata("补充了办理地址"), SecondDrafterId, Later);

        Assert.Equal("补充了办理地址", proposal.Metadata.Title);
        Assert.Contains(SecondDrafterId, proposal.Editors);
    }

    // ---- Revision counter ----

    [Fact]
    public void Every_change_increments_the_revision_by_one()
    {
        var revisions = new List<int>();
        var proposal = NewItem();
        revisions.Add(proposal.Revision);

        proposal.Edit(Metadata("第二稿"), DrafterId, Edited);
        revisions.Add(proposal.Revision);
        proposal.Edit(Metadata("第三稿"), SecondDrafterId, Edited);
        revisions.Add(proposal.Revision);
        proposal.Submit(ReviewPlan.Default(financial: false), Submitted);
        revisions.Add(proposal.Revision);
        Approve(proposal); // section head
        revisions.Add(proposal.Revision);
        proposal.Resolve(ProposalPrivacy.Body, "13800138000", FindingKind.Mobile, "办事电话，应当公开", ConfidentialityId, Decided);
        revisions.Add(proposal.Revision);
        proposal.ReplaceDuringReview(proposal.Metadata with { Summary = "遮盖后" }, ConfidentialityId, Decided);
        revisions.Add(proposal.Revision);
        Approve(proposal); // confidentiality
        revisions.Add(proposal.Revision);
        Approve(proposal); // leadership
        revisions.Add(proposal.Revision);
        proposal.ScheduleAt(Later, Decided);
        revisions.Add(proposal.Revision);
        proposal.PublishTo(TestItems.Index(), Later);
        revisions.Add(proposal.Revision);

        Assert.Equal(Enumerable.Range(1, 11), revisions);
    }

    [Fact]
    public void A_rejection_is_a_change_too()
    {
        var proposal = InReview();
        var before = proposal.Revision;

        Decide(proposal, approve: false, "退回");

        Assert.Equal(before + 1, proposal.Revision);
    }

    // ---- Submitting ----

    [Fact]
    public void Submitting_starts_the_review_at_the_first_step_of_the_plan()
    {
        var proposal = NewItem();

        proposal.Submit(ReviewPlan.Default(financial: false), Submitted);

        Assert.Equal(ProposalStatus.InReview, proposal.Status);
        Assert.Equal("SectionHead,ConfidentialityReviewer,LeadershipApprover", proposal.Plan);
        Assert.Equal(ReviewPlan.Default(financial: false).Steps, proposal.ReviewPlan.Steps);
        Assert.Equal(0, proposal.CurrentStep);
        Assert.Equal(StaffRole.SectionHead, proposal.CurrentRole);
        Assert.Equal(Submitted, proposal.SubmittedAt);
        Assert.Equal(Submitted, proposal.UpdatedAt);
        Assert.Equal(2, proposal.Revision);
    }

    [Fact]
    public void A_custom_plan_starts_with_its_own_first_step()
    {
        var proposal = NewItem();

        proposal.Submit(ReviewPlan.Parse("ConfidentialityReviewer,LeadershipApprover"), Submitted);

        Assert.Equal(StaffRole.ConfidentialityReviewer, proposal.CurrentRole);
    }

    [Theory]
    [InlineData("", "审核流程的最后一步必须是领导小组审批。 审核流程必须包含保密审查（条例第十七条）。")]
    [InlineData("SectionHead,LeadershipApprover", "审核流程必须包含保密审查（条例第十七条）。")]
    [InlineData("LeadershipApprover,ConfidentialityReviewer", "审核流程的最后一步必须是领导小组审批。")]
    [InlineData("Drafter,ConfidentialityReviewer,LeadershipApprover", "审核步骤只能由科室负责人、保密审查员、审计理财和领导小组担任。")]
    [InlineData("SectionHead,SectionHead,ConfidentialityReviewer,LeadershipApprover", "同一角色在审核流程中只能出现一次。")]
    public void An_invalid_plan_is_refused_with_its_problems_and_nothing_changes(string plan, string message)
    {
        var proposal = NewItem();

        var error = Assert.Throws<InvalidOperationException>(() => proposal.Submit(ReviewPlan.Parse(plan), Submitted));

        Assert.Equal(message, error.Message);
        Assert.Equal(ProposalStatus.Editing, proposal.Status);
        Assert.Equal("", proposal.Plan);
        Assert.Null(proposal.SubmittedAt);
        Assert.Equal(1, proposal.Revision);
    }

    [Theory]
    [InlineData("section head step")]
    [InlineData("confidentiality step")]
    [InlineData("leadership step")]
    public void A_proposal_in_review_cannot_be_submitted_again(string state)
    {
        var proposal = InState(state);
        var before = (proposal.Plan, proposal.CurrentStep, proposal.SubmittedAt, proposal.Revision);

        var error = Assert.Throws<InvalidOperationException>(() => proposal.Submit(ReviewPlan.Default(financial: true), Later));

        Assert.Equal("该稿件已在审核中。", error.Message);
        Assert.Equal(before, (proposal.Plan, proposal.CurrentStep, proposal.SubmittedAt, proposal.Revision));
    }

    [Theory]
    [InlineData("approved")]
    [InlineData("published")]
    public void An_approved_or_published_proposal_cannot_be_submitted_again(string state)
    {
        var proposal = InState(state);

        Assert.Throws<InvalidOperationException>(() => proposal.Submit(ReviewPlan.Default(financial: false), Later));
        Assert.NotEqual(ProposalStatus.InReview, proposal.Status);
    }

    [Fact]
    public void A_rejected_proposal_is_resubmitted_from_the_first_step_with_the_new_plan()
    {
        var proposal = AtStep(StaffRole.LeadershipApprover);
        Decide(proposal, approve: false, "数据口径不一致");

        proposal.Submit(ReviewPlan.Default(financial: true), Later);

        Assert.Equal(ProposalStatus.InReview, proposal.Status);
        Assert.Equal(0, proposal.CurrentStep);
        Assert.Equal(StaffRole.SectionHead, proposal.CurrentRole);
        Assert.Contains(StaffRole.FinanceAuditor, proposal.ReviewPlan.Steps);
        Assert.Equal(Later, proposal.SubmittedAt);
        Assert.Equal(3, proposal.Decisions.Count); // the earlier round stays on record
    }

    [Fact]
    public void Resubmitting_forgets_the_privacy_resolutions_of_the_earlier_round()
    {
        var proposal = AtStep(StaffRole.ConfidentialityReviewer);
        proposal.Resolve(ProposalPrivacy.Body, "13800138000", FindingKind.Mobile, "办事电话", ConfidentialityId, Decided);
        Decide(proposal, approve: false, "附件中有身份证号");

        proposal.Submit(ReviewPlan.Default(financial: false), Later);

        Assert.Empty(proposal.PrivacyResolutions);
    }

    private static DisclosureItem ItemIn(ItemStatus status)
    {
        switch (status)
        {
            case ItemStatus.Draft:
                return DraftItem();
            case ItemStatus.UnderReview:
                var draft = DraftItem();
                draft.SubmitForReview(Opened);
                return draft;
            case ItemStatus.Published:
                return PublishedItem();
            case ItemStatus.Withdrawn:
                var item = PublishedItem();
                item.Withdraw(WithdrawalReason.ContentError, "数据有误", Opened);
                return item;
            default:
                throw new ArgumentOutOfRangeException(nameof(status), status, null);
        }
    }
}
