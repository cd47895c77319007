using Gongkai.BackOffice;
using Gongkai.Calendar;
using Gongkai.Data;
using Gongkai.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Applications.Admin;

/// <summary>
/// The information processing fee of one application: compute it by the 2020 measures (per
/// application, counted in the applicant's month, or per page — never both), send the fee notice
/// with the computation as its basis (the clock pauses), record the payment, or close the
/// application as （六）2 once the 20 working days to pay have passed. Handlers and the office head
/// act; supervisors read.
/// </summary>
public sealed class FeeModel(GongkaiDb db, AdminApplications applications, ApplicantHistory history, CalendarSource calendars, Mail.Mailbox mailbox, TimeProvider time) : AdminPageModel
{
    public sealed class FeeInput
    {
        public string? Mode { get; set; }
        public string? Pages { get; set; }
        public string? NumberInMonth { get; set; }
        public string? On { get; set; }
        public string? PaidOn { get; set; }
    }

    [BindProperty]
    public FeeInput Input { get; set; } = new();

    public DisclosureApplication Application { get; private set; } = null!;
    public ApplicantHistoryView History { get; private set; } = null!;
    public bool CanHandle { get; private set; }
    public FeeCalculation? Calculation { get; private set; }
    public Dictionary<string, string> Errors { get; private set; } = [];
    public DateOnly Today => time.GetUtcNow().ChinaDate();
    public bool PaymentOverdue => Application.OpenFeeNotice is { Until: { } until } && Today > until;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } missing)
        {
            return missing;
        }
        Input = new FeeInput { Mode = nameof(FeeMode.PerApplication), NumberInMonth = $"{History.NumberInMonth}", On = Today.Iso(), PaidOn = Today.Iso() };
        return Page();
    }

    public Task<IActionResult> OnPostPreviewAsync(int id, CancellationToken ct) => ActAsync(id, () => Compute() is null ? null : "", ct);

    public Task<IActionResult> OnPostNotifyAsync(int id, CancellationToken ct) => ActAsync(id, () =>
    {
        var fee = Compute();
        if (!FormValues.TryDate(Input.On, out var on))
        {
            Error("On", FormValues.DateMessage);
        }
        if (fee is null || Errors.Count > 0)
        {
            return null;
        }
        if (fee.Amount == 0)
        {
            Errors["Mode"] = "按此计算不收取信息处理费，无需发出收费通知。";
            return null;
        }
        Application.NotifyFee(fee.Amount, fee.Explanation, on, Calendar, Actor, time.GetUtcNow());
        db.AuditAs("发出收费通知", fee.Explanation);
        return $"已发出收费通知：{fee.Amount:0.##} 元。缴费期间不计入答复期限。";
    }, ct);

    public Task<IActionResult> OnPostPaymentAsync(int id, CancellationToken ct) => ActAsync(id, () =>
    {
        if (!FormValues.TryDate(Input.PaidOn, out var paidOn))
        {
            Error("PaidOn", FormValues.DateMessage);
            return null;
        }
        Application.RecordPayment(paidOn, Actor, time.GetUtcNow());
        db.AuditAs("登记缴纳信息处理费");
        return "已登记缴费，恢复计算答复期限。";
    }, ct);

    public Task<IActionResult> OnPostCloseAsync(int id, CancellationToken ct) => ActAsync(id, () =>
    {
        Application.CloseForUnpaidFee(Actor, time.GetUtcNow());
        db.AuditAs("逾期未缴费终止办理", Outcome.FeeUnpaid.Label);
        return $"已办结：{Outcome.FeeUnpaid.Label}。";
    }, ct);

    private WorkingDayCalendar Calendar { get; set; } = null!;

    private ApplicationActor Actor => new(CurrentUserId, User.Identity?.Name ?? "");

    /// <summary>The fee for the typed mode and quantity, or null with the problems in <see cref="Errors"/>.</summary>
    private FeeCalculation? Compute()
    {
        if (!FormValues.TryChoice<FeeMode>(Input.Mode, out var mode))
        {
            Error("Mode", "请选择计收方式：按件计收或按量计收。");
            return null;
        }
        var (field, text) = mode == FeeMode.PerPage ? ("Pages", Input.Pages) : ("NumberInMonth", Input.NumberInMonth);
        if (!FormValues.TryCount(text, InformationFee.MaxQuantity, out var quantity))
        {
            Error(field, mode == FeeMode.PerPage
                ? $"请填写所需信息的页数（1 至 {InformationFee.MaxQuantity} 的整数）。"
                : $"请填写本件是申请人本月第几件申请（1 至 {InformationFee.MaxQuantity} 的整数）。");
            return null;
        }
        return Calculation = mode == FeeMode.PerPage ? InformationFee.Compute(FeeMode.PerPage, quantity) : InformationFee.ForApplication(quantity);
    }

    private void Error(string field, string message) => Errors.TryAdd(field, message);

    /// <summary>
    /// Runs one action for a handler or the office head: null from it (or a refused step) re-renders
    /// with status 400 and the input kept; an empty message re-renders the preview; otherwise saved and redirected.
    /// </summary>
    private async Task<IActionResult> ActAsync(int id, Func<string?> action, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } missing)
        {
            return missing;
        }
        if (!CanHandle)
        {
            return Forbid();
        }
        try
        {
            var done = action();
            if (done is null || Errors.Count > 0)
            {
                return Invalid();
            }
            if (done.Length == 0)
            {
                return Page();
            }
            ApplicantNotices.QueueNew(mailbox, Application, $"{Request.Scheme}://{Request.Host}");
            await db.SaveChangesAsync(ct);
            Flash = done;
            return Redirect($"/admin/applications/{id}/fee");
        }
        catch (InvalidOperationException e)
        {
            Errors[""] = e.Message;
            return Invalid();
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            await LoadAsync(id, ct);
            Errors[""] = "这件申请刚被其他人处理过，请刷新页面查看最新状态。";
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }
    }

    private async Task<IActionResult?> LoadAsync(int id, CancellationToken ct)
    {
        if (await applications.FindAsync(id, ct) is not { } application)
        {
            return NotFound();
        }
        Application = application;
        PageTitle = $"信息处理费 - {application.TrackingCode}";
        CanHandle = await applications.CanHandleAsync(application.BodyId, ct);
        History = await history.ForAsync(application, ct);
        Calendar = await calendars.GetAsync(ct);
        return null;
    }
}
