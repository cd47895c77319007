using System.Security.Claims;
using Gongkai.Data;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Staff;

/// <summary>
/// The signed-in person's reach for this request, read from the database (not from the cookie),
/// so a role taken away stops working at once. Pages filter their queries with it.
/// </summary>
public sealed class StaffAccess(GongkaiDb db, IHttpContextAccessor http)
{
    private StaffReach? _reach;

    public int? UserId => int.TryParse(http.HttpContext?.User.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    public async Task<StaffReach> ReachAsync(CancellationToken ct = default) => _reach ??= await LoadAsync(db, UserId, ct);

    public static async Task<StaffReach> LoadAsync(GongkaiDb db, int? userId, CancellationToken ct)
    {
        if (userId is null)
        {
            return new StaffReach([], []);
        }
        var grants = await db.RoleGrants.AsNoTracking().Where(g => g.UserId == userId).Select(g => new { g.Role, g.BodyId }).ToListAsync(ct);
        var bodies = await db.Bodies.AsNoTracking().Select(b => new { b.Id, b.ParentId }).ToListAsync(ct);
        return new StaffReach(grants.Select(g => (g.Role, g.BodyId)), bodies.Select(b => (b.Id, b.ParentId)));
    }
}
