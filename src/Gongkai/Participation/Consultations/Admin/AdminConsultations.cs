using Gongkai.Data;
using Gongkai.Staff;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Participation.Consultations.Admin;

/// <summary>
/// Consultations as staff may see and run them, applied in every query: section heads, leaders, the
/// disclosure-office head and body admins prepare them; a leader or the office head puts them out
/// and publishes the account of adoption; supervisors of the body or a body above read them.
/// </summary>
public sealed class AdminConsultations(GongkaiDb db, StaffAccess access)
{
    public static readonly StaffRole[] PreparingRoles = [StaffRole.SectionHead, StaffRole.LeadershipApprover, StaffRole.DisclosureOfficeHead, StaffRole.BodyAdmin];
    public static readonly StaffRole[] PublishingRoles = [StaffRole.LeadershipApprover, StaffRole.DisclosureOfficeHead];

    public async Task<IReadOnlySet<int>> ReadableBodiesAsync(CancellationToken ct = default) =>
        (await access.ReachAsync(ct)).BodiesWith([.. PreparingRoles, StaffRole.Supervisor]);

    public async Task<IReadOnlySet<int>> PreparableBodiesAsync(CancellationToken ct = default) =>
        (await access.ReachAsync(ct)).BodiesWith(PreparingRoles);

    public async Task<bool> CanPrepareAsync(int bodyId, CancellationToken ct = default) => (await PreparableBodiesAsync(ct)).Contains(bodyId);

    public async Task<bool> CanPublishAsync(int bodyId, CancellationToken ct = default) =>
        (await access.ReachAsync(ct)).BodiesWith(PublishingRoles).Contains(bodyId);

    public async Task<IQueryable<Consultation>> QueryAsync(CancellationToken ct = default)
    {
        var bodies = (await ReadableBodiesAsync(ct)).ToList();
        return db.Consultations.Where(c => bodies.Contains(c.BodyId));
    }

    /// <summary>The consultation with its body, or null when it does not exist or lies outside the person's bodies.</summary>
    public async Task<Consultation?> FindAsync(int id, CancellationToken ct = default) =>
        await (await QueryAsync(ct)).Include(c => c.Body).FirstOrDefaultAsync(c => c.Id == id, ct);
}
