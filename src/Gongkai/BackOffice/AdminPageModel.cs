using Gongkai.Staff;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.BackOffice;

/// <summary>
/// Base of every back-office page: signed-in staff only (with a second factor where their roles
/// need one). Which bodies the person may act for is read per request from <see cref="StaffAccess"/>
/// and applied in each page's queries.
/// </summary>
[Authorize(Policy = Policies.Staff)]
public abstract class AdminPageModel : StaffPageModel;

/// <summary>
/// What back-office pages share, without an authorization policy of its own: the account pages
/// (sign-in, second-factor set-up) derive from it directly and state their own policy.
/// </summary>
public abstract class StaffPageModel : PageModel
{
    public string PageTitle { get; protected set; } = "";

    /// <summary>A one-line confirmation shown after a redirect (post/redirect/get).</summary>
    [TempData]
    public string? Flash { get; set; }

    protected StaffAccess Access => HttpContext.RequestServices.GetRequiredService<StaffAccess>();

    protected int CurrentUserId => Access.UserId ?? throw new InvalidOperationException("未登录。");

    /// <summary>Re-renders the form with status 400, keeping what was typed.</summary>
    protected PageResult Invalid()
    {
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
