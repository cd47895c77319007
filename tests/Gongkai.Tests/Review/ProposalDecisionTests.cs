using Gongkai.Review;
using Gongkai.Staff;
using static Gongkai.Tests.Review.TestProposals;

namespace Gongkai.Tests.Review;

/// <summary>Who may decide a step (<see cref="Proposal.WhyCannotDecide"/>) and what a decision does.</summary>
public class ProposalDecisionTests
{
    private const string NotInReview = "该稿件不在审核中。";
    private const string OwnText = "不能审核自己撰写或修改过的稿件。";
    private const string AlreadyDecided = "该步骤已经处理过了，请刷新页面查看最新状态。";
    private const string OpinionNeeded = "请填写审核意见。";

    private static string NeedsRole(StaffRole role) => $"当前步骤需要由本机构的{role.Chinese()}审核。";

    // ---- WhyCannotDecide: edge cases first ----

    [Theory]
    [InlineData("editing")]
    [InlineData("rejected")]
    [InlineData("approved")]
    [InlineData("published")]
    public void Nobody_can_decide_a_proposal_that_is_not_in_review(string state)
    {
        var proposal = InState(state);
        var everything = Reach(
            (StaffRole.SectionHead, BodyId), (StaffRole.ConfidentialityReviewer, BodyId),
            (StaffRole.FinanceAuditor, BodyId), (StaffRole.LeadershipApprover, BodyId));

        Assert.Equal(NotInReview, proposal.WhyCannotDecide(SectionHeadId, everything));
    }

    [Theory]
    // the right role in the right body
    [InlineData(StaffRole.SectionHead, BodyId, SectionHeadId, null)]
    // the right role in another body: sibling, parent, child — a section head's reach is exactly its body
    [InlineData(StaffRole.SectionHead, SiblingId, SectionHeadId, "role")]
    [InlineData(StaffRole.SectionHead, CountyId, SectionHeadId, "role")]
    [InlineData(StaffRole.SectionHead, SectionId, SectionHeadId, "role")]
    // other roles in the right body
    [InlineData(StaffRole.Drafter, BodyId, SectionHeadId, "role")]
    [InlineData(StaffRole.ConfidentialityReviewer, BodyId, SectionHeadId, "role")]
    [InlineData(StaffRole.FinanceAuditor, BodyId, SectionHeadId, "role")]
    [InlineData(StaffRole.LeadershipApprover, BodyId, SectionHeadId, "role")]
    [InlineData(StaffRole.ApplicationHandler, BodyId, SectionHeadId, "role")]
    // covering roles reach the body but are not a section head
    [InlineData(StaffRole.Supervisor, BodyId, SectionHeadId, "role")]
    [InlineData(StaffRole.Supervisor, CountyId, SectionHeadId, "role")]
    [InlineData(StaffRole.BodyAdmin, BodyId, SectionHeadId, "role")]
    [InlineData(StaffRole.BodyAdmin, CountyId, SectionHeadId, "role")]
    [InlineData(StaffRole.PlatformAdmin, null, SectionHeadId, "role")]
    // the right person for the step, but they wrote or changed the text
    [InlineData(StaffRole.SectionHead, BodyId, DrafterId, "own")]
    [InlineData(StaffRole.SectionHead, BodyId, SecondDrafterId, "own")]
    public void Who_may_decide_the_section_head_step(StaffRole role, int? bodyId, int userId, string? why)
    {
        var proposal = NewItem();
        proposal.Edit(Metadata("第二稿"), SecondDrafterId, Edited);
        proposal.Submit(ReviewPlan.Default(financial: false), Submitted);

        var answer = proposal.WhyCannotDecide(userId, Reach((role, bodyId)));

        Assert.Equal(why switch { null => null, "role" => NeedsRole(StaffRole.SectionHead), _ => OwnText }, answer);
    }

    [Fact]
    public void Nobody_at_all_cannot_decide()
    {
        Assert.Equal(NeedsRole(StaffRole.SectionHead), InReview().WhyCannotDecide(SectionHeadId, Reach()));
    }

