using System.ComponentModel.DataAnnotations;
using Gongkai.BackOffice;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Staff.Account;

/// <summary>My account: roles, password change, two-factor status, and signing out everywhere.</summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class MyAccountModel(UserManager<StaffUser> users, SignInManager<StaffUser> signIn, Data.GongkaiDb db) : StaffPageModel
{
    public sealed class PasswordInput
    {
        [Required(ErrorMessage = "请填写当前密码。")]
        [DataType(DataType.Password)]
        public string Current { get; set; } = "";

        [Required(ErrorMessage = "请填写新密码。")]
        [DataType(DataType.Password)]
        public string New { get; set; } = "";

        [Required(ErrorMessage = "请再次输入新密码。")]
        [DataType(DataType.Password)]
        [Compare(nameof(New), ErrorMessage = "两次输入的新密码不一致。")]
        public string Confirm { get; set; } = "";
    }

    [BindProperty]
    public PasswordInput Password { get; set; } = new();

    public StaffUser Me { get; private set; } = null!;
    public IReadOnlyList<(StaffRole Role, string? Body)> Grants { get; private set; } = [];
    public IReadOnlyList<string> Problems { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : Challenge();

    public async Task<IActionResult> OnPostPasswordAsync()
    {
        if (!await LoadAsync())
        {
            return Challenge();
        }
        if (!ModelState.IsValid)
        {
            Problems = ModelState.Values.SelectMany(v => v.Errors).Select(e => e.ErrorMessage).ToList();
            return Invalid();
        }
        db.AuditAs("修改密码", Me.UserName);
        // Changes the security stamp too: every other signed-in browser is signed out at its next request.
        var result = await users.ChangePasswordAsync(Me, Password.Current, Password.New);
        if (!result.Succeeded)
        {
            Problems = result.Errors.Select(e => e.Code == nameof(IdentityErrorDescriber.PasswordMismatch) ? "当前密码不正确。" : e.Description).ToList();
            return Invalid();
        }
        await signIn.RefreshSignInAsync(Me);
        Flash = "密码已修改。";
        return RedirectToPage();
    }

    /// <summary>Changes the security stamp: every other signed-in browser is signed out at its next request.</summary>
    public async Task<IActionResult> OnPostSignOutEverywhereAsync()
    {
        if (!await LoadAsync())
        {
            return Challenge();
        }
        await users.UpdateSecurityStampAsync(Me);
        await signIn.SignOutAsync();
        return Redirect("/account/signin");
    }

    private async Task<bool> LoadAsync()
    {
        PageTitle = "我的账号";
        var me = await users.GetUserAsync(User);
        if (me is null)
        {
            return false;
        }
        Me = me;
        var grants = await db.RoleGrants.Where(g => g.UserId == me.Id).OrderBy(g => g.BodyId).ThenBy(g => g.Role)
            .Select(g => new { g.Role, Body = g.Body == null ? null : g.Body.Name }).ToListAsync();
        Grants = grants.Select(g => (g.Role, g.Body)).ToList();
        return true;
    }
}
