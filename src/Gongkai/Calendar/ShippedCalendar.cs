namespace Gongkai.Calendar;

/// <summary>
/// The State Council schedules of 2020–2026, exactly as in domain.md §9. Later years are added by
/// administrators and passed to <see cref="WorkingDayCalendar.With"/>.
/// </summary>
public static class ShippedCalendar
{
    // Year, days off, make-up working days. 2020's make-up day 02-01 was cancelled when the
    // Spring Festival break was extended, so it is not listed.
    private static readonly (int Year, string DaysOff, string MakeUp)[] Schedules =
    [
        (2020, "01-01; 01-24..02-02; 04-04..04-06; 05-01..05-05; 06-25..06-27; 10-01..10-08",
            "01-19, 04-26, 05-09, 06-28, 09-27, 10-10"),
        (2021, "01-01..01-03; 02-11..02-17; 04-03..04-05; 05-01..05-05; 06-12..06-14; 09-19..09-21; 10-01..10-07",
            "02-07, 02-20, 04-25, 05-08, 09-18, 09-26, 10-09"),
        (2022, "01-01..01-03; 01-31..02-06; 04-03..04-05; 04-30..05-04; 06-03..06-05; 09-10..09-12; 10-01..10-07",
            "01-29, 01-30, 04-02, 04-24, 05-07, 10-08, 10-09"),
        (2023, "2022-12-31..01-02; 01-21..01-27; 04-05; 04-29..05-03; 06-22..06-24; 09-29..10-06",
            "01-28, 01-29, 04-23, 05-06, 06-25, 10-07, 10-08"),
        (2024, "01-01; 02-10..02-17; 04-04..04-06; 05-01..05-05; 06-10; 09-15..09-17; 10-01..10-07",
            "02-04, 02-18, 04-07, 04-28, 05-11, 09-14, 09-29, 10-12"),
        (2025, "01-01; 01-28..02-04; 04-04..04-06; 05-01..05-05; 05-31..06-02; 10-01..10-08",
            "01-26, 02-08, 04-27, 09-28, 10-11"),
        (2026, "01-01..01-03; 02-15..02-23; 04-04..04-06; 05-01..05-05; 06-19..06-21; 09-25..09-27; 10-01..10-07",
            "01-04, 02-14, 02-28, 05-09, 09-20, 10-10"),
    ];

    public static IReadOnlyList<CalendarYear> Years { get; } = [.. Schedules.Select(Parse)];

    /// <summary>A calendar of the shipped years only.</summary>
    public static WorkingDayCalendar Calendar { get; } = new(Years);

    private static CalendarYear Parse((int Year, string DaysOff, string MakeUp) schedule) =>
        CalendarYear.TryParse(schedule.Year, schedule.DaysOff, schedule.MakeUp, out var year, out var problems)
            ? year
            : throw new InvalidOperationException($"Shipped schedule {schedule.Year} is invalid: {string.Join(" ", problems)}");
}