    [Theory]
    [InlineData(StaffRole.Supervisor)]
    [InlineData(StaffRole.BodyAdmin)]
    public void A_covering_role_of_the_parent_body_reaches_the_body_but_does_not_make_a_section_head(StaffRole covering)
    {
        var reach = Reach((covering, CountyId));
        Assert.True(reach.Has(covering, BodyId)); // the subtree is covered for that role…

        var answer = InReview().WhyCannotDecide(SectionHeadId, reach);

        Assert.Equal(NeedsRole(StaffRole.SectionHead), answer); // …but roles are exact
    }

    [Fact]
    public void A_section_head_of_the_parent_body_does_not_reach_down()
    {
        var reach = Reach((StaffRole.SectionHead, CountyId));
        Assert.False(reach.Has(StaffRole.SectionHead, BodyId));

        Assert.Equal(NeedsRole(StaffRole.SectionHead), InReview().WhyCannotDecide(SectionHeadId, reach));
    }

    [Fact]
    public void A_body_id_of_zero_on_the_item_matches_no_grant()
    {
        // Guards the builders: without the explicit ids every in-memory body would be 0.
        var proposal = InReview();

        Assert.Equal(BodyId, proposal.Item.BodyId);
        Assert.Equal(NeedsRole(StaffRole.SectionHead), proposal.WhyCannotDecide(SectionHeadId, Reach((StaffRole.SectionHead, 0))));
    }

    [Fact]
    public void The_creator_cannot_decide_even_holding_the_role()
    {
        var reach = Reach((StaffRole.Drafter, BodyId), (StaffRole.SectionHead, BodyId));

        Assert.Equal(OwnText, InReview().WhyCannotDecide(DrafterId, reach));
    }

    [Fact]
    public void Holding_the_role_is_checked_before_authorship()
    {
        Assert.Equal(NeedsRole(StaffRole.SectionHead), InReview().WhyCannotDecide(DrafterId, Reach((StaffRole.Drafter, BodyId))));
    }

    [Theory]
    [InlineData(StaffRole.SectionHead, false)]
    [InlineData(StaffRole.ConfidentialityReviewer, false)]
    [InlineData(StaffRole.FinanceAuditor, true)]
    [InlineData(StaffRole.LeadershipApprover, false)]
    [InlineData(StaffRole.LeadershipApprover, true)]
    public void Each_step_is_decided_by_its_own_role(StaffRole step, bool financial)
    {
        var proposal = AtStep(step, financial);

        foreach (var other in ReviewPlan.Reviewers.Where(r => r != step))
        {
            Assert.Equal(NeedsRole(step), proposal.WhyCannotDecide(Reviewer(other).UserId, Reviewer(other).Reach));
        }
        Assert.Null(proposal.WhyCannotDecide(Reviewer(step).UserId, Reviewer(step).Reach));
    }

    [Theory]
    [InlineData(StaffRole.ConfidentialityReviewer, "当前步骤需要由本机构的保密审查员审核。")]
    [InlineData(StaffRole.FinanceAuditor, "当前步骤需要由本机构的审计理财审核。")]
    [InlineData(StaffRole.LeadershipApprover, "当前步骤需要由本机构的领导小组审核。")]
    public void The_refusal_names_the_role_in_Chinese(StaffRole step, string message)
    {
        var proposal = AtStep(step, financial: true);

        Assert.Equal(message, proposal.WhyCannotDecide(SectionHeadId, Reach((StaffRole.SectionHead, BodyId))));
    }

    // ---- Decide: edge cases first ----

    [Fact]
    public void A_replayed_approval_with_the_old_step_number_is_refused_and_adds_no_decision()
    {
        var proposal = InReview();
        var (userId, name, reach) = Reviewer(StaffRole.SectionHead);
        proposal.Decide(0, true, "同意。", userId, name, reach, 0, Decided);
        var revision = proposal.Revision;

        var error = Assert.Throws<InvalidOperationException>(() => proposal.Decide(0, true, "同意。", userId, name, reach, 0, Later));

        Assert.Equal(AlreadyDecided, error.Message);
        Assert.Single(proposal.Decisions);
        Assert.Equal(1, proposal.CurrentStep);
        Assert.Equal(revision, proposal.Revision);
    }

