using Gongkai.Applications;
using Gongkai.Data;
using Gongkai.Portal;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Participation.Public;

/// <summary>
/// Where a person follows a comment, suggestion, complaint or report: by the secret link, or by the
/// tracking code alone (opinions may be anonymous; the code's 60 bits and the per-address limit on
/// tries keep guessing out). An unknown code gets the same message as a malformed one. The page shows
/// the handling as the person may see it, never the contact details given nor moderation reasons.
/// </summary>
public sealed class FeedbackModel(GongkaiDb db, PublicRateLimits limits) : PortalPageModel
{
    public const string NotFoundMessage = "查询码不正确，请核对后再试。";

    [BindProperty] public string? Code { get; set; }

    public string? Problem { get; private set; }
    public Opinion? Opinion { get; private set; }
    public string? AgainstBodyName { get; private set; }
    public string? RectificationLink { get; private set; }
    public bool JustSubmitted { get; private set; }
    public string TrackingLink => $"{Request.Scheme}://{Request.Host}{OpinionLinks.Track(Opinion!.AccessToken)}";

    public async Task<IActionResult> OnGetAsync(string? token, string? submitted, CancellationToken ct)
    {
        Start();
        if (token is null)
        {
            return Page();
        }
        if (token.Length > 40)
        {
            return NotFound();
        }
        Opinion = await db.Opinions.AsNoTracking().Include(o => o.Body).AsSplitQuery().FirstOrDefaultAsync(o => o.AccessToken == token, ct);
        if (Opinion is null)
        {
            return NotFound();
        }
        HeaderBody = Opinion.Body;
        JustSubmitted = submitted == "1";
        if (Opinion.AgainstBodyId is { } against)
        {
            AgainstBodyName = await db.Bodies.Where(b => b.Id == against).Select(b => b.Name).FirstOrDefaultAsync(ct);
        }
        if (PublicOpinions.RectificationIsPublic(Opinion) && await PublicOpinions.SubjectIsVisibleAsync(db, Opinion, Viewer, ct))
        {
            RectificationLink = OpinionLinks.Rectification(Opinion.Body.Slug, Opinion.Id);
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Start();
        if (!limits.TryLookup(HttpContext))
        {
            Problem = "查询过于频繁，请 5 分钟后再试。";
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            return Page();
        }
        var code = TrackingCode.Normalise(Code);
        var token = code is null ? null
            : await db.Opinions.AsNoTracking().IgnoreAutoIncludes().Where(o => o.TrackingCode == code).Select(o => o.AccessToken).FirstOrDefaultAsync(ct);
        if (token is null)
        {
            Problem = NotFoundMessage;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        return Redirect(OpinionLinks.Track(token));
    }

    private void Start()
    {
        PageTitle = "留言、意见建议和投诉举报办理进度查询";
        StartCrumbs(null);
        Crumbs.Add(new Crumb("办理进度查询"));
    }
}
