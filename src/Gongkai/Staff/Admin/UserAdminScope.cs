using Gongkai.BackOffice;
using Gongkai.Data;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Staff.Admin;

/// <summary>
/// Whose accounts the signed-in person may administer: everyone for a platform admin; for a body
/// admin, the people holding a role in a body within their reach (the body and every body below it).
/// </summary>
public sealed class UserAdminScope(StaffReach reach)
{
    private readonly int[] _bodies = [.. reach.BodiesWith(StaffRole.BodyAdmin)];

    public bool IsPlatformAdmin => reach.IsPlatformAdmin;

    /// <summary>False for everyone who is neither platform admin nor body admin anywhere: they get 403.</summary>
    public bool MayAdministerAnyone => IsPlatformAdmin || _bodies.Length > 0;

    /// <summary>Whether grants in <paramref name="bodyId"/> (null: platform admin, which has no body) are this person's to give and take.</summary>
    public bool Covers(int? bodyId) => IsPlatformAdmin || (bodyId is { } id && _bodies.Contains(id));

    public IReadOnlyList<StaffRole> GrantableRoles =>
        [.. Enum.GetValues<StaffRole>().Where(r => IsPlatformAdmin || r != StaffRole.PlatformAdmin)];

    /// <summary>The grants this person administers; filter further and select the user ids.</summary>
    public IQueryable<RoleGrant> Grants(GongkaiDb db) =>
        IsPlatformAdmin ? db.RoleGrants : db.RoleGrants.Where(g => g.BodyId != null && _bodies.Contains(g.BodyId.Value));

    /// <summary>The accounts this person may see; anyone else is answered with 404.</summary>
    public IQueryable<StaffUser> Users(GongkaiDb db)
    {
        if (IsPlatformAdmin)
        {
            return db.Users;
        }
        var ids = Grants(db).Select(g => g.UserId);
        return db.Users.Where(u => ids.Contains(u.Id));
    }

    /// <summary>
    /// Password, second factor and lockout belong to the whole account, so a body admin may reset
    /// them only for people whose every role lies within their reach (never a platform admin's):
    /// otherwise a school's admin could take over a county officer's account.
    /// </summary>
    public bool MayManageAccount(IEnumerable<(StaffRole Role, int? BodyId)> grantsOfUser) =>
        IsPlatformAdmin || grantsOfUser.All(g => g.Role != StaffRole.PlatformAdmin && Covers(g.BodyId));

    /// <summary>The bodies this person may pick in a form, in tree order, indented by depth.</summary>
    public Task<IReadOnlyList<BodyChoice>> BodyChoicesAsync(GongkaiDb db, CancellationToken ct) => BodyChoice.InTreeOrderAsync(db, id => Covers(id), ct);
}

/// <summary>A body as an option of a select: indented with full-width spaces, which HTML does not collapse.</summary>
public sealed record BodyChoice(int Id, string Name, int Depth)
{
    public string Label => new string('\u3000', Depth) + Name;

    /// <summary>The bodies for which <paramref name="include"/> holds, in tree order, indented from the shallowest of them.</summary>
    public static async Task<IReadOnlyList<BodyChoice>> InTreeOrderAsync(GongkaiDb db, Func<int, bool> include, CancellationToken ct)
    {
        var all = await db.Bodies.AsNoTracking().OrderBy(b => b.SortOrder).ThenBy(b => b.Name)
            .Select(b => new { b.Id, b.ParentId, b.Name }).ToListAsync(ct);
        var ids = all.Select(b => b.Id).ToHashSet();
        var children = all.Where(b => b.ParentId is not null).ToLookup(b => b.ParentId!.Value);
        var choices = new List<BodyChoice>();
        var seen = new HashSet<int>();
        void Visit(int id, string name, int depth)
        {
            if (!seen.Add(id))
            {
                return; // a cycle: stop
            }
            if (include(id))
            {
                choices.Add(new BodyChoice(id, name, depth));
            }
            foreach (var child in children[id])
            {
                Visit(child.Id, child.Name, depth + 1);
            }
        }
        foreach (var root in all.Where(b => b.ParentId is not { } p || !ids.Contains(p)))
        {
            Visit(root.Id, root.Name, 0);
        }
        // A body admin's bodies start at their own body, not at the top of the whole tree.
        var top = choices.Count > 0 ? choices.Min(c => c.Depth) : 0;
        return [.. choices.Select(c => c with { Depth = c.Depth - top })];
    }
}

/// <summary>
/// Base of the user administration pages: platform admins and body admins only (403 for anyone
/// else, before any handler runs); <see cref="Scope"/> then limits what each handler may touch.
/// </summary>
public abstract class UserAdminPageModel : AdminPageModel
{
    protected UserAdminScope Scope { get; private set; } = null!;

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        Scope = new UserAdminScope(await Access.ReachAsync(HttpContext.RequestAborted));
        if (!Scope.MayAdministerAnyone)
        {
            context.Result = Forbid();
            return;
        }
        await next();
    }

    /// <summary>How a grant is named in messages and audit notes: 示范市残联 · 信息员, or 平台管理员.</summary>
    public static string Describe(StaffRole role, string? bodyName) => bodyName is null ? role.Chinese() : $"{bodyName} · {role.Chinese()}";

    /// <summary>
    /// Reads the role (by its code) and body of a grant from a form. Problems a person can fix are
    /// added to <paramref name="state"/> under <paramref name="prefix"/>; <paramref name="forbidden"/>
    /// is set when this admin may not give the grant at all (platform admin, or a body outside
    /// their reach), which the caller answers with 403.
    /// </summary>
    protected (StaffRole Role, BodyChoice? Body)? ReadGrant(ModelStateDictionary state, string prefix, string? roleCode, string? bodyText,
        IReadOnlyList<BodyChoice> choices, out bool forbidden)
    {
        forbidden = false;
        var role = Enum.GetValues<StaffRole>().Cast<StaffRole?>().FirstOrDefault(r => r!.Value.Code() == roleCode);
        if (role is null)
        {
            state.AddModelError($"{prefix}.Role", "请选择角色。");
        }
        else if (role == StaffRole.PlatformAdmin && !Scope.IsPlatformAdmin)
        {
            forbidden = true;
            return null;
        }
        BodyChoice? body = null;
        if (string.IsNullOrEmpty(bodyText))
        {
            if (role is not null and not StaffRole.PlatformAdmin)
            {
                state.AddModelError($"{prefix}.BodyId", "请选择机构。");
            }
        }
        else if (!int.TryParse(bodyText, out var id))
        {
            state.AddModelError($"{prefix}.BodyId", "所选机构无效，请从列表中选择。");
        }
        else if ((body = choices.FirstOrDefault(c => c.Id == id)) is null)
        {
            if (!Scope.IsPlatformAdmin)
            {
                forbidden = true;
                return null;
            }
            state.AddModelError($"{prefix}.BodyId", "所选机构不存在。");
        }
        else if (role == StaffRole.PlatformAdmin)
        {
            state.AddModelError($"{prefix}.BodyId", "平台管理员不属于某个机构，请不要选择机构。");
        }
        return state.IsValid && role is not null ? (role.Value, body) : null;
    }
}
