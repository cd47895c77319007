using System.Globalization;
using Gongkai.BackOffice;
using Gongkai.Calendar;
using Gongkai.Data;
using Gongkai.Staff;
using Gongkai.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Applications.Admin;

/// <summary>
/// The work page of one application: the applicant and the request, the clock with the events that
/// shaped it, the timeline, and the steps the signed-in person may take now. Supervisors read;
/// handlers and the disclosure-office head act; anyone else gets 404.
/// </summary>
public sealed class ApplicationWorkModel(GongkaiDb db, AdminApplications applications, ApplicantHistory history, CalendarSource calendars, ApplicantIdentity identity, Mail.Mailbox mailbox, TimeProvider time) : AdminPageModel
{
    public DisclosureApplication Application { get; private set; } = null!;
    public ApplicationDeadline? Deadline { get; private set; }
    public WorkingDayCalendar Calendar { get; private set; } = null!;
    public int? DaysLeft { get; private set; }
    public bool CanHandle { get; private set; }
    public bool IsOfficeHead { get; private set; }
    public IReadOnlyList<(int Id, string Name)> Handlers { get; private set; } = [];
    public string? Problem { get; private set; }
    public string? RevealedId { get; private set; }
    public ApplicantHistoryView History { get; private set; } = null!;
    public DateOnly Today => time.GetUtcNow().ChinaDate();

    /// <summary>"5 个（征求第三方意见 5 个）".</summary>
    public string PausedSummary => Deadline is not { PausedDays.Count: > 0 } d ? ""
        : $"{d.PausedDays.Count} 个（{string.Join("、", d.PausedDays.GroupBy(p => p.Kind).Select(g => $"{g.Key.Chinese()} {g.Count()} 个"))}）";

    /// <summary>What the person typed into the action form that failed, so it is kept.</summary>
    [BindProperty] public ActionInput Input { get; set; } = new();

    public sealed class ActionInput
    {
        public string? On { get; set; }
        public string? Until { get; set; }
        public string? Text { get; set; }
        public string? Party { get; set; }
        public string? Kind { get; set; }
        public string? Days { get; set; }
        public string? Method { get; set; }
        public string? TrackingNumber { get; set; }
        public string? HandlerId { get; set; }
        public string? EventId { get; set; }
        public int Revision { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct) ?? Page();

    public Task<IActionResult> OnPostConfirmAsync(int id, CancellationToken ct) => ActAsync(id, "确认收到申请", a =>
    {
        a.ConfirmReceipt(Date(Input.On, "收到日期"), Staff, Now);
        return $"已确认收到，收到日为 {a.ReceivedOn:yyyy-MM-dd}。";
    }, ct);

    public Task<IActionResult> OnPostAssignAsync(int id, CancellationToken ct) => ActAsync(id, "分办申请", a =>
    {
        var handler = Handlers.FirstOrDefault(h => h.Id.ToString(CultureInfo.InvariantCulture) == Input.HandlerId);
        if (handler == default)
        {
            throw new InvalidOperationException("请选择本机关的依申请受理人员。");
        }
        a.Assign(handler.Id, handler.Name, Staff, Now);
        return $"已分办给{handler.Name}。";
    }, ct);

    public Task<IActionResult> OnPostCorrectionAsync(int id, CancellationToken ct) => ActAsync(id, "告知补正", a =>
    {
        a.RequestCorrection(Date(Input.On, "告知日期"), Date(Input.Until, "补正期限"), Input.Text ?? "", Staff, Now);
        return "已记录补正告知。";
    }, ct);

    public Task<IActionResult> OnPostCorrectedAsync(int id, CancellationToken ct) => ActAsync(id, "收到补正", a =>
    {
        a.RecordCorrection(Date(Input.On, "收到补正日期"), Input.Text, Staff, Now);
        return "已记录补正，答复期限自收到补正之日重新计算。";
    }, ct);

    public Task<IActionResult> OnPostNoCorrectionAsync(int id, CancellationToken ct) => ActAsync(id, "逾期未补正终止办理", a =>
    {
        a.CloseForNoCorrection(Staff, Now);
        return "已按逾期未补正办结（（六）其他处理 1）。";
    }, ct);

    public Task<IActionResult> OnPostConsultAsync(int id, CancellationToken ct) => ActAsync(id, "征求意见", a =>
    {
        var kind = Input.Kind == nameof(PauseKind.CoProducer) ? PauseKind.CoProducer : Input.Kind == nameof(PauseKind.ThirdParty) ? PauseKind.ThirdParty : PauseKind.Unspecified;
        var letter = a.Consult(kind, Input.Party ?? "", Date(Input.On, "征求意见日期"), Calendar, Staff, Now);
        return $"已记录征求意见，答复期满日为 {letter.Until:yyyy-MM-dd}，其间不计入答复期限。";
    }, ct);

