using Gongkai.Review;

namespace Gongkai.Shared;

/// <summary>
/// What the review partials (<c>_ReviewDecision</c>, <c>_PrivacyFindings</c>, <c>_ReviewTimeline</c>)
/// show for one proposal, item or guide: its progress, and what the signed-in person may do now.
/// The forms post to the handlers Decide, Mask and Justify of the page they are on.
/// </summary>
public sealed record ReviewPanelView(
    ReviewableProposal Proposal,
    bool CanDecide,
    string? WhyCannotDecide,
    bool AtLastStep,
    bool AtConfidentiality,
    IReadOnlyList<ProposalPrivacy.Located> Findings,
    IReadOnlyList<ProposalPrivacy.Located> Unresolved);
