using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Gongkai.BackOffice;
using Gongkai.Portal;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Gongkai.Staff.Account;

/// <summary>Sets up TOTP two-factor sign-in: shows the key for an authenticator app and checks a first code.</summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class TwoFactorModel(UserManager<StaffUser> users, SignInManager<StaffUser> signIn, PortalSettings portal) : StaffPageModel
{
    [BindProperty]
    [Required(ErrorMessage = "请填写身份验证器显示的 6 位数字。")]
    [RegularExpression(@"^\s*\d{3}\s?\d{3}\s*$", ErrorMessage = "动态验证码是 6 位数字。")]
    [Display(Name = "动态验证码")]
    public string Code { get; set; } = "";

    public string SharedKey { get; private set; } = "";
    public string AuthenticatorUri { get; private set; } = "";
    public bool Enabled { get; private set; }
    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : Challenge();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await LoadAsync())
        {
            return Challenge();
        }
        if (!ModelState.IsValid)
        {
            return Invalid();
        }
        var user = (await users.GetUserAsync(User))!;
        var code = Code.Replace(" ", "", StringComparison.Ordinal).Trim();
        if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            Problem = "动态验证码不正确：请确认手机时间准确，并输入当前显示的 6 位数字。";
            return Invalid();
        }
        await users.SetTwoFactorEnabledAsync(user, true);
        await signIn.RefreshSignInAsync(user);
        Flash = "已开启双因素认证。今后登录时需要输入动态验证码。";
        return Redirect("/admin");
    }

    private async Task<bool> LoadAsync()
    {
        PageTitle = "设置双因素认证";
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return false;
        }
        Enabled = user.TwoFactorEnabled;
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user) ?? "";
        }
        SharedKey = string.Join(' ', key.ToLowerInvariant().Chunk(4).Select(c => new string(c)));
        var issuer = Uri.EscapeDataString(portal.PlatformName);
        AuthenticatorUri = string.Create(CultureInfo.InvariantCulture, $"otpauth://totp/{issuer}:{Uri.EscapeDataString(user.UserName!)}?secret={key}&issuer={issuer}&digits=6");
        return true;
    }
}