    public Task<IActionResult> OnPostAnsweredAsync(int id, CancellationToken ct) => ActAsync(id, "收到征求意见答复", a =>
    {
        var letter = a.OpenConsultations.FirstOrDefault(e => e.Id.ToString(CultureInfo.InvariantCulture) == Input.EventId)
            ?? throw new InvalidOperationException("这份征求意见已记录答复，请刷新页面。");
        a.RecordConsultationAnswer(letter, Date(Input.On, "收到答复日期"), Input.Text, Staff, Now);
        return "已记录答复，恢复计算答复期限。";
    }, ct);

    public Task<IActionResult> OnPostExtendAsync(int id, CancellationToken ct) => ActAsync(id, "延长答复期限", a =>
    {
        if (!int.TryParse(Input.Days, NumberStyles.None, CultureInfo.InvariantCulture, out var days))
        {
            throw new InvalidOperationException("请填写延长的工作日数（1 至 20）。");
        }
        a.Extend(days, Input.Text ?? "", Staff, IsOfficeHead, Now);
        return $"已延长 {days} 个工作日。";
    }, ct);

    public Task<IActionResult> OnPostDeliveredAsync(int id, CancellationToken ct) => ActAsync(id, "登记送达", a =>
    {
        if (!FormValues.TryChoice<DeliveryMethod>(Input.Method, out var method))
        {
            throw new InvalidOperationException("请选择送达方式。");
        }
        a.RecordDelivery(method, Input.TrackingNumber, Date(Input.On, "送达日期"), Staff, Now);
        return "已登记送达。";
    }, ct);

    /// <summary>Shows the full ID number once; the audit trail records who looked.</summary>
    public async Task<IActionResult> OnPostRevealAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refusal)
        {
            return refusal;
        }
        RevealedId = identity.Reveal(Application.Applicant);
        Application.RecordIdRevealed(Staff, Now);
        db.AuditAs("查看申请人证件号码", Application.TrackingCode);
        await db.SaveChangesAsync(ct);
        return Page();
    }

    private ApplicationActor Staff => new(CurrentUserId, User.Identity?.Name ?? "");

    private DateTimeOffset Now => time.GetUtcNow();

    private static DateOnly Date(string? text, string what) =>
        FormValues.TryDate(text, out var date) ? date : throw new InvalidOperationException($"请填写{what}（YYYY-MM-DD）。");

    /// <summary>Runs a step; a refused step re-renders the page with the reason (400) and what was typed, nothing saved.</summary>
    private async Task<IActionResult> ActAsync(int id, string action, Func<DisclosureApplication, string> step, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refusal)
        {
            return refusal;
        }
        if (!CanHandle)
        {
            return Forbid();
        }
        if (Input.Revision != Application.Revision)
        {
            return await ConflictAsync(id, ct);
        }
        var outcome = await WorkStep.SaveAsync(db, action, Application.TrackingCode, () =>
        {
            var done = step(Application);
            ApplicantNotices.QueueNew(mailbox, Application, $"{Request.Scheme}://{Request.Host}");
            return done;
        }, ct);
        if (outcome.Conflict)
        {
            return await ConflictAsync(id, ct);
        }
        if (outcome.Refusal is { } reason)
        {
            await LoadAsync(id, ct);
            Problem = reason;
            return Invalid();
        }
        Flash = outcome.Done;
        return Redirect($"/admin/applications/{id}");
    }

    private async Task<IActionResult> ConflictAsync(int id, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        await LoadAsync(id, ct);
        Problem = "这件申请刚被其他人处理过，请查看最新状态后再操作。";
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Page();
    }

    private async Task<IActionResult?> LoadAsync(int id, CancellationToken ct)
    {
        var application = await applications.FindAsync(id, ct);
        if (application is null)
        {
            return NotFound();
        }
        Application = application;
        PageTitle = $"申请 {application.TrackingCode}";
        CanHandle = await applications.CanHandleAsync(application.BodyId, ct);
        IsOfficeHead = await applications.IsOfficeHeadAsync(application.BodyId, ct);
        History = await history.ForAsync(application, ct);
        Calendar = await calendars.GetAsync(ct);
        Deadline = application.Deadline(Calendar, Today);
        DaysLeft = Deadline is { } d && application.IsOpen ? Calendar.WorkingDaysLeft(Today, d.Due.Date) : null;
        var handlers = await db.RoleGrants.AsNoTracking()
            .Where(g => g.BodyId == application.BodyId && g.Role == StaffRole.ApplicationHandler)
            .Join(db.Users, g => g.UserId, u => u.Id, (g, u) => new { u.Id, u.DisplayName })
            .OrderBy(u => u.Id).ToListAsync(ct);
        Handlers = [.. handlers.Select(u => (u.Id, u.DisplayName))];
        return null;
    }
}
