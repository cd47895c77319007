using System.ComponentModel.DataAnnotations;
using Gongkai.BackOffice;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Gongkai.Staff.Account;

/// <summary>The second step of signing in: the 6-digit code from the authenticator app.</summary>
[AllowAnonymous]
public sealed class SignInCodeModel(SignInManager<StaffUser> signIn, IOptions<IdentityOptions> identity) : StaffPageModel
{
    [BindProperty]
    [Required(ErrorMessage = "请填写 6 位动态验证码。")]
    [RegularExpression(@"^\s*\d{3}\s?\d{3}\s*$", ErrorMessage = "动态验证码是 6 位数字。")]
    [Display(Name = "动态验证码")]
    public string Code { get; set; } = "";

    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        PageTitle = "输入动态验证码";
        return await signIn.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("SignIn") : Page();
    }

    public async Task<IActionResult> OnPostAsync(string? returnUrl)
    {
        PageTitle = "输入动态验证码";
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is null)
        {
            return RedirectToPage("SignIn");
        }
        if (!ModelState.IsValid)
        {
            return Invalid();
        }
        var result = await signIn.TwoFactorAuthenticatorSignInAsync(Code.Replace(" ", "", StringComparison.Ordinal).Trim(), isPersistent: false, rememberClient: false);
        if (result.Succeeded)
        {
            return LocalRedirect(SignInModel.Safe(returnUrl));
        }
        Problem = result.IsLockedOut ? ChineseIdentityErrors.LockedOut(identity.Value.Lockout.DefaultLockoutTimeSpan) : "动态验证码不正确或已过期。";
        return Invalid();
    }
}
