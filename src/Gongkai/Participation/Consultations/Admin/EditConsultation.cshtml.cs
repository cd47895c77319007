using System.Globalization;
using Gongkai.Applications.Admin;
using Gongkai.BackOffice;
using Gongkai.Bodies;
using Gongkai.Data;
using Gongkai.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Participation.Consultations.Admin;

/// <summary>Prepares a consultation, or changes it before its period starts.</summary>
public sealed class EditConsultationModel(GongkaiDb db, AdminConsultations consultations, TimeProvider time) : AdminPageModel
{
    [BindProperty] public string? BodyId { get; set; }
    [BindProperty] public string? Title { get; set; }
    [BindProperty] public string? DraftHtml { get; set; }
    [BindProperty] public string? Questions { get; set; }
    [BindProperty] public string? OpensOn { get; set; }
    [BindProperty] public string? ClosesOn { get; set; }
    [BindProperty] public int Revision { get; set; }

    public Consultation? Existing { get; private set; }
    public IReadOnlyList<Body> Bodies { get; private set; } = [];
    public Dictionary<string, string> Errors { get; } = [];

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refusal)
        {
            return refusal;
        }
        if (Existing is { } c)
        {
            (BodyId, Title, DraftHtml, Questions, Revision) = (c.BodyId.ToString(CultureInfo.InvariantCulture), c.Title, c.DraftHtml, c.Questions, c.Revision);
            (OpensOn, ClosesOn) = (c.OpensOn.Iso(), c.ClosesOn.Iso());
        }
        else
        {
            var today = time.GetUtcNow().ChinaDate();
            (OpensOn, ClosesOn) = (today.AddDays(1).Iso(), today.AddDays(30).Iso());
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refusal)
        {
            return refusal;
        }
        var body = Existing?.Body ?? Bodies.FirstOrDefault(b => b.Id.ToString(CultureInfo.InvariantCulture) == BodyId);
        if (body is null)
        {
            Errors[nameof(BodyId)] = "请选择发布征求意见的机关。";
        }
        if (!FormValues.TryDate(OpensOn, out var opens))
        {
            Errors[nameof(OpensOn)] = "请填写开始日期。" + FormValues.DateMessage;
        }
        if (!FormValues.TryDate(ClosesOn, out var closes))
        {
            Errors[nameof(ClosesOn)] = "请填写截止日期。" + FormValues.DateMessage;
        }
        if (Existing is { } e && e.Revision != Revision)
        {
            Errors[""] = "这项征求意见刚被其他人修改过，请刷新后再改。";
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }
        if (Errors.Count > 0)
        {
            return Invalid();
        }
        try
        {
            var now = time.GetUtcNow();
            if (Existing is { } c)
            {
                c.Edit(Title ?? "", DraftHtml ?? "", Questions, opens, closes, now);
                db.AuditAs("修改征求意见", c.Title);
            }
            else
            {
                Existing = new Consultation(body!, Title ?? "", DraftHtml ?? "", Questions, opens, closes, now);
                db.Consultations.Add(Existing);
                db.AuditAs("新建征求意见", Existing.Title);
            }
            await db.SaveChangesAsync(ct);
        }
        catch (InvalidOperationException ex)
        {
            Errors[""] = ex.Message;
            return Invalid();
        }
        catch (DbUpdateConcurrencyException)
        {
            Errors[""] = "这项征求意见刚被其他人修改过，请刷新后再改。";
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }
        Flash = "已保存。";
        return Redirect($"/admin/consultations/{Existing.Id}");
    }

    private async Task<IActionResult?> LoadAsync(int? id, CancellationToken ct)
    {
        PageTitle = id is null ? "新建征求意见" : "修改征求意见";
        if (id is { } existing)
        {
            Existing = await consultations.FindAsync(existing, ct);
            if (Existing is null)
            {
                return NotFound();
            }
            if (!await consultations.CanPrepareAsync(Existing.BodyId, ct))
            {
                return Forbid();
            }
            return null;
        }
        var bodies = (await consultations.PreparableBodiesAsync(ct)).ToList();
        if (bodies.Count == 0)
        {
            return Forbid();
        }
        Bodies = await db.Bodies.Where(b => bodies.Contains(b.Id)).OrderBy(b => b.SortOrder).ThenBy(b => b.Id).ToListAsync(ct);
        return null;
    }
}
