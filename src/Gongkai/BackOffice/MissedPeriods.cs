using Gongkai.Calendar;
using Gongkai.Data;
using Gongkai.Items;
using Gongkai.Text;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.BackOffice;

/// <summary>
/// Periodic catalogue rows (a village's monthly accounts, a school's weekly board) whose expected
/// publications are missing: each period from the first publication (or the start of last year)
/// to today that has no item, once its grace of working days has passed.
/// </summary>
public sealed class MissedPeriods(GongkaiDb db, CalendarSource calendars, TimeProvider time)
{
    public sealed record Gap(int BodyId, string Body, int CategoryId, string Category, Period Period, IReadOnlyList<PeriodSlot> Missed);

    /// <summary>Working days allowed after a period ends when its row names no time limit.</summary>
    public const int DefaultGrace = 10;

    public async Task<IReadOnlyList<Gap>> ForBodiesAsync(IReadOnlyCollection<int> bodyIds, CancellationToken ct)
    {
        var ids = bodyIds.ToList();
        var periodic = await db.CatalogueCategories.AsNoTracking()
            .Where(c => ids.Contains(c.BodyId) && c.TemplateRow != null && c.TemplateRow.Period != null)
            .Select(c => new { c.Id, c.Name, c.BodyId, Body = c.Body.ShortName, c.TemplateRow!.Period, c.TemplateRow.TimeLimit })
            .ToListAsync(ct);
        if (periodic.Count == 0)
        {
            return [];
        }
        var categoryIds = periodic.Select(c => c.Id).ToList();
        var published = await db.Items.AsNoTracking()
            .Where(i => categoryIds.Contains(i.CategoryId) && i.Status == ItemStatus.Published)
            .Select(i => new { i.CategoryId, i.PublishedAt })
            .ToListAsync(ct);
        var calendar = await calendars.GetAsync(ct);
        var today = time.GetUtcNow().ChinaDate();
        var gaps = new List<Gap>();
        foreach (var row in periodic)
        {
            var dates = published.Where(p => p.CategoryId == row.Id && p.PublishedAt is not null).Select(p => p.PublishedAt!.Value.ChinaDate()).ToList();
            var start = dates.Count > 0 ? dates.Min() : new DateOnly(today.Year - 1, 1, 1);
            var slots = PeriodSlots.Expected(row.Period!.Value, start, today);
            var grace = TimeLimitParser.TryWorkingDays(row.TimeLimit, out var days) ? days : DefaultGrace;
            var missed = PeriodSlots.Missed(slots, dates, grace, calendar, today);
            if (missed.Count > 0)
            {
                gaps.Add(new Gap(row.BodyId, row.Body, row.Id, row.Name, row.Period.Value, missed));
            }
        }
        return gaps.OrderBy(g => g.BodyId).ThenBy(g => g.CategoryId).ToList();
    }
}
