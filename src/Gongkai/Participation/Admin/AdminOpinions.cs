using Gongkai.Data;
using Gongkai.Staff;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Participation.Admin;

/// <summary>
/// Opinions as staff may see them. A body's opinions are read by its body admin, disclosure-office
/// head, leadership and section heads, and by supervisors of the body or a body above it; handled
/// (assigned, answered, rectified, moderated) by the body admin, office head and section heads;
/// public answers approved by leadership or the office head; rectification verified by a supervisor.
/// Applied in every query; anything outside answers 404.
/// </summary>
public sealed class AdminOpinions(GongkaiDb db, StaffAccess access)
{
    public static readonly StaffRole[] ReadingRoles = [StaffRole.BodyAdmin, StaffRole.DisclosureOfficeHead, StaffRole.LeadershipApprover, StaffRole.SectionHead, StaffRole.Supervisor];
    public static readonly StaffRole[] HandlingRoles = [StaffRole.BodyAdmin, StaffRole.DisclosureOfficeHead, StaffRole.SectionHead];
    public static readonly StaffRole[] ApprovingRoles = [StaffRole.LeadershipApprover, StaffRole.DisclosureOfficeHead];

    /// <summary>The bodies whose opinions the signed-in person may read.</summary>
    public async Task<IReadOnlySet<int>> BodiesAsync(CancellationToken ct = default) =>
        (await access.ReachAsync(ct)).BodiesWith(ReadingRoles);

    /// <summary>The bodies whose opinions the signed-in person may handle.</summary>
    public async Task<IReadOnlySet<int>> HandledBodiesAsync(CancellationToken ct = default) =>
        (await access.ReachAsync(ct)).BodiesWith(HandlingRoles);

    /// <summary>The bodies whose public answers the person may approve.</summary>
    public async Task<IReadOnlySet<int>> ApprovedBodiesAsync(CancellationToken ct = default) =>
        (await access.ReachAsync(ct)).BodiesWith(ApprovingRoles);

    /// <summary>The bodies whose rectification the person may verify: a supervisor's body and those below it.</summary>
    public async Task<IReadOnlySet<int>> SupervisedBodiesAsync(CancellationToken ct = default) =>
        (await access.ReachAsync(ct)).BodiesWith(StaffRole.Supervisor);

    public async Task<IQueryable<Opinion>> QueryAsync(CancellationToken ct = default)
    {
        var bodies = (await BodiesAsync(ct)).ToList();
        return db.Opinions.Where(o => bodies.Contains(o.BodyId));
    }

    /// <summary>The opinion with its body, tasks and events, or null when it does not exist or lies outside the person's bodies.</summary>
    public async Task<Opinion?> FindAsync(int id, CancellationToken ct = default) =>
        await (await QueryAsync(ct)).Include(o => o.Body).AsSplitQuery().FirstOrDefaultAsync(o => o.Id == id, ct);

    public async Task<bool> CanHandleAsync(int bodyId, CancellationToken ct = default) =>
        (await HandledBodiesAsync(ct)).Contains(bodyId);

    public async Task<bool> MayApproveAsync(int bodyId, CancellationToken ct = default) =>
        (await ApprovedBodiesAsync(ct)).Contains(bodyId);

    public async Task<bool> IsSupervisorAsync(int bodyId, CancellationToken ct = default) =>
        (await SupervisedBodiesAsync(ct)).Contains(bodyId);

    /// <summary>Whom an opinion of the body may be assigned to: every staff member with a grant at the body.</summary>
    public async Task<IReadOnlyList<(int Id, string Name)>> HandlersAsync(int bodyId, CancellationToken ct = default)
    {
        var users = await db.RoleGrants.AsNoTracking().Where(g => g.BodyId == bodyId)
            .Join(db.Users, g => g.UserId, u => u.Id, (g, u) => new { u.Id, u.DisplayName })
            .Distinct().ToListAsync(ct);
        return [.. users.OrderBy(u => u.Id).Select(u => (u.Id, u.DisplayName))];
    }
}
