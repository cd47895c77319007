using Gongkai.BackOffice;
using Gongkai.Data;
using Gongkai.Privacy;
using Gongkai.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Participation.Admin;

/// <summary>
/// Comments and suggestions whose authors want them public and that no moderator has looked at yet,
/// oldest first, with personal data the privacy guard finds flagged: shown with one click, or hidden
/// with a recorded reason. For those who handle the body's opinions.
/// </summary>
public sealed class ModerationModel(GongkaiDb db, AdminOpinions opinions, TimeProvider time) : AdminPageModel
{
    public const string Path = "/admin/opinions/moderation";
    private const int Limit = 100;

    public sealed record Row(Opinion Opinion, IReadOnlyList<Finding> Findings);

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public int Total { get; private set; }
    public string? Problem { get; private set; }
    /// <summary>The opinion whose form failed, and the reason typed into it.</summary>
    public int? FailedId { get; private set; }

    [BindProperty] public int Revision { get; set; }
    [BindProperty] public string? Reason { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : Forbid();

    public Task<IActionResult> OnPostShowAsync(int id, CancellationToken ct) => ActAsync(id, "留言公开显示", (o, by, now) => o.Show(by, now), ct);

    public Task<IActionResult> OnPostHideAsync(int id, CancellationToken ct) => ActAsync(id, "隐藏留言", (o, by, now) => o.Hide(Reason ?? "", by, now), ct);

    private async Task<IActionResult> ActAsync(int id, string action, Action<Opinion, OpinionActor, DateTimeOffset> step, CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return Forbid();
        }
        var handled = (await opinions.HandledBodiesAsync(ct)).ToList();
        var opinion = await db.Opinions.Include(o => o.Body).AsSplitQuery().FirstOrDefaultAsync(o => o.Id == id && handled.Contains(o.BodyId), ct);
        if (opinion is null)
        {
            return NotFound();
        }
        FailedId = id;
        if (Revision != opinion.Revision)
        {
            return await ConflictAsync(ct);
        }
        try
        {
            step(opinion, new OpinionActor(CurrentUserId, User.Identity?.Name ?? ""), time.GetUtcNow());
            db.AuditAs(action, opinion.Moderation == Moderation.Hidden ? $"{opinion.TrackingCode}：{opinion.HiddenReason}" : opinion.TrackingCode);
            await db.SaveChangesAsync(ct);
        }
        catch (InvalidOperationException e)
        {
            Problem = $"{opinion.TrackingCode}：{e.Message}";
            db.ChangeTracker.Clear();
            await LoadAsync(ct);
            return Invalid();
        }
        catch (DbUpdateConcurrencyException)
        {
            return await ConflictAsync(ct);
        }
        Flash = opinion.Moderation == Moderation.Shown ? $"{opinion.TrackingCode} 已公开显示。" : $"{opinion.TrackingCode} 已隐藏，理由已记录。";
        return Redirect(Path);
    }

    private async Task<IActionResult> ConflictAsync(CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        await LoadAsync(ct);
        Problem = "这条留言刚被其他人审核过，请查看最新状态。";
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Page();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        PageTitle = "留言审核";
        var handled = (await opinions.HandledBodiesAsync(ct)).ToList();
        if (handled.Count == 0)
        {
            return false;
        }
        var waiting = db.Opinions.AsNoTracking().Where(o => handled.Contains(o.BodyId) && o.WantsPublic && o.Moderation == Moderation.Pending);
        Total = await waiting.CountAsync(ct);
        var list = await waiting.Include(o => o.Body).IgnoreAutoIncludes().OrderBy(o => o.SubmittedAt).ThenBy(o => o.Id).Take(Limit).ToListAsync(ct);
        var today = time.GetUtcNow().ChinaDate();
        Rows = list.Select(o => new Row(o, PrivacyScanner.Scan(o.Title is null ? o.Text : $"{o.Title}\n{o.Text}", today))).ToList();
        return true;
    }
}
