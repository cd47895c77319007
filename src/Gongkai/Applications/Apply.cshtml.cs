using Gongkai.Bodies;
using Gongkai.Data;
using Gongkai.Portal;
using Gongkai.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Applications;

/// <summary>
/// The public application form (Art. 29): one per body at /bodies/{slug}/apply, and one for the
/// platform at /apply where the applicant picks the body. Bad input re-renders with 400 and
/// everything typed; a form sent twice makes one application.
/// </summary>
public sealed class ApplyModel(GongkaiDb db, ApplicantIdentity identity, ApplicantUploads uploads, PublicRateLimits limits, Mail.Mailbox mailbox, TimeProvider time) : PortalPageModel
{
    [BindProperty] public ApplicationInput Input { get; set; } = new();
    [BindProperty] public string? BodySlug { get; set; }
    [BindProperty] public string SubmissionKey { get; set; } = "";
    [BindProperty] public IFormFile? IdCopy { get; set; }
    [BindProperty] public IFormFile? Authorisation { get; set; }
    /// <summary>A field people do not see: only robots fill it in.</summary>
    [BindProperty] public string? Website { get; set; }

    public Body? Body { get; private set; }
    public IReadOnlyList<Body> Bodies { get; private set; } = [];
    public Dictionary<string, string> Errors { get; private set; } = [];
    public bool HasGuide { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? slug, CancellationToken ct)
    {
        if (!await LoadAsync(slug, ct))
        {
            return NotFound();
        }
        SubmissionKey = Guid.NewGuid().ToString("N");
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? slug, CancellationToken ct)
    {
        if (!await LoadAsync(slug, ct))
        {
            return NotFound();
        }
        if (!string.IsNullOrEmpty(Website))
        {
            return BadRequest();
        }
        if (SubmissionKey is not { Length: >= 16 and <= 40 })
        {
            SubmissionKey = Guid.NewGuid().ToString("N");
        }
        var existing = await db.Applications.AsNoTracking().Where(a => a.SubmissionKey == SubmissionKey).Select(a => a.AccessToken).FirstOrDefaultAsync(ct);
        if (existing is not null)
        {
            return Redirect(Links.Track(existing));
        }
        var body = Body ?? Bodies.FirstOrDefault(b => b.Slug == BodySlug);
        Errors = Input.Problems(time.GetUtcNow().ChinaDate());
        if (body is null)
        {
            Errors = new Dictionary<string, string> { ["BodySlug"] = "请选择受理申请的机关。" }.Concat(Errors).ToDictionary();
        }
        if (Errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        if (!limits.TrySubmit(HttpContext))
        {
            Errors[""] = "您提交申请过于频繁，请稍后再试。已填写的内容仍保留在下方。";
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            return Page();
        }
        var files = await uploads.TakeFormFilesAsync(IdCopy, Authorisation, Errors, ct);
        if (Errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        var application = DisclosureApplication.SubmitOnline(body!, Input.ToApplicant(identity), Input.ToRequest(), TrackingCode.New(), SubmissionKey, time.GetUtcNow());
        application.AttachFiles(files);
        db.Applications.Add(application);
        ApplicantNotices.QueueNew(mailbox, application, $"{Request.Scheme}://{Request.Host}");
        db.AuditAs("提交申请", $"网上申请 {application.TrackingCode}");
        await db.SaveChangesAsync(ct);
        return Redirect(Links.Track(application.AccessToken) + "?submitted=1");
    }

    private async Task<bool> LoadAsync(string? slug, CancellationToken ct)
    {
        PageTitle = "政府信息公开申请";
        if (slug is not null)
        {
            // Tracked: the new application refers to it.
            Body = await db.Bodies.FirstOrDefaultAsync(b => b.Slug == slug, ct);
            if (Body is null || !DisclosureApplication.Accepts(Body))
            {
                return false;
            }
            HeaderBody = Body;
            HasGuide = await db.GuideVersions.AnyAsync(g => g.BodyId == Body.Id, ct);
        }
        else
        {
            Bodies = (await db.Bodies.OrderBy(b => b.SortOrder).ThenBy(b => b.Id).ToListAsync(ct)).Where(DisclosureApplication.Accepts).ToList();
        }
        StartCrumbs(Body);
        Crumbs.Add(new Crumb(PageTitle));
        return true;
    }
}
