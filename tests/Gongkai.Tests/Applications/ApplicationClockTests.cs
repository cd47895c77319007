using Gongkai.Applications;
using Gongkai.Calendar;

namespace Gongkai.Tests.Applications;

/// <summary>Every expected date here was counted by hand on the 2020–2026 schedules of domain.md §9.</summary>
public class ApplicationClockTests
{
    private static readonly WorkingDayCalendar Calendar = ShippedCalendar.Calendar;

    private static DateOnly D(string text) => DateOnly.Parse(text);

    private static ClockPause P(string start, string end, PauseKind kind = PauseKind.ThirdParty) => new(D(start), D(end), kind);

    private static ApplicationDeadline Compute(string received, string? corrected = null, int extension = 0, params ClockPause[] pauses) =>
        ApplicationClock.Compute(Calendar, new ClockFacts(D(received), corrected is null ? null : D(corrected), pauses, extension));

    public static TheoryData<string, string?, int, ClockPause[], string> Cases => new()
    {
        // domain.md §5 worked examples.
        { "2025-09-26", null, 0, [], "2025-10-30" },
        { "2025-09-26", null, 20, [], "2025-11-27" },
        { "2024-12-20", null, 0, [], "2025-01-20" },
        { "2026-02-06", null, 0, [], "2026-03-12" },
        // Extensions.
        { "2025-09-26", null, 10, [], "2025-11-13" },
        { "2026-02-06", null, 20, [], "2026-04-10" },
        // Make-up working days count (2026-02-14 and 02-28 are Saturdays worked).
        { "2026-02-13", null, 0, [], "2026-03-19" },
        // Received on a day off: counting starts after it all the same.
        { "2025-10-01", null, 0, [], "2025-11-04" },
        // A third-party consultation removes Oct 10, 11 (a make-up Saturday), 13, 14, 15.
        { "2025-09-26", null, 0, [P("2025-10-09", "2025-10-15")], "2025-11-06" },
        // A fee notice across the National Day break removes only Sep 30, Oct 9, Oct 10.
        { "2025-09-26", null, 0, [P("2025-09-29", "2025-10-10", PauseKind.Fee)], "2025-11-04" },
        // A co-producer consultation across New Year ending on a Sunday removes Dec 30, 31, Jan 2, 3.
        { "2024-12-20", null, 0, [P("2024-12-27", "2025-01-05", PauseKind.CoProducer)], "2025-01-24" },
        // Overlapping pauses remove each day once: Oct 10–17 minus the weekend.
        { "2025-09-26", null, 0, [P("2025-10-09", "2025-10-15"), P("2025-10-14", "2025-10-17", PauseKind.Fee)], "2025-11-10" },
        // A pause and an extension together.
        { "2025-09-26", null, 10, [P("2025-10-09", "2025-10-15")], "2025-11-20" },
        // A correction restarts the count from the day it is received.
        { "2025-09-26", "2025-10-20", 0, [], "2025-11-17" },
        // … and a pause before that day no longer matters.
        { "2025-09-26", "2025-10-20", 0, [P("2025-09-29", "2025-10-10", PauseKind.Fee)], "2025-11-17" },
        // A pause running past the correction still removes the days after it: Oct 21, 22.
        { "2025-09-26", "2025-10-20", 0, [P("2025-10-15", "2025-10-22")], "2025-11-19" },
        // Year boundary inside the known calendar.
        { "2026-11-27", null, 0, [], "2026-12-25" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Due_dates_match_the_hand_count(string received, string? corrected, int extension, ClockPause[] pauses, string due)
    {
        var deadline = Compute(received, corrected, extension, pauses);

        Assert.Equal(D(due), deadline.Due.Date);
        Assert.False(deadline.Provisional);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_counted_days_are_the_working_days_outside_pauses(string received, string? corrected, int extension, ClockPause[] pauses, string due)
    {
        var deadline = Compute(received, corrected, extension, pauses);

        Assert.Equal(ApplicationClock.ReplyWorkingDays + extension, deadline.CountedDays.Count);
        Assert.Equal(D(due), deadline.CountedDays[^1]);
        Assert.All(deadline.CountedDays, d => Assert.True(Calendar.IsWorkingDay(d)));
        Assert.All(deadline.CountedDays, d => Assert.DoesNotContain(pauses, p => p.Removes(d)));
        Assert.All(deadline.CountedDays, d => Assert.True(d > deadline.DayZero));
        Assert.Equal(Calendar.WorkingDaysBetween(deadline.DayZero, D(due)), deadline.CountedDays.Count + deadline.PausedDays.Count);
    }

    [Fact]
    public void The_paused_days_name_their_pause()
    {
        var deadline = Compute("2025-09-26", null, 0, P("2025-10-09", "2025-10-15"), P("2025-10-14", "2025-10-17", PauseKind.Fee));

        Assert.Equal(
            [
                new PausedDay(D("2025-10-10"), PauseKind.ThirdParty), new PausedDay(D("2025-10-11"), PauseKind.ThirdParty),
                new PausedDay(D("2025-10-13"), PauseKind.ThirdParty), new PausedDay(D("2025-10-14"), PauseKind.ThirdParty),
                new PausedDay(D("2025-10-15"), PauseKind.ThirdParty), new PausedDay(D("2025-10-16"), PauseKind.Fee),
                new PausedDay(D("2025-10-17"), PauseKind.Fee),
            ],
            deadline.PausedDays);
    }

    [Theory]
    [InlineData("2025-09-26", "2025-10-13")]
    [InlineData("2026-02-13", "2026-03-02")]
    [InlineData("2024-12-27", "2025-01-08")]
    public void The_correction_notice_is_due_seven_working_days_after_the_original_receipt(string received, string noticeDue)
    {
        Assert.Equal(D(noticeDue), Compute(received).CorrectionNoticeDue.Date);
        Assert.Equal(D(noticeDue), Compute(received, corrected: "2026-11-27").CorrectionNoticeDue.Date);
    }

    [Fact]
    public void The_due_date_without_extension_is_kept_beside_the_extended_one()
    {
        var deadline = Compute("2025-09-26", extension: 20);

        Assert.Equal(D("2025-10-30"), deadline.DueWithoutExtension.Date);
        Assert.Equal(D("2025-11-27"), deadline.Due.Date);
    }

    [Fact]
    public void A_count_reaching_an_unknown_year_is_provisional()
    {
        // 2027 has no schedule: Jan 1 2027 counts as a plain Friday.
        var deadline = Compute("2026-12-10");

        Assert.Equal(D("2027-01-07"), deadline.Due.Date);
        Assert.True(deadline.Provisional);
        Assert.True(deadline.DueWithoutExtension.Provisional);
    }

    [Fact]
    public void Only_the_extension_may_reach_into_an_unknown_year()
    {
        var deadline = Compute("2026-11-27", extension: 20);

        Assert.False(deadline.DueWithoutExtension.Provisional);
        Assert.True(deadline.Due.Provisional);
        // Dec 28–31 and Jan 1 2027 count, then Jan 4–8, 11–15, 18–22.
        Assert.Equal(D("2027-01-22"), deadline.Due.Date);
    }

    [Fact]
    public void A_year_added_later_makes_the_date_firm()
    {
        Assert.True(CalendarYear.TryParse(2027, "01-01..01-03", null, out var y2027, out _));
        var deadline = ApplicationClock.Compute(Calendar.With(y2027!), new ClockFacts(D("2026-12-10"), null, [], 0));

        Assert.False(deadline.Provisional);
        Assert.Equal(D("2027-01-08"), deadline.Due.Date);
    }

    [Theory]
    [InlineData("2025-09-26", "2025-09-25", 0, null, null, "补正收到日期不能早于申请收到日期。")]
    [InlineData("2025-09-26", null, 21, null, null, "延期最多 20 个工作日。")]
    [InlineData("2025-09-26", null, -1, null, null, "延期最多 20 个工作日。")]
    [InlineData("2025-09-26", null, 0, "2025-10-10", "2025-10-09", "中止计时的结束日期不能早于开始日期。")]
    [InlineData("2025-09-26", null, 0, "2025-09-20", "2025-10-09", "中止计时不能早于申请收到日期。")]
    public void Impossible_facts_are_named(string received, string? corrected, int extension, string? pauseStart, string? pauseEnd, string problem)
    {
        ClockPause[] pauses = pauseStart is null ? [] : [P(pauseStart, pauseEnd!)];
        var facts = new ClockFacts(D(received), corrected is null ? null : D(corrected), pauses, extension);

        Assert.Equal([problem], facts.Problems());
        Assert.Throws<ArgumentException>(() => ApplicationClock.Compute(Calendar, facts));
    }
}
