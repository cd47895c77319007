using Gongkai.BackOffice;
using Gongkai.Data;
using Gongkai.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Applications.Admin;

/// <summary>
/// Administrative reconsideration and litigation against one application: the list, filing a new
/// one and recording a result. Handlers and the office head record; supervisors read. The figures
/// feed table 四 of the annual report (<see cref="ApplicationStatistics"/>).
/// </summary>
public sealed class AppealsModel(GongkaiDb db, AdminApplications applications, TimeProvider time) : AdminPageModel
{
    public sealed class AppealInput
    {
        public string? Kind { get; set; }
        public string? FiledOn { get; set; }
        public string? Organ { get; set; }
        public string? CaseNumber { get; set; }
        public string? ReconsiderationId { get; set; }
        public string? Note { get; set; }
        public string? AppealId { get; set; }
        public string? Result { get; set; }
        public string? DecidedOn { get; set; }
        public string? ResultNote { get; set; }
    }

    [BindProperty]
    public AppealInput Input { get; set; } = new();

    public DisclosureApplication Application { get; private set; } = null!;
    public IReadOnlyList<ApplicationAppeal> Appeals { get; private set; } = [];
    public bool CanHandle { get; private set; }
    public Dictionary<string, string> Errors { get; private set; } = [];

    public IEnumerable<ApplicationAppeal> Reconsiderations => Appeals.Where(x => x.Kind == AppealKind.Reconsideration);

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct) ?? Page();

    public Task<IActionResult> OnPostAddAsync(int id, CancellationToken ct) => ActAsync(id, today =>
    {
        if (!FormValues.TryChoice<AppealKind>(Input.Kind, out var kind))
        {
            Errors["Kind"] = "请选择类型：行政复议、直接起诉或复议后起诉。";
        }
        if (!FormValues.TryDate(Input.FiledOn, out var filedOn))
        {
            Errors["FiledOn"] = FormValues.DateMessage;
        }
        if (string.IsNullOrWhiteSpace(Input.Organ))
        {
            Errors["Organ"] = "请填写复议机关或受理法院。";
        }
        ApplicationAppeal? reconsideration = null;
        if (kind == AppealKind.LitigationAfterReconsideration
            && (reconsideration = Reconsiderations.FirstOrDefault(x => $"{x.Id}" == Input.ReconsiderationId?.Trim())) is null)
        {
            Errors["ReconsiderationId"] = "复议后起诉请选择本申请的哪一次行政复议。";
        }
        if (Errors.Count > 0)
        {
            return null;
        }
        db.ApplicationAppeals.Add(ApplicationAppeal.File(Application, kind, filedOn, Input.Organ!, Input.CaseNumber, Input.Note, reconsideration, today));
        db.AuditAs($"登记{kind.Chinese()}", $"{Input.Organ!.Trim()} {Input.CaseNumber?.Trim()}".Trim());
        return $"已登记{kind.Chinese()}。";
    }, ct);

    public Task<IActionResult> OnPostResultAsync(int id, CancellationToken ct) => ActAsync(id, today =>
    {
        var appeal = Appeals.FirstOrDefault(x => $"{x.Id}" == Input.AppealId?.Trim());
        if (appeal is null)
        {
            Errors["AppealId"] = "请选择要登记结果的复议或诉讼。";
        }
        if (!FormValues.TryChoice<AppealResult>(Input.Result, out var result) || result == AppealResult.Pending)
        {
            Errors["Result"] = "请选择审理结果：维持、纠正或其他。";
        }
        if (!FormValues.TryDate(Input.DecidedOn, out var decidedOn))
        {
            Errors["DecidedOn"] = FormValues.DateMessage;
        }
        if (Errors.Count > 0)
        {
            return null;
        }
        appeal!.RecordResult(result, decidedOn, Input.ResultNote, today);
        db.AuditAs("登记复议诉讼结果", $"{appeal.Kind.Chinese()}：{result.Chinese()}");
        return $"已登记{appeal.Kind.Chinese()}的结果：{result.Chinese()}。";
    }, ct);

    /// <summary>Runs one recording for a handler or the office head; problems re-render with status 400 and the input kept.</summary>
    private async Task<IActionResult> ActAsync(int id, Func<DateOnly, string?> action, CancellationToken ct)
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
            if (action(time.GetUtcNow().ChinaDate()) is not { } done)
            {
                return Invalid();
            }
            await db.SaveChangesAsync(ct);
            Flash = done;
            return Redirect($"/admin/applications/{id}/appeals");
        }
        catch (InvalidOperationException e)
        {
            db.ChangeTracker.Clear();
            await LoadAsync(id, ct);
            Errors[""] = e.Message;
            return Invalid();
        }
    }

    private async Task<IActionResult?> LoadAsync(int id, CancellationToken ct)
    {
        if (await applications.FindAsync(id, ct) is not { } application)
        {
            return NotFound();
        }
        Application = application;
        PageTitle = $"行政复议和行政诉讼 - {application.TrackingCode}";
        CanHandle = await applications.CanHandleAsync(application.BodyId, ct);
        Appeals = await db.ApplicationAppeals.Where(x => x.ApplicationId == id).OrderBy(x => x.FiledOn).ThenBy(x => x.Id).ToListAsync(ct);
        return null;
    }
}
