using Gongkai.Calendar;
using Gongkai.Data;
using Gongkai.Portal;
using Gongkai.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Applications;

/// <summary>
/// Where an applicant follows an application without an account: by the secret link, or by the
/// tracking code together with the last four digits of the phone number given. A wrong pair gets the
/// same message whether or not the code exists, and tries are rate limited per address.
/// </summary>
public sealed class TrackModel(GongkaiDb db, CalendarSource calendars, PublicRateLimits limits, ApplicantUploads uploads, TimeProvider time) : PortalPageModel
{
    public const string NotFoundMessage = "查询码或手机号码后四位不正确，请核对后再试。";

    [BindProperty] public string? Code { get; set; }
    [BindProperty] public string? PhoneEnd { get; set; }
    [BindProperty] public string? CorrectionText { get; set; }
    [BindProperty] public IFormFile? CorrectionFile { get; set; }

    public string? Problem { get; private set; }
    public DisclosureApplication? Application { get; private set; }
    public ApplicationDeadline? Deadline { get; private set; }
    public bool JustSubmitted { get; private set; }
    public bool JustCorrected { get; private set; }
    /// <summary>Why the correction sent was not accepted (400, with what was typed).</summary>
    public Dictionary<string, string> CorrectionErrors { get; } = [];
    /// <summary>The approved reply, whose letter and files the applicant downloads here.</summary>
    public Replies.ApplicationReply? IssuedReply { get; private set; }
    public string TrackingLink => $"{Request.Scheme}://{Request.Host}{Links.Track(Application!.AccessToken)}";

    public async Task<IActionResult> OnGetAsync(string? token, string? submitted, string? corrected, CancellationToken ct)
    {
        Start();
        if (token is null)
        {
            return Page();
        }
        if (!await LoadAsync(token, tracked: false, ct))
        {
            return NotFound();
        }
        JustSubmitted = submitted == "1";
        JustCorrected = corrected == "1";
        return Page();
    }

    /// <summary>The applicant sends the correction asked for, with an optional file.</summary>
    public async Task<IActionResult> OnPostCorrectionAsync(string? token, CancellationToken ct)
    {
        Start();
        if (token is null || !await LoadAsync(token, tracked: true, ct))
        {
            return NotFound();
        }
        if (!limits.TrySubmit(HttpContext))
        {
            CorrectionErrors[""] = "提交过于频繁，请稍后再试。已填写的内容仍保留在下方。";
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            return Page();
        }
        var file = await uploads.TakeAsync(CorrectionFile, ApplicantFilePurpose.Correction, ct);
        if (file is { Problem: { } problem })
        {
            CorrectionErrors[nameof(CorrectionFile)] = problem;
        }
        else
        {
            try
            {
                Application!.SubmitCorrection(CorrectionText ?? "", file?.File is { } f ? [f] : [], time.GetUtcNow());
                db.AuditAs("申请人提交补正", Application.TrackingCode);
                await db.SaveChangesAsync(ct);
                return Redirect(Links.Track(token) + "?corrected=1");
            }
            catch (InvalidOperationException e)
            {
                CorrectionErrors[nameof(CorrectionText)] = e.Message;
            }
            catch (DbUpdateConcurrencyException)
            {
                CorrectionErrors[""] = "申请状态刚刚发生变化，请刷新页面后再试。";
            }
        }
        db.ChangeTracker.Clear();
        await LoadAsync(token, tracked: false, ct);
        Response.StatusCode = StatusCodes.Status400BadRequest;
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
        var phoneEnd = PhoneEnd?.Trim();
        var found = code is null || phoneEnd is not { Length: 4 }
            ? null
            : await db.Applications.AsNoTracking().Where(a => a.TrackingCode == code)
                .Select(a => new { a.AccessToken, a.Applicant.Phone }).FirstOrDefaultAsync(ct);
        if (found is null || !found.Phone.EndsWith(phoneEnd!, StringComparison.Ordinal))
        {
            Problem = NotFoundMessage;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        return Redirect(Links.Track(found.AccessToken));
    }

    private async Task<bool> LoadAsync(string token, bool tracked, CancellationToken ct)
    {
        if (token.Length > 40)
        {
            return false;
        }
        var query = tracked ? db.Applications : db.Applications.AsNoTracking();
        Application = await query.Include(a => a.Body).FirstOrDefaultAsync(a => a.AccessToken == token, ct);
        if (Application is null)
        {
            return false;
        }
        HeaderBody = Application.Body;
        IssuedReply = (await Replies.ReplyDownloads.IssuedAsync(db, token, ct))?.Reply;
        Deadline = Application.IsOpen ? Application.Deadline(await calendars.GetAsync(ct), time.GetUtcNow().ChinaDate()) : null;
        return true;
    }

    private void Start()
    {
        PageTitle = "申请办理进度查询";
        StartCrumbs(null);
        Crumbs.Add(new Crumb(PageTitle));
    }
}