    [Fact]
    public void A_replayed_approval_is_refused_even_when_the_new_steps_reviewer_sends_it()
    {
        var proposal = AtStep(StaffRole.ConfidentialityReviewer);
        var (userId, name, reach) = Reviewer(StaffRole.ConfidentialityReviewer);

        var error = Assert.Throws<InvalidOperationException>(() => proposal.Decide(0, true, "同意。", userId, name, reach, 0, Later));

        Assert.Equal(AlreadyDecided, error.Message);
        Assert.Single(proposal.Decisions);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void A_step_number_other_than_the_current_one_is_refused(int step)
    {
        var proposal = InReview();
        var (userId, name, reach) = Reviewer(StaffRole.SectionHead);

        var error = Assert.Throws<InvalidOperationException>(() => proposal.Decide(step, true, "同意。", userId, name, reach, 0, Decided));

        Assert.Equal(AlreadyDecided, error.Message);
        Assert.Empty(proposal.Decisions);
        Assert.Equal(0, proposal.CurrentStep);
    }

    [Theory]
    [InlineData("editing")]
    [InlineData("rejected")]
    [InlineData("approved")]
    [InlineData("published")]
    public void A_decision_on_a_proposal_not_in_review_is_refused(string state)
    {
        var proposal = InState(state);
        var count = proposal.Decisions.Count;
        var (userId, name, reach) = Reviewer(StaffRole.SectionHead);

        Assert.Throws<InvalidOperationException>(() => proposal.Decide(proposal.CurrentStep, true, "同意。", userId, name, reach, 0, Later));

        Assert.Equal(count, proposal.Decisions.Count);
    }

    [Fact]
    public void A_replayed_approval_from_an_earlier_round_is_refused_after_resubmission()
    {
        var proposal = InReview();
        var (userId, name, reach) = Reviewer(StaffRole.SectionHead);
        proposal.Decide(0, true, "同意。", userId, name, reach, 0, Decided); // round 1, form for step 0
        Decide(proposal, approve: false, "附件中有身份证号"); // confidentiality returns it
        proposal.Edit(Metadata("删除了附件"), DrafterId, Later);
        proposal.Submit(ReviewPlan.Default(financial: false), Later);

        // The section head's browser sends the round-1 form again: step 0, approve.
        Assert.Throws<InvalidOperationException>(() => proposal.Decide(0, true, "同意。", userId, name, reach, 0, Later));
        Assert.Equal(2, proposal.Decisions.Count);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("\n\t")]
    [InlineData("\u3000\u3000")]
    public void A_decision_needs_a_written_opinion(string? opinion)
    {
        var proposal = InReview();
        var (userId, name, reach) = Reviewer(StaffRole.SectionHead);

        var error = Assert.Throws<InvalidOperationException>(() => proposal.Decide(0, true, opinion!, userId, name, reach, 0, Decided));

        Assert.Equal(OpinionNeeded, error.Message);
        Assert.Empty(proposal.Decisions);
        Assert.Equal(0, proposal.CurrentStep);
    }

    [Fact]
    public void A_rejection_needs_a_written_opinion_too()
    {
        var proposal = InReview();
        var (userId, name, reach) = Reviewer(StaffRole.SectionHead);

        var error = Assert.Throws<InvalidOperationException>(() => proposal.Decide(0, false, " ", userId, name, reach, 0, Decided));

        Assert.Equal(OpinionNeeded, error.Message);
        Assert.Equal(ProposalStatus.InReview, proposal.Status);
    }

    [Theory]
    [InlineData(DrafterId, "own")]
    [InlineData(SecondDrafterId, "own")]
    [InlineData(LeaderId, "role")]
    public void A_decision_by_someone_who_may_not_decide_is_refused_with_the_reason(int userId, string why)
    {
        var proposal = NewItem();
        proposal.Edit(Metadata("第二稿"), SecondDrafterId, Edited);
        proposal.Submit(ReviewPlan.Default(financial: false), Submitted);
        var reach = userId == LeaderId ? Reviewer(StaffRole.LeadershipApprover).Reach : Reach((StaffRole.SectionHead, BodyId));

        var error = Assert.Throws<InvalidOperationException>(() => proposal.Decide(0, true, "同意。", userId, "某人", reach, 0, Decided));

        Assert.Equal(why == "own" ? OwnText : NeedsRole(StaffRole.SectionHead), error.Message);
        Assert.Empty(proposal.Decisions);
    }

    // ---- Confidentiality and unresolved findings ----

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(17)]
    public void Confidentiality_cannot_approve_while_findings_are_unresolved(int unresolved)
    {
        var proposal = AtStep(StaffRole.ConfidentialityReviewer);
        var (userId, name, reach) = Reviewer(StaffRole.ConfidentialityReviewer);
        var revision = proposal.Revision;

        var error = Assert.Throws<InvalidOperationException>(() =>
            proposal.Decide(1, true, "同意。", userId, name, reach, unresolved, Decided));

        Assert.Equal($"还有 {unresolved} 处个人信息未处理：请逐一遮盖或书面说明理由后再通过。", error.Message);
        Assert.Contains(unresolved.ToString(System.Globalization.CultureInfo.InvariantCulture), error.Message, StringComparison.Ordinal);
        Assert.Equal(1, proposal.CurrentStep);
        Assert.Single(proposal.Decisions);
        Assert.Equal(revision, proposal.Revision);
    }

