using Gongkai.Bodies;
using Gongkai.Visibility;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Portal;

/// <summary>A link in the breadcrumb trail; the last one is the current page and has no link.</summary>
public sealed record Crumb(string Text, string? Href = null);

/// <summary>
/// Base of every public page: the body the page belongs to (shown in the header), the
/// breadcrumb, the page title, and who is looking (for the visibility rule).
/// </summary>
[AllowAnonymous]
public abstract class PortalPageModel : PageModel
{
    public Body? HeaderBody { get; protected set; }
    public List<Crumb> Crumbs { get; } = [];
    public string PageTitle { get; protected set; } = "";

    protected Viewer Viewer => Viewer.From(User);

    /// <summary>Home › body › … crumbs for a page of <paramref name="body"/>.</summary>
    protected void StartCrumbs(Body? body)
    {
        Crumbs.Add(new Crumb("首页", "/"));
        if (body is not null)
        {
            Crumbs.Add(new Crumb(body.Name, Links.Body(body.Slug)));
        }
    }
}
