using System.Globalization;

namespace Gongkai.Calendar;

/// <summary>A date reached by counting working days; provisional when part of the count was a guess.</summary>
public readonly record struct WorkingDayResult(DateOnly Date, bool Provisional)
{
    /// <summary><c>2025-10-30</c>, or <c>2027-01-15 provisional</c>: what the CLI prints.</summary>
    public override string ToString() =>
        Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + (Provisional ? " provisional" : "");
}

/// <summary>
/// Working days (domain.md §9): Monday–Friday that is not a day off, plus any weekend day declared
/// a make-up working day. In a year without a schedule every Monday–Friday counts, and counts that
/// touch such a year are marked provisional. Days off and make-up days apply on their date whichever
/// schedule lists them (2023's schedule holds 2022-12-31); should two schedules disagree about a
/// date, the make-up working day wins.
/// </summary>
public sealed class WorkingDayCalendar
{
    private readonly HashSet<DateOnly> _daysOff = [];
    private readonly HashSet<DateOnly> _makeUpDays = [];
    private readonly HashSet<int> _knownYears = [];

    /// <summary>A later schedule for the same year replaces an earlier one.</summary>
    public WorkingDayCalendar(IEnumerable<CalendarYear> years)
    {
        var byYear = new SortedDictionary<int, CalendarYear>();
        foreach (var year in years)
        {
            byYear[year.Year] = year;
        }
        Years = [.. byYear.Values];
        foreach (var year in Years)
        {
            _knownYears.Add(year.Year);
            _daysOff.UnionWith(year.DaysOff.SelectMany(range => range.Days()));
            _makeUpDays.UnionWith(year.MakeUpWorkingDays);
        }
    }

    /// <summary>The schedules in force, one per year, in year order.</summary>
    public IReadOnlyList<CalendarYear> Years { get; }

    /// <summary>This calendar with <paramref name="added"/> years added or replaced.</summary>
    public WorkingDayCalendar With(params IEnumerable<CalendarYear> added) => new(Years.Concat(added));

    public bool IsWorkingDay(DateOnly date) =>
        _makeUpDays.Contains(date)
        || (date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !_daysOff.Contains(date));

    /// <summary>Whether the date's year has a schedule.</summary>
    public bool IsKnown(DateOnly date) => _knownYears.Contains(date.Year);

    /// <summary>
    /// Day 0 is <paramref name="from"/>; counts the working days after it and returns the day the count
    /// reaches <paramref name="days"/> (0 → <paramref name="from"/> itself). Provisional when any day
    /// looked at after <paramref name="from"/>, or the result, lies in a year without a schedule.
    /// </summary>
    public WorkingDayResult AddWorkingDays(DateOnly from, int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        var date = from;
        var provisional = !IsKnown(from) && days == 0;
        for (var counted = 0; counted < days;)
        {
            date = date.AddDays(1);
            provisional |= !IsKnown(date);
            if (IsWorkingDay(date))
            {
                counted++;
            }
        }
        return new WorkingDayResult(date, provisional);
    }

    /// <summary>
    /// The working days after <paramref name="from"/> up to and including <paramref name="to"/>; so
    /// <c>WorkingDaysBetween(d, AddWorkingDays(d, n).Date) == n</c>. Zero when the dates are equal;
    /// when <paramref name="to"/> is earlier the result is negated (the working days after
    /// <paramref name="to"/> up to and including <paramref name="from"/>), so swapping the arguments
    /// changes only the sign.
    /// </summary>
    public int WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        if (to < from)
        {
            return -WorkingDaysBetween(to, from);
        }
        var count = 0;
        for (var date = from.AddDays(1); date <= to; date = date.AddDays(1))
        {
            if (IsWorkingDay(date))
            {
                count++;
            }
        }
        return count;
    }

    /// <summary>
    /// For dashboards: the working days left until <paramref name="due"/>; 0 on the due date. After the
    /// due date the result is always negative: minus the working days since it, and at least −1 (the
    /// weekend after a Friday deadline is already overdue).
    /// </summary>
    public int WorkingDaysLeft(DateOnly today, DateOnly due) =>
        today <= due ? WorkingDaysBetween(today, due) : Math.Min(-1, WorkingDaysBetween(today, due));
}