    [Fact]
    public void Confidentiality_approves_once_nothing_is_unresolved()
    {
        var proposal = AtStep(StaffRole.ConfidentialityReviewer);
        var (userId, name, reach) = Reviewer(StaffRole.ConfidentialityReviewer);

        proposal.Decide(1, true, "已遮盖身份证号，同意。", userId, name, reach, 0, Decided);

        Assert.Equal(StaffRole.LeadershipApprover, proposal.CurrentRole);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    public void Confidentiality_can_reject_with_findings_unresolved(int unresolved)
    {
        var proposal = AtStep(StaffRole.ConfidentialityReviewer);
        var (userId, name, reach) = Reviewer(StaffRole.ConfidentialityReviewer);

        proposal.Decide(1, false, "附件名单含完整身份证号，请删除后重新上传。", userId, name, reach, unresolved, Decided);

        Assert.Equal(ProposalStatus.Editing, proposal.Status);
        Assert.False(proposal.Decisions[^1].Approved);
    }

    [Theory]
    [InlineData(StaffRole.SectionHead, false)]
    [InlineData(StaffRole.FinanceAuditor, true)]
    [InlineData(StaffRole.LeadershipApprover, false)]
    public void Only_the_confidentiality_step_is_held_up_by_findings(StaffRole step, bool financial)
    {
        var proposal = AtStep(step, financial);
        var (userId, name, reach) = Reviewer(step);

        proposal.Decide(proposal.CurrentStep, true, "同意。", userId, name, reach, 3, Decided);

        Assert.Equal(step, proposal.Decisions[^1].Role);
        Assert.True(proposal.Decisions[^1].Approved);
    }

    // ---- Approving and rejecting ----

    [Fact]
    public void Approving_a_step_moves_to_the_next()
    {
        var proposal = InReview();

        Approve(proposal);

        Assert.Equal(ProposalStatus.InReview, proposal.Status);
        Assert.Equal(1, proposal.CurrentStep);
        Assert.Equal(StaffRole.ConfidentialityReviewer, proposal.CurrentRole);
        Assert.Null(proposal.PublishAt);
        Assert.Equal(Decided, proposal.UpdatedAt);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Approving_every_step_in_turn_walks_the_whole_plan(bool financial)
    {
        var proposal = InReview(financial);
        var plan = ReviewPlan.Default(financial).Steps;
        var seen = new List<StaffRole>();

        while (proposal.CurrentRole is { } role)
        {
            seen.Add(role);
            Approve(proposal);
        }

        Assert.Equal(plan, seen);
        Assert.Equal(plan, proposal.Decisions.Select(d => d.Role));
        Assert.Equal(Enumerable.Range(0, plan.Count), proposal.Decisions.Select(d => d.Step));
        Assert.All(proposal.Decisions, d => Assert.True(d.Approved));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Approving_the_last_step_approves_the_proposal_for_publication_now(bool financial)
    {
        var proposal = AtStep(StaffRole.LeadershipApprover, financial);
        var approvedAt = new DateTimeOffset(2025, 3, 4, 9, 30, 0, TimeSpan.FromHours(8));

        Approve(proposal, approvedAt);

        Assert.Equal(ProposalStatus.Approved, proposal.Status);
        Assert.Equal(approvedAt, proposal.PublishAt);
        Assert.Null(proposal.CurrentRole);
        Assert.Equal(approvedAt, proposal.UpdatedAt);
    }

    [Fact]
    public void The_shortest_valid_plan_is_approved_after_two_decisions()
    {
        var proposal = NewItem();
        proposal.Submit(ReviewPlan.Parse("ConfidentialityReviewer,LeadershipApprover"), Submitted);
        Approve(proposal);

        Approve(proposal);

        Assert.Equal(ProposalStatus.Approved, proposal.Status);
        Assert.Equal(2, proposal.Decisions.Count);
    }

    [Theory]
    [InlineData(StaffRole.SectionHead, false)]
    [InlineData(StaffRole.ConfidentialityReviewer, false)]
    [InlineData(StaffRole.LeadershipApprover, false)]
    [InlineData(StaffRole.SectionHead, true)]
    [InlineData(StaffRole.ConfidentialityReviewer, true)]
    [InlineData(StaffRole.FinanceAuditor, true)]
    [InlineData(StaffRole.LeadershipApprover, true)]
    public void A_rejection_at_any_step_returns_the_proposal_for_editing_with_the_reasons(StaffRole step, bool financial)
    {
        var proposal = AtStep(step, financial);
        var stepNumber = proposal.CurrentStep;
        var plan = proposal.Plan;

        Decide(proposal, approve: false, "  请补充资金来源和发放标准。 ", Later);

        Assert.Equal(ProposalStatus.Editing, proposal.Status);
        Assert.Equal(0, proposal.CurrentStep);
        Assert.Null(proposal.CurrentRole);
        Assert.Null(proposal.PublishAt);
        Assert.Equal(plan, proposal.Plan);
        var decision = proposal.Decisions[^1];
        Assert.False(decision.Approved);
        Assert.Equal(stepNumber, decision.Step);
        Assert.Equal(step, decision.Role);
        Assert.Equal("请补充资金来源和发放标准。", decision.Opinion);
        Assert.Equal(stepNumber + 1, proposal.Decisions.Count);
    }

    [Fact]
    public void A_decision_records_step_role_person_opinion_and_time()
    {
        var proposal = InReview();
        var at = new DateTimeOffset(2025, 3, 3, 10, 15, 0, TimeSpan.FromHours(8));

        proposal.Decide(0, true, " 内容属实，同意报送。\n", SectionHeadId, "科室负责人甲", Reach((StaffRole.SectionHead, BodyId)), 0, at);

        var decision = Assert.Single(proposal.Decisions);
        Assert.Equal(0, decision.Step);
        Assert.Equal(StaffRole.SectionHead, decision.Role);
        Assert.Equal(SectionHeadId, decision.UserId);
        Assert.Equal("科室负责人甲", decision.UserName);
        Assert.True(decision.Approved);
        Assert.Equal("内容属实，同意报送。", decision.Opinion);
        Assert.Equal(at, decision.At);
    }

    [Fact]
    public void Decisions_keep_their_order_across_rounds()
    {
        var proposal = AtStep(StaffRole.ConfidentialityReviewer);
        Decide(proposal, approve: false, "请遮盖手机号。");
        proposal.Edit(Metadata("第二稿"), DrafterId, Later);
        proposal.Submit(ReviewPlan.Default(financial: false), Later);
        Approve(proposal, Later);

        Assert.Equal(
            [(StaffRole.SectionHead, true), (StaffRole.ConfidentialityReviewer, false), (StaffRole.SectionHead, true)],
            proposal.Decisions.Select(d => (d.Role, d.Approved)));
    }
}

public sealed class ProposalSeparationOfDutiesTests
{
    [Fact]
    public void One_person_with_two_reviewer_roles_cannot_decide_two_steps_of_one_round()
    {
        var proposal = TestProposals.InReview();
        var (userId, name, _) = TestProposals.Reviewer(Gongkai.Staff.StaffRole.SectionHead);
        var both = new Gongkai.Staff.StaffReach(
            [(Gongkai.Staff.StaffRole.SectionHead, (int?)proposal.Item.BodyId), (Gongkai.Staff.StaffRole.ConfidentialityReviewer, proposal.Item.BodyId)], []);
        proposal.Decide(proposal.Ticket, true, "同意。", userId, name, both, 0, TestProposals.Decided);

        Assert.Equal("逐级审核须由不同的人完成：您已审核过这一轮的其他步骤。", proposal.WhyCannotDecide(userId, both));
        Assert.Null(proposal.WhyCannotDecide(userId + 1000, new Gongkai.Staff.StaffReach([(Gongkai.Staff.StaffRole.ConfidentialityReviewer, (int?)proposal.Item.BodyId)], [])));
    }
}
