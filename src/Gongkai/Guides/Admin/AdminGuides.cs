using Gongkai.Bodies;
using Gongkai.Data;
using Gongkai.Review;
using Gongkai.Staff;
using Gongkai.Text;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Guides.Admin;

/// <summary>Loads bodies' guides for the back office, limited to the bodies the signed-in person holds a role in.</summary>
public sealed class AdminGuides(GongkaiDb db, StaffAccess access)
{
    /// <summary>The body, or null when it does not exist or lies outside the person's bodies (both answer 404).</summary>
    public async Task<Body?> FindBodyAsync(int bodyId, CancellationToken ct = default)
    {
        var bodies = (await access.ReachAsync(ct)).MemberOf.ToList();
        return await db.Bodies.AsNoTracking().FirstOrDefaultAsync(b => b.Id == bodyId && bodies.Contains(b.Id), ct);
    }

    /// <summary>The guide text still on its way (editing, in review or approved), if any.</summary>
    public Task<GuideProposal?> OpenProposalAsync(int bodyId, CancellationToken ct = default) =>
        db.GuideProposals.Include(p => p.Decisions).Include(p => p.PrivacyResolutions)
            .Where(p => p.BodyId == bodyId && p.Status != ProposalStatus.Published)
            .OrderByDescending(p => p.Id).AsSplitQuery().FirstOrDefaultAsync(ct);

    /// <summary>The version the public sees now.</summary>
    public Task<GuideVersion?> CurrentAsync(int bodyId, CancellationToken ct = default) =>
        db.GuideVersions.AsNoTracking().Where(g => g.BodyId == bodyId).OrderByDescending(g => g.Number).FirstOrDefaultAsync(ct);

    /// <summary>Where a guide text stands, in a few words.</summary>
    public static string Describe(GuideProposal proposal) => proposal.Status switch
    {
        ProposalStatus.Editing => proposal.Decisions.Count > 0 ? "退回修改" : "编辑中",
        ProposalStatus.InReview => $"待{proposal.CurrentRole?.Chinese()}审核（第 {proposal.CurrentStep + 1}/{proposal.ReviewPlan.Steps.Count} 步）",
        ProposalStatus.Approved => $"已审批，定于 {proposal.PublishAt?.ToChina().ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture)} 发布",
        _ => "已发布",
    };
}
