using Gongkai.Items;
using Gongkai.Review;
using Gongkai.Staff;
using Gongkai.Tests.Items;

namespace Gongkai.Tests.Review;

/// <summary>
/// Builders for proposals in every state, and the people who act on them. Bodies form a small
/// tree: the county (3) over our body (7) and a sibling (8), and a section under our body (9).
/// Items built in memory have body id 0, so the builders give the body and the item's foreign
/// key the id explicitly: <see cref="StaffReach.Has"/> compares ids.
/// </summary>
internal static class TestProposals
{
    public const int CountyId = 3;
    public const int BodyId = 7;
    public const int SiblingId = 8;
    public const int SectionId = 9;

    public const int DrafterId = 101;
    public const int SecondDrafterId = 102;
    public const int SectionHeadId = 201;
    public const int ConfidentialityId = 202;
    public const int FinanceId = 203;
    public const int LeaderId = 204;

    public static readonly DateTimeOffset Opened = new(2025, 3, 1, 2, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset Edited = new(2025, 3, 1, 3, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset Submitted = new(2025, 3, 2, 2, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset Decided = new(2025, 3, 3, 2, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset Later = new(2025, 3, 10, 2, 0, 0, TimeSpan.Zero);

    public static readonly (int Id, int? ParentId)[] Bodies =
        [(CountyId, null), (BodyId, CountyId), (SiblingId, CountyId), (SectionId, BodyId)];

    public static StaffReach Reach(params (StaffRole Role, int? BodyId)[] grants) => new(grants, Bodies);

    /// <summary>The person who reviews a step in our body, and their reach.</summary>
    public static (int UserId, string Name, StaffReach Reach) Reviewer(StaffRole role) => role switch
    {
        StaffRole.SectionHead => (SectionHeadId, "科室负责人甲", Reach((role, BodyId))),
        StaffRole.ConfidentialityReviewer => (ConfidentialityId, "保密审查员乙", Reach((role, BodyId))),
        StaffRole.FinanceAuditor => (FinanceId, "审计理财丙", Reach((role, BodyId))),
        StaffRole.LeadershipApprover => (LeaderId, "领导丁", Reach((role, BodyId))),
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, "not a reviewer role"),
    };

    public static ItemMetadata Metadata(string title = "关于做好残疾人证办理工作的通知") => TestItems.Metadata(title);

    public static DisclosureItem DraftItem()
    {
        var body = TestItems.Body().WithId(BodyId);
        return TestItems.Draft(body).WithKey(nameof(DisclosureItem.BodyId), BodyId);
    }

    public static DisclosureItem PublishedItem()
    {
        var body = TestItems.Body().WithId(BodyId);
        return TestItems.PublishedItem(body).WithKey(nameof(DisclosureItem.BodyId), BodyId);
    }

    public static Proposal NewItem() => Proposal.ForNewItem(DraftItem(), DrafterId, Opened);

    public static Proposal Revision(string title = "关于做好残疾人证办理工作的通知（修订）", string note = "更正办理地址") =>
        Proposal.ForRevision(PublishedItem(), Metadata(title), note, DrafterId, Opened);

    public static Proposal InReview(bool financial = false, Proposal? proposal = null)
    {
        proposal ??= NewItem();
        proposal.Submit(ReviewPlan.Default(financial), Submitted);
        return proposal;
    }

    /// <summary>A proposal in review whose current step is <paramref name="role"/>, every earlier step approved.</summary>
    public static Proposal AtStep(StaffRole role, bool financial = false, Proposal? proposal = null)
    {
        proposal = InReview(financial, proposal);
        while (proposal.CurrentRole != role)
        {
            if (proposal.CurrentRole is null)
            {
                throw new InvalidOperationException($"the plan has no {role} step");
            }
            Approve(proposal);
        }
        return proposal;
    }

    public static Proposal Approved(bool financial = false, Proposal? proposal = null)
    {
        proposal = InReview(financial, proposal);
        while (proposal.Status == ProposalStatus.InReview)
        {
            Approve(proposal);
        }
        return proposal;
    }

    public static Proposal Published(Proposal? proposal = null)
    {
        proposal = Approved(proposal: proposal);
        proposal.PublishTo(TestItems.Index(), Decided);
        return proposal;
    }

    /// <summary>Returned for editing by the section head.</summary>
    public static Proposal Rejected()
    {
        var proposal = InReview();
        Decide(proposal, approve: false, "请补充办理地址。");
        return proposal;
    }

    public static void Approve(Proposal proposal, DateTimeOffset? at = null) => Decide(proposal, approve: true, "同意。", at);

    /// <summary>The current step decided by its reviewer, with no unresolved findings.</summary>
    public static void Decide(Proposal proposal, bool approve, string opinion, DateTimeOffset? at = null)
    {
        var role = proposal.CurrentRole ?? throw new InvalidOperationException("not in review");
        var (userId, name, reach) = Reviewer(role);
        proposal.Decide(proposal.Ticket, approve, opinion, userId, name, reach, unresolvedFindings: 0, at ?? Decided);
    }

    /// <summary>A proposal in a named state, for tables of states.</summary>
    public static Proposal InState(string state) => state switch
    {
        "editing" => NewItem(),
        "rejected" => Rejected(),
        "section head step" => AtStep(StaffRole.SectionHead),
        "confidentiality step" => AtStep(StaffRole.ConfidentialityReviewer),
        "finance step" => AtStep(StaffRole.FinanceAuditor, financial: true),
        "leadership step" => AtStep(StaffRole.LeadershipApprover),
        "approved" => Approved(),
        "published" => Published(),
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, null),
    };
}
