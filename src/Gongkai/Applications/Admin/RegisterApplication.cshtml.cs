using System.Globalization;
using Gongkai.BackOffice;
using Gongkai.Bodies;
using Gongkai.Data;
using Gongkai.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Applications.Admin;

/// <summary>
/// Staff register an application handed in, posted or faxed, with its date of receipt (Art. 31),
/// and fill in the form for applicants who cannot write (Art. 29).
/// </summary>
public sealed class RegisterApplicationModel(GongkaiDb db, AdminApplications applications, ApplicantIdentity identity, ApplicantUploads uploads, Mail.Mailbox mailbox, TimeProvider time) : AdminPageModel
{
    [BindProperty] public ApplicationInput Input { get; set; } = new();
    [BindProperty] public string? BodyId { get; set; }
    [BindProperty] public string? Channel { get; set; }
    [BindProperty] public string? ReceivedOn { get; set; }
    [BindProperty] public string SubmissionKey { get; set; } = "";
    [BindProperty] public IFormFile? IdCopy { get; set; }
    [BindProperty] public IFormFile? Authorisation { get; set; }

    public IReadOnlyList<Body> Bodies { get; private set; } = [];
    public Dictionary<string, string> Errors { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return Forbid();
        }
        SubmissionKey = Guid.NewGuid().ToString("N");
        ReceivedOn = time.GetUtcNow().ChinaDate().Iso();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return Forbid();
        }
        if (SubmissionKey is not { Length: >= 16 and <= 40 })
        {
            SubmissionKey = Guid.NewGuid().ToString("N");
        }
        var existing = await db.Applications.AsNoTracking().Where(a => a.SubmissionKey == SubmissionKey).Select(a => (int?)a.Id).FirstOrDefaultAsync(ct);
        if (existing is { } id)
        {
            return Redirect($"/admin/applications/{id}");
        }
        var today = time.GetUtcNow().ChinaDate();
        var errors = new Dictionary<string, string>();
        var body = Bodies.FirstOrDefault(b => b.Id.ToString(CultureInfo.InvariantCulture) == BodyId);
        if (body is null)
        {
            errors[nameof(BodyId)] = "请选择受理申请的机关。";
        }
        if (!FormValues.TryChoice<ApplicationChannel>(Channel, out var channel) || channel == ApplicationChannel.Online)
        {
            errors[nameof(Channel)] = "请选择当面提交、信函或传真。";
        }
        if (!FormValues.TryDate(ReceivedOn, out var received) || received > today)
        {
            errors[nameof(ReceivedOn)] = "收到日期应为今天或之前的日期（YYYY-MM-DD）。";
        }
        Errors = errors.Concat(Input.Problems(today)).ToDictionary();
        var files = Errors.Count > 0 ? [] : await uploads.TakeFormFilesAsync(IdCopy, Authorisation, Errors, ct);
        if (Errors.Count > 0)
        {
            return Invalid();
        }
        var application = DisclosureApplication.Register(body!, Input.ToApplicant(identity), Input.ToRequest(), channel, received, TrackingCode.New(), SubmissionKey,
            new ApplicationActor(CurrentUserId, User.Identity?.Name ?? ""), time.GetUtcNow());
        application.AttachFiles(files);
        db.Applications.Add(application);
        ApplicantNotices.QueueNew(mailbox, application, $"{Request.Scheme}://{Request.Host}");
        db.AuditAs("登记申请", application.TrackingCode);
        await db.SaveChangesAsync(ct);
        Flash = $"已登记，查询码 {application.TrackingCode}。请将查询码告知申请人。";
        return Redirect($"/admin/applications/{application.Id}");
    }

    /// <summary>The bodies the person handles applications for; false when there are none.</summary>
    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        PageTitle = "登记申请";
        var candidates = await applications.BodiesAsync(ct);
        var handled = new List<int>();
        foreach (var id in candidates)
        {
            if (await applications.CanHandleAsync(id, ct))
            {
                handled.Add(id);
            }
        }
        Bodies = (await db.Bodies.Where(b => handled.Contains(b.Id)).OrderBy(b => b.SortOrder).ThenBy(b => b.Id).ToListAsync(ct)).Where(DisclosureApplication.Accepts).ToList();
        return Bodies.Count > 0;
    }
}
