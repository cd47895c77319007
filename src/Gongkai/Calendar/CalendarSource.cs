using Gongkai.Data;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Calendar;

/// <summary>The calendar in force: the shipped 2020–2026 schedules plus the years administrators added.</summary>
public sealed class CalendarSource(GongkaiDb db)
{
    private WorkingDayCalendar? _calendar;

    public async Task<WorkingDayCalendar> GetAsync(CancellationToken ct = default)
    {
        if (_calendar is not null)
        {
            return _calendar;
        }
        var added = await db.CalendarYears.AsNoTracking().ToListAsync(ct);
        return _calendar = ShippedCalendar.Calendar.With(added.Select(r => r.ToCalendarYear()).OfType<CalendarYear>());
    }
}
