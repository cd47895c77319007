using Gongkai.Data;
using Gongkai.Staff;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Applications.Admin;

/// <summary>
/// Applications as staff may see them: applicant data is for the body's application handlers and
/// disclosure-office head, and for supervisors of the body or a body above it — nobody else, not even
/// platform admins. Applied in every query; anything outside answers 404.
/// </summary>
public sealed class AdminApplications(GongkaiDb db, StaffAccess access)
{
    public static readonly StaffRole[] ReadingRoles = [StaffRole.ApplicationHandler, StaffRole.DisclosureOfficeHead, StaffRole.Supervisor];

    /// <summary>The bodies whose applications the signed-in person may read.</summary>
    public async Task<IReadOnlySet<int>> BodiesAsync(CancellationToken ct = default) =>
        (await access.ReachAsync(ct)).BodiesWith(ReadingRoles);

    public async Task<IQueryable<DisclosureApplication>> QueryAsync(CancellationToken ct = default)
    {
        var bodies = (await BodiesAsync(ct)).ToList();
        return db.Applications.Where(a => bodies.Contains(a.BodyId));
    }

    /// <summary>The application with its body and events, or null when it does not exist or lies outside the person's bodies.</summary>
    public async Task<DisclosureApplication?> FindAsync(int id, CancellationToken ct = default) =>
        await (await QueryAsync(ct)).Include(a => a.Body).FirstOrDefaultAsync(a => a.Id == id, ct);

    /// <summary>Whether the person may act on (not only read) applications of the body: handlers and the office head.</summary>
    public async Task<bool> CanHandleAsync(int bodyId, CancellationToken ct = default)
    {
        var reach = await access.ReachAsync(ct);
        return reach.Has(StaffRole.ApplicationHandler, bodyId) || reach.Has(StaffRole.DisclosureOfficeHead, bodyId);
    }

    public async Task<bool> IsOfficeHeadAsync(int bodyId, CancellationToken ct = default) =>
        (await access.ReachAsync(ct)).Has(StaffRole.DisclosureOfficeHead, bodyId);
}
