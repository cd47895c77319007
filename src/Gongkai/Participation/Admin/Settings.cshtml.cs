using Gongkai.BackOffice;
using Gongkai.Data;
using Gongkai.Staff;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Participation.Admin;

/// <summary>A body admin chooses, for each of their bodies, whether public comments wait for a moderator (the default) or show at once.</summary>
public sealed class SettingsModel(GongkaiDb db) : AdminPageModel
{
    public const string Path = "/admin/opinions/settings";

    public sealed record Row(int BodyId, string Name, bool ShowAtOnce);

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : Forbid();

    public async Task<IActionResult> OnPostAsync(int bodyId, bool showAtOnce, CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return Forbid();
        }
        var row = Rows.FirstOrDefault(r => r.BodyId == bodyId);
        if (row is null)
        {
            return NotFound();
        }
        var setting = await db.ParticipationSettings.FirstOrDefaultAsync(s => s.BodyId == bodyId, ct);
        if (setting is null)
        {
            db.ParticipationSettings.Add(new ParticipationSetting(bodyId, showAtOnce));
        }
        else
        {
            setting.ShowCommentsAtOnce = showAtOnce;
        }
        var choice = showAtOnce ? "留言即时显示" : "留言先审核后显示";
        db.AuditAs("设置留言显示方式", $"{row.Name}：{choice}");
        await db.SaveChangesAsync(ct);
        Flash = $"{row.Name}：{choice}。";
        return Redirect(Path);
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        PageTitle = "留言显示设置";
        var bodies = (await Access.ReachAsync(ct)).BodiesWith(StaffRole.BodyAdmin).ToList();
        if (bodies.Count == 0)
        {
            return false;
        }
        var atOnce = await db.ParticipationSettings.AsNoTracking().Where(s => bodies.Contains(s.BodyId) && s.ShowCommentsAtOnce).Select(s => s.BodyId).ToListAsync(ct);
        Rows = (await db.Bodies.AsNoTracking().Where(b => bodies.Contains(b.Id)).OrderBy(b => b.SortOrder).ThenBy(b => b.Id).Select(b => new { b.Id, b.Name }).ToListAsync(ct))
            .Select(b => new Row(b.Id, b.Name, atOnce.Contains(b.Id))).ToList();
        return true;
    }
}
