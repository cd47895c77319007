using System.Globalization;
using Gongkai.BackOffice;
using Gongkai.Data;
using Gongkai.Items;
using Gongkai.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Participation.Consultations.Admin;

/// <summary>
/// One consultation: the draft, the opinions received, and its steps — put it out, publish the
/// account of adoption once the period is over, then link the decision published after it.
/// </summary>
public sealed class ConsultationWorkModel(GongkaiDb db, AdminConsultations consultations, TimeProvider time) : AdminPageModel
{
    [BindProperty] public int Revision { get; set; }
    [BindProperty] public string? AccountHtml { get; set; }
    [BindProperty] public string? DecisionItemId { get; set; }

    public Consultation Consultation { get; private set; } = null!;
    public IReadOnlyList<Opinion> Opinions { get; private set; } = [];
    /// <summary>The body's published items a decision may be linked to, newest first.</summary>
    public IReadOnlyList<(int Id, string Title)> Decisions { get; private set; } = [];
    public DisclosureItem? Decision { get; private set; }
    public bool CanPrepare { get; private set; }
    public bool CanPublish { get; private set; }
    public DateOnly Today { get; private set; }
    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) =>
        await LoadAsync(id, ct) ?? Page();

    public Task<IActionResult> OnPostPublishAsync(int id, CancellationToken ct) => ActAsync(id, "发布征求意见", publishing: true, c =>
    {
        c.Publish(time.GetUtcNow());
        return Task.FromResult("已发布，公众可在征求意见期内提交意见。");
    }, ct);

    public Task<IActionResult> OnPostConcludeAsync(int id, CancellationToken ct) => ActAsync(id, "公布意见采纳情况", publishing: true, c =>
    {
        c.Conclude(AccountHtml ?? "", time.GetUtcNow());
        return Task.FromResult("已公布意见收集和采纳情况。");
    }, ct);

    public Task<IActionResult> OnPostLinkAsync(int id, CancellationToken ct) => ActAsync(id, "关联正式决策", publishing: false, async c =>
    {
        var itemId = int.TryParse(DecisionItemId, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0;
        var decision = await db.Items.FirstOrDefaultAsync(i => i.Id == itemId && i.BodyId == c.BodyId, ct)
            ?? throw new InvalidOperationException("请选择本机关已发布的正式决策。");
        c.LinkDecision(decision);
        return $"已关联正式决策“{decision.Title}”。";
    }, ct);

    private async Task<IActionResult> ActAsync(int id, string action, bool publishing, Func<Consultation, Task<string>> step, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refusal)
        {
            return refusal;
        }
        if (!(publishing ? CanPublish : CanPrepare))
        {
            return Forbid();
        }
        if (Revision != Consultation.Revision)
        {
            return await ConflictAsync(id, ct);
        }
        var outcome = await WorkStep.SaveAsync(db, action, Consultation.Title, () => step(Consultation), ct);
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
        return Redirect($"/admin/consultations/{id}");
    }

    private async Task<IActionResult> ConflictAsync(int id, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        await LoadAsync(id, ct);
        Problem = "这项征求意见刚被其他人处理过，请查看最新状态后再操作。";
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Page();
    }

    private async Task<IActionResult?> LoadAsync(int id, CancellationToken ct)
    {
        var consultation = await consultations.FindAsync(id, ct);
        if (consultation is null)
        {
            return NotFound();
        }
        Consultation = consultation;
        PageTitle = consultation.Title;
        Today = time.GetUtcNow().ChinaDate();
        CanPrepare = await consultations.CanPrepareAsync(consultation.BodyId, ct);
        CanPublish = await consultations.CanPublishAsync(consultation.BodyId, ct);
        Opinions = await db.Opinions.AsNoTracking().Where(o => o.ConsultationId == id).OrderBy(o => o.Id).ToListAsync(ct);
        Decision = consultation.DecisionItemId is { } d ? await db.Items.AsNoTracking().FirstOrDefaultAsync(i => i.Id == d, ct) : null;
        if (consultation.Stage == ConsultationStage.Concluded && consultation.DecisionItemId is null)
        {
            Decisions = (await db.Items.AsNoTracking().Where(i => i.BodyId == consultation.BodyId && i.Status == ItemStatus.Published)
                .OrderByDescending(i => i.PublishedAt).Select(i => new { i.Id, i.Title }).Take(200).ToListAsync(ct)).Select(i => (i.Id, i.Title)).ToList();
        }
        return null;
    }
}
