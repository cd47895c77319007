using System.ComponentModel.DataAnnotations;
using Gongkai.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Staff.Admin;

/// <summary>
/// Confirms and revokes one role grant. Nobody may revoke their own last admin grant (they would
/// lock themselves out of user administration); another admin must do it.
/// </summary>
public sealed class RevokeGrantModel(GongkaiDb db, UserManager<StaffUser> users, SignInManager<StaffUser> signIn) : UserAdminPageModel
{
    [BindProperty]
    [StringLength(500, ErrorMessage = "说明最多 {1} 个字符。")]
    public string? Reason { get; set; }

    public StaffUser Person { get; private set; } = null!;
    public RoleGrant Grant { get; private set; } = null!;
    public string Described => Describe(Grant.Role, Grant.Body?.Name);

    /// <summary>Why this grant may not be revoked by this person, or null.</summary>
    public string? Refusal { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, int grantId, CancellationToken ct) => await LoadAsync(id, grantId, ct) ?? Page();

    public async Task<IActionResult> OnPostAsync(int id, int grantId, CancellationToken ct)
    {
        if (await LoadAsync(id, grantId, ct) is { } failed)
        {
            return failed;
        }
        if (Refusal is not null)
        {
            ModelState.AddModelError("", Refusal);
        }
        if (!ModelState.IsValid)
        {
            return Invalid();
        }
        var described = Described;
        db.RoleGrants.Remove(Grant);
        db.AuditAs("撤销角色", $"{Person.UserName}：{described}" + (string.IsNullOrWhiteSpace(Reason) ? "" : $"。说明：{Reason.Trim()}"));
        // Saves the removal together with a new security stamp, so the person's sign-ins are rebuilt.
        var result = await users.UpdateSecurityStampAsync(Person);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("撤销角色失败：" + string.Join(" ", result.Errors.Select(e => e.Description)));
        }
        if (Person.Id == CurrentUserId)
        {
            await signIn.RefreshSignInAsync(Person);
        }
        Flash = $"已撤销 {Person.UserName} 的{described}角色。";
        return Redirect($"/admin/users/{Person.Id}");
    }

    /// <summary>Null when the page may go on; otherwise 404 (person or grant outside reach) or 403 (a grant this admin does not administer).</summary>
    private async Task<IActionResult?> LoadAsync(int id, int grantId, CancellationToken ct)
    {
        PageTitle = "撤销角色";
        var person = await Scope.Users(db).Include(u => u.Grants).ThenInclude(g => g.Body).SingleOrDefaultAsync(u => u.Id == id, ct);
        var grant = person?.Grants.FirstOrDefault(g => g.Id == grantId);
        if (person is null || grant is null)
        {
            return NotFound();
        }
        if (!Scope.Covers(grant.BodyId))
        {
            return Forbid();
        }
        (Person, Grant) = (person, grant);
        if (person.Id == CurrentUserId && IsAdmin(grant.Role) && person.Grants.Count(g => IsAdmin(g.Role)) == 1)
        {
            Refusal = "不能撤销您自己的最后一个管理员角色：撤销后您将无法再管理用户。如确需撤销，请由其他管理员办理。";
        }
        return null;
    }

    private static bool IsAdmin(StaffRole role) => role is StaffRole.BodyAdmin or StaffRole.PlatformAdmin;
}
