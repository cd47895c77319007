using Gongkai.BackOffice;
using Gongkai.Bodies;
using Gongkai.Data;
using Gongkai.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Applications.Admin;

/// <summary>
/// Tables 三 and 四 of a body's annual report for one year, for the bodies whose applications the
/// person may read. The query string (body, year) makes every view bookmarkable.
/// </summary>
public sealed class StatisticsModel(GongkaiDb db, AdminApplications applications, TimeProvider time) : AdminPageModel
{
    public IReadOnlyList<Body> Bodies { get; private set; } = [];
    public Body? Body { get; private set; }
    /// <summary>The year as typed, kept when it is not a year.</summary>
    public string YearText { get; private set; } = "";
    public ApplicationYearStatistics? Statistics { get; private set; }
    public Dictionary<string, string> Errors { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string? body, string? year, CancellationToken ct)
    {
        PageTitle = "依申请公开统计";
        var reach = (await applications.BodiesAsync(ct)).ToList();
        if (reach.Count == 0)
        {
            return Forbid();
        }
        Bodies = await db.Bodies.AsNoTracking().Where(b => reach.Contains(b.Id)).OrderBy(b => b.Id).ToListAsync(ct);
        Body = string.IsNullOrWhiteSpace(body) ? Bodies[0] : Bodies.FirstOrDefault(b => b.Slug == body.Trim());
        if (Body is null)
        {
            return NotFound();
        }
        var thisYear = time.GetUtcNow().ChinaDate().Year;
        YearText = year?.Trim() ?? $"{thisYear}";
        if (!int.TryParse(YearText, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var y) || y < 2008 || y > thisYear)
        {
            Errors["Year"] = $"年度应为 2008 至 {thisYear} 之间的四位数字（《政府信息公开条例》自 2008 年施行）。";
            return Invalid();
        }
        PageTitle = $"{Body.Name}{y}年依申请公开统计";
        Statistics = await ApplicationStatistics.ForAsync(db, Body.Id, y, ct);
        return Page();
    }
}
