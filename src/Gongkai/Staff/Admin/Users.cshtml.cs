using Gongkai.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Staff.Admin;

/// <summary>
/// The accounts the signed-in admin administers, with their roles per body, second factor and
/// lockout; filtered by body and role in the query string so a view can be bookmarked.
/// </summary>
public sealed class UsersModel(GongkaiDb db, TimeProvider time) : UserAdminPageModel
{
    public sealed record Row(int Id, string UserName, string DisplayName, bool TwoFactor, DateTimeOffset? LockedUntil, IReadOnlyList<(string Body, string Roles)> Roles);

    [BindProperty(SupportsGet = true, Name = "body")]
    public string? BodyFilter { get; set; }

    [BindProperty(SupportsGet = true, Name = "role")]
    public string? RoleFilter { get; set; }

    public IReadOnlyList<BodyChoice> Bodies { get; private set; } = [];
    public IReadOnlyList<StaffRole> Roles { get; private set; } = [];
    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public bool Filtered => BodyFilter is { Length: > 0 } || RoleFilter is { Length: > 0 };

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        PageTitle = "用户和角色";
        Bodies = await Scope.BodyChoicesAsync(db, ct);
        Roles = Scope.GrantableRoles;
        int? bodyId = null;
        if (BodyFilter is { Length: > 0 })
        {
            if (!int.TryParse(BodyFilter, out var id))
            {
                ModelState.AddModelError("body", "所选机构无效，请从列表中选择。");
            }
            else if (Bodies.All(b => b.Id != id))
            {
                return NotFound(); // not a body this admin administers (or none at all)
            }
            else
            {
                bodyId = id;
            }
        }
        StaffRole? role = null;
        if (RoleFilter is { Length: > 0 })
        {
            role = Roles.Cast<StaffRole?>().FirstOrDefault(r => r!.Value.Code() == RoleFilter);
            if (role is null)
            {
                ModelState.AddModelError("role", "所选角色无效，请从列表中选择。");
            }
        }
        if (!ModelState.IsValid)
        {
            return Invalid();
        }

        var grants = Scope.Grants(db);
        if (bodyId is not null)
        {
            grants = grants.Where(g => g.BodyId == bodyId);
        }
        if (role is not null)
        {
            grants = grants.Where(g => g.Role == role);
        }
        var ids = grants.Select(g => g.UserId);
        var users = Scope.IsPlatformAdmin && !Filtered ? db.Users : db.Users.Where(u => ids.Contains(u.Id));
        var found = await users.AsNoTracking().OrderBy(u => u.UserName)
            .Select(u => new
            {
                u.Id,
                u.UserName,
                u.DisplayName,
                u.TwoFactorEnabled,
                u.LockoutEnd,
                Grants = u.Grants.OrderBy(g => g.BodyId).ThenBy(g => g.Role).Select(g => new { g.Role, Body = g.Body == null ? null : g.Body.Name }).ToList(),
            })
            .ToListAsync(ct);
        var now = time.GetUtcNow();
        Rows = found.Select(u => new Row(u.Id, u.UserName ?? "", u.DisplayName, u.TwoFactorEnabled, u.LockoutEnd > now ? u.LockoutEnd : null,
            u.Grants.GroupBy(g => g.Body ?? "全平台").Select(g => (g.Key, string.Join("、", g.Select(x => x.Role.Chinese())))).ToList())).ToList();
        return Page();
    }
}
