using Gongkai.BackOffice;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Gongkai.Staff.Account;

/// <summary>Signs out of this browser (POST only, so a link elsewhere cannot sign anyone out).</summary>
[AllowAnonymous]
public sealed class SignOutModel(SignInManager<StaffUser> signIn) : StaffPageModel
{
    public IActionResult OnGet() => Redirect("/account/signin");

    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        return Redirect("/");
    }
}
