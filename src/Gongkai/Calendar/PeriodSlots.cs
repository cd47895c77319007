using System.Globalization;
using Gongkai.Items;

namespace Gongkai.Calendar;

/// <summary>One period a periodic item is expected to be published for, with its Chinese label.</summary>
public sealed record PeriodSlot(DateOnly Start, DateOnly End, string Label);

/// <summary>
/// Expected publication slots for periodic items (定期公开) and village finance reports, and the
/// ones missed. Periods: weeks run Monday–Sunday and are numbered as ISO weeks; months, quarters and
/// years are calendar ones; school years run September–August, the first (autumn) term
/// September–January and the second (spring) term February–August.
/// </summary>
public static class PeriodSlots
{
    /// <summary>
    /// Every slot from the one containing <paramref name="start"/> to the one containing
    /// <paramref name="today"/>, in order (the current, unfinished slot included); empty when
    /// <paramref name="today"/> is before <paramref name="start"/>.
    /// </summary>
    public static IReadOnlyList<PeriodSlot> Expected(Period period, DateOnly start, DateOnly today)
    {
        var slots = new List<PeriodSlot>();
        if (today < start)
        {
            return slots;
        }
        for (var slot = Containing(period, start); slot.Start <= today; slot = Containing(period, slot.End.AddDays(1)))
        {
            slots.Add(slot);
        }
        return slots;
    }

    /// <summary>The slot of <paramref name="period"/> that contains <paramref name="date"/>.</summary>
    public static PeriodSlot Containing(Period period, DateOnly date)
    {
        switch (period)
        {
            case Period.Weekly:
                {
                    var monday = date.AddDays(-(((int)date.DayOfWeek + 6) % 7));
                    var sunday = monday.AddDays(6);
                    var asDateTime = date.ToDateTime(TimeOnly.MinValue);
                    var range = monday.Year == sunday.Year
                        ? $"{monday.Month}月{monday.Day}日—{sunday.Month}月{sunday.Day}日"
                        : $"{monday.Year}年{monday.Month}月{monday.Day}日—{sunday.Year}年{sunday.Month}月{sunday.Day}日";
                    return new(monday, sunday, $"{ISOWeek.GetYear(asDateTime)}年第{ISOWeek.GetWeekOfYear(asDateTime)}周（{range}）");
                }
            case Period.Monthly:
                {
                    var first = new DateOnly(date.Year, date.Month, 1);
                    return new(first, first.AddMonths(1).AddDays(-1), $"{date.Year}年{date.Month}月");
                }
            case Period.Quarterly:
                {
                    var quarter = ((date.Month - 1) / 3) + 1;
                    var first = new DateOnly(date.Year, ((quarter - 1) * 3) + 1, 1);
                    return new(first, first.AddMonths(3).AddDays(-1), $"{date.Year}年第{quarter}季度");
                }
            case Period.Yearly:
                return new(new DateOnly(date.Year, 1, 1), new DateOnly(date.Year, 12, 31), $"{date.Year}年");
            case Period.SchoolTerm:
                {
                    var schoolYear = SchoolYearStarting(date);
                    return date.Month is >= 9 or 1
                        ? new(new DateOnly(schoolYear, 9, 1), new DateOnly(schoolYear + 1, 1, 31), $"{schoolYear}—{schoolYear + 1}学年第一学期")
                        : new(new DateOnly(schoolYear + 1, 2, 1), new DateOnly(schoolYear + 1, 8, 31), $"{schoolYear}—{schoolYear + 1}学年第二学期");
                }
            case Period.SchoolYear:
                {
                    var schoolYear = SchoolYearStarting(date);
                    return new(new DateOnly(schoolYear, 9, 1), new DateOnly(schoolYear + 1, 8, 31), $"{schoolYear}—{schoolYear + 1}学年");
                }
            default:
                throw new ArgumentOutOfRangeException(nameof(period), period, null);
        }
    }

    private static int SchoolYearStarting(DateOnly date) => date.Month >= 9 ? date.Year : date.Year - 1;

    /// <summary>
    /// The slots nobody published for. A publication covers a slot when it is dated from the slot's
    /// start to <paramref name="graceWorkingDays"/> working days after its end. Each publication covers
    /// one slot only: slots are taken in order and each takes the earliest publication in its window
    /// not already taken (so a late report for October cannot also stand for November, and reports
    /// published early in the next period count for the period before). Dates alone cannot say which
    /// report is missing, so a gap shows in the latest slot it could belong to. A slot without
    /// a publication is missed once its grace has passed, i.e. <paramref name="today"/> is after the
    /// last day of the grace.
    /// </summary>
    public static IReadOnlyList<PeriodSlot> Missed(
        IEnumerable<PeriodSlot> slots,
        IEnumerable<DateOnly> publishedDates,
        int graceWorkingDays,
        WorkingDayCalendar calendar,
        DateOnly today)
    {
        var unused = publishedDates.Order().ToList();
        var missed = new List<PeriodSlot>();
        foreach (var slot in slots.OrderBy(s => s.Start))
        {
            var graceEnd = calendar.AddWorkingDays(slot.End, graceWorkingDays).Date;
            var index = unused.FindIndex(date => slot.Start <= date && date <= graceEnd);
            if (index >= 0)
            {
                unused.RemoveAt(index);
            }
            else if (today > graceEnd)
            {
                missed.Add(slot);
            }
        }
        return missed;
    }
}
