using Gongkai.Privacy;
using Gongkai.Review;
using Gongkai.Staff;
using static Gongkai.Tests.Review.TestProposals;

namespace Gongkai.Tests.Review;

/// <summary>What the confidentiality reviewer does to personal data: resolve findings and mask the text.</summary>
public class ProposalPrivacyResolutionTests
{
    private const string Mobile = "13800138000";

    // ---- Resolve: edge cases first ----

    [Theory]
    [InlineData("editing")]
    [InlineData("rejected")]
    [InlineData("section head step")]
    [InlineData("finance step")]
    [InlineData("leadership step")]
    [InlineData("approved")]
    [InlineData("published")]
    public void Findings_are_resolved_only_at_the_confidentiality_step(string state)
    {
        var proposal = InState(state);
        var revision = proposal.Revision;

        var error = Assert.Throws<InvalidOperationException>(() =>
            proposal.Resolve(ProposalPrivacy.Body, Mobile, FindingKind.Mobile, "办事电话", ConfidentialityId, Decided));

        Assert.Equal("个人信息只能在保密审查步骤中处理。", error.Message);
        Assert.Empty(proposal.PrivacyResolutions);
        Assert.Equal(revision, proposal.Revision);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("\n")]
    [InlineData("\u3000")]
    public void A_finding_kept_needs_a_written_reason(string justification)
    {
        var proposal = AtStep(StaffRole.ConfidentialityReviewer);

        var error = Assert.Throws<InvalidOperationException>(() =>
            proposal.Resolve(ProposalPrivacy.Body, Mobile, FindingKind.Mobile, justification, ConfidentialityId, Decided));

        Assert.Equal("保留个人信息须书面说明理由。", error.Message);
        Assert.Empty(proposal.PrivacyResolutions);
    }

    [Fact]
    public void A_finding_without_a_justification_is_recorded_as_masked()
    {
        var proposal = AtStep(StaffRole.ConfidentialityReviewer);

        proposal.Resolve(ProposalPrivacy.Summary, Mobile, FindingKind.Mobile, null, ConfidentialityId, Decided);

        var resolution = Assert.Single(proposal.PrivacyResolutions);
        Assert.True(resolution.Masked);
        Assert.Null(resolution.Justification);
    }

    [Fact]
    public void A_finding_kept_records_field_text_kind_reason_person_and_time()
    {
        var proposal = AtStep(StaffRole.ConfidentialityReviewer);
        var revision = proposal.Revision;

        proposal.Resolve("附件：名单.xlsx", Mobile, FindingKind.Mobile, "  村委会办公电话，依法公开 ", ConfidentialityId, Later);

        var resolution = Assert.Single(proposal.PrivacyResolutions);
        Assert.Equal("附件：名单.xlsx", resolution.Field);
        Assert.Equal(Mobile, resolution.Text);
        Assert.Equal(FindingKind.Mobile, resolution.Kind);
        Assert.Equal("村委会办公电话，依法公开", resolution.Justification);
        Assert.False(resolution.Masked);
        Assert.Equal(ConfidentialityId, resolution.UserId);
        Assert.Equal(Later, resolution.At);
        Assert.Equal(revision + 1, proposal.Revision);
        Assert.Equal(Later, proposal.UpdatedAt);
    }

    [Fact]
    public void Resolving_is_possible_at_the_confidentiality_step_of_a_financial_plan()
    {
        var proposal = AtStep(StaffRole.ConfidentialityReviewer, financial: true);

        proposal.Resolve(ProposalPrivacy.Body, Mobile, FindingKind.Mobile, null, ConfidentialityId, Decided);

        Assert.Single(proposal.PrivacyResolutions);
    }

    // ---- ReplaceDuringReview ----

    [Theory]
    [InlineData("editing")]
    [InlineData("rejected")]
    [InlineData("section head step")]
    [InlineData("finance step")]
    [InlineData("leadership step")]
    [InlineData("approved")]
    [InlineData("published")]
    public void The_text_is_masked_only_at_the_confidentiality_step(string state)
    {
        var proposal = InState(state);
        var before = (proposal.MetadataJson, proposal.Revision);

        var error = Assert.Throws<InvalidOperationException>(() =>
            proposal.ReplaceDuringReview(proposal.Metadata with { BodyHtml = "<p>138****8000</p>" }, ConfidentialityId, Decided));

        Assert.Equal("只能在保密审查步骤中遮盖个人信息。", error.Message);
        Assert.Equal(before, (proposal.MetadataJson, proposal.Revision));
    }

    [Fact]
    public void Masking_during_review_replaces_the_text_without_making_the_reviewer_an_editor()
    {
        var proposal = AtStep(StaffRole.ConfidentialityReviewer);
        var masked = proposal.Metadata with { BodyHtml = "<p>联系电话 138****8000</p>" };
        var revision = proposal.Revision;

        proposal.ReplaceDuringReview(masked, ConfidentialityId, Later);

        Assert.Equal(masked, proposal.Metadata);
        Assert.DoesNotContain(ConfidentialityId, proposal.Editors);
        Assert.Equal(revision + 1, proposal.Revision);
        Assert.Equal(Later, proposal.UpdatedAt);
        var (userId, _, reach) = Reviewer(StaffRole.ConfidentialityReviewer);
        Assert.Null(proposal.WhyCannotDecide(userId, reach)); // they can still approve
        Assert.Equal(ProposalStatus.InReview, proposal.Status);
        Assert.Equal(StaffRole.ConfidentialityReviewer, proposal.CurrentRole);
    }

    [Fact]
    public void Masking_during_review_refuses_invalid_metadata()
    {
        var proposal = AtStep(StaffRole.ConfidentialityReviewer);
        var before = proposal.MetadataJson;

        var error = Assert.Throws<InvalidOperationException>(() =>
            proposal.ReplaceDuringReview(proposal.Metadata with { Title = " " }, ConfidentialityId, Decided));

        Assert.Equal("请填写标题。", error.Message);
        Assert.Equal(before, proposal.MetadataJson);
    }
}
