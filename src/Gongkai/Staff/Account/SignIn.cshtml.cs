using System.ComponentModel.DataAnnotations;
using Gongkai.BackOffice;
using Gongkai.Portal;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Gongkai.Staff.Account;

/// <summary>Staff sign in with user name and password; a second factor follows when set up.</summary>
[AllowAnonymous]
public sealed class SignInModel(SignInManager<StaffUser> signIn, IOptions<IdentityOptions> identity, PortalSettings portal, StaffSettings staff) : StaffPageModel
{
    public sealed class InputModel
    {
        [Required(ErrorMessage = "请填写用户名。")]
        [StringLength(256)]
        [Display(Name = "用户名")]
        public string UserName { get; set; } = "";

        [Required(ErrorMessage = "请填写密码。")]
        [StringLength(256)]
        [DataType(DataType.Password)]
        [Display(Name = "密码")]
        public string Password { get; set; } = "";
    }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public string? Problem { get; private set; }
    public bool DemoMode => portal.DemoMode;
    public bool TwoFactorRelaxed => !staff.RequireTwoFactor;

    public void OnGet() => PageTitle = "工作人员登录";

    public async Task<IActionResult> OnPostAsync(string? returnUrl)
    {
        PageTitle = "工作人员登录";
        if (!ModelState.IsValid)
        {
            return Invalid();
        }
        var result = await signIn.PasswordSignInAsync(Input.UserName.Trim(), Input.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return LocalRedirect(Safe(returnUrl));
        }
        if (result.RequiresTwoFactor)
        {
            return RedirectToPage("SignInCode", new { returnUrl = Safe(returnUrl) });
        }
        // The same words for an unknown user name and a wrong password: the page does not tell which names exist.
        Problem = result.IsLockedOut
            ? ChineseIdentityErrors.LockedOut(identity.Value.Lockout.DefaultLockoutTimeSpan)
            : "用户名或密码不正确。";
        Input.Password = "";
        return Invalid();
    }

    public static string Safe(string? returnUrl) =>
        returnUrl is { Length: > 0 } r && r.StartsWith('/') && !r.StartsWith("//", StringComparison.Ordinal) && !r.Contains('\\', StringComparison.Ordinal) ? r : "/admin";
}
