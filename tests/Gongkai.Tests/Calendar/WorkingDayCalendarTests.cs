using Gongkai.Calendar;

namespace Gongkai.Tests.Calendar;

public class WorkingDayCalendarTests
{
    private static readonly WorkingDayCalendar Shipped = ShippedCalendar.Calendar;

    private static DateOnly D(string date) => DateOnly.Parse(date);

    private static CalendarYear Year(int year, string daysOff, string makeUp = "")
    {
        Assert.True(CalendarYear.TryParse(year, daysOff, makeUp, out var parsed, out var problems), string.Join(" ", problems));
        return parsed;
    }

    // AddWorkingDays: edge cases first.

    [Theory]
    [InlineData("2025-10-01")] // a day off
    [InlineData("2025-10-04")] // a Saturday inside a break
    [InlineData("2025-09-28")] // a make-up Sunday
    [InlineData("2025-09-26")] // an ordinary Friday
    [InlineData("2022-12-31")] // a day off of the 2023 schedule
    public void Adding_zero_days_gives_the_day_itself(string from)
    {
        Assert.Equal(new WorkingDayResult(D(from), false), Shipped.AddWorkingDays(D(from), 0));
    }

    [Theory]
    [InlineData("2019-12-31")]
    [InlineData("2027-03-01")]
    public void Adding_zero_days_in_an_unknown_year_is_provisional(string from)
    {
        Assert.Equal(new WorkingDayResult(D(from), true), Shipped.AddWorkingDays(D(from), 0));
    }

    [Fact]
    public void Negative_days_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Shipped.AddWorkingDays(D("2025-01-01"), -1));
    }

    [Theory]
    [InlineData("2025-09-26", 1, "2025-09-28")] // Friday → the make-up Sunday
    [InlineData("2025-09-19", 1, "2025-09-22")] // Friday → Monday
    [InlineData("2025-09-20", 1, "2025-09-22")] // Saturday → Monday
    [InlineData("2025-09-30", 1, "2025-10-09")] // over the National Day break
    [InlineData("2025-10-01", 1, "2025-10-09")] // from inside the break
    [InlineData("2025-10-08", 1, "2025-10-09")] // from its last day
    [InlineData("2025-10-10", 1, "2025-10-11")] // Friday → the make-up Saturday
    [InlineData("2025-01-27", 1, "2025-02-05")] // over the Spring Festival break
    [InlineData("2025-01-24", 1, "2025-01-26")] // Friday → the make-up Sunday before it
    [InlineData("2022-12-30", 1, "2023-01-03")] // over the break that starts 2022-12-31
    [InlineData("2020-01-31", 1, "2020-02-03")] // 2020-02-01 was a cancelled make-up day
    [InlineData("2019-12-31", 1, "2020-01-02")] // from an unknown year into a known one
    [InlineData("2024-02-29", 1, "2024-03-01")] // leap day
    [InlineData("2026-12-25", 4, "2026-12-31")] // ends on the last known day
    public void Single_and_short_counts_step_over_days_off(string from, int days, string expected)
    {
        Assert.Equal(new WorkingDayResult(D(expected), false), Shipped.AddWorkingDays(D(from), days));
    }

    [Theory]
    [InlineData("2025-09-26", 7, "2025-10-13")]  // correction notice
    [InlineData("2025-09-26", 20, "2025-10-30")] // reply
    [InlineData("2025-09-26", 40, "2025-11-27")] // reply with the full extension
    [InlineData("2024-12-20", 20, "2025-01-20")]
    [InlineData("2026-02-06", 20, "2026-03-12")]
    public void The_worked_examples_of_domain_md_section_5(string received, int days, string due)
    {
        Assert.Equal(new WorkingDayResult(D(due), false), Shipped.AddWorkingDays(D(received), days));
    }

    [Theory]
    [InlineData("2026-12-31", 1, "2027-01-01")]
    [InlineData("2026-12-20", 20, "2027-01-15")] // 9 days in 2026, 11 Monday–Fridays in 2027
    [InlineData("2026-12-30", 20, "2027-01-27")]
    [InlineData("2019-12-27", 1, "2019-12-30")]
    [InlineData("2030-06-07", 1, "2030-06-10")]
    [InlineData("2030-06-03", 5, "2030-06-10")]
    public void Counting_into_a_year_without_a_schedule_counts_weekdays_and_is_provisional(string from, int days, string expected)
    {
        Assert.Equal(new WorkingDayResult(D(expected), true), Shipped.AddWorkingDays(D(from), days));
    }

    [Fact]
    public void A_count_is_provisional_only_once_it_reaches_an_unknown_year()
    {
        // The first count stops on 2026-12-31 and never looks at 2027.
        Assert.False(Shipped.AddWorkingDays(D("2026-12-30"), 1).Provisional);
        Assert.True(Shipped.AddWorkingDays(D("2026-12-31"), 1).Provisional);
    }

    [Fact]
    public void Adding_the_2027_schedule_makes_the_count_firm_and_honours_its_holidays()
    {
        var calendar = Shipped.With(Year(2027, "01-01..01-03"));

        Assert.Equal(new WorkingDayResult(D("2027-01-18"), false), calendar.AddWorkingDays(D("2026-12-20"), 20));
        Assert.False(calendar.IsWorkingDay(D("2027-01-01")));
        Assert.True(calendar.IsKnown(D("2027-01-01")));
        Assert.Equal(new WorkingDayResult(D("2027-01-15"), true), Shipped.AddWorkingDays(D("2026-12-20"), 20));
    }

    [Fact]
    public void A_later_day_off_that_starts_in_the_year_before_applies_on_its_date()
    {
        var calendar = Shipped.With(Year(2027, "2026-12-31..01-02"));

        Assert.True(Shipped.IsWorkingDay(D("2026-12-31")));
        Assert.False(calendar.IsWorkingDay(D("2026-12-31")));
        Assert.Equal(new WorkingDayResult(D("2027-01-04"), false), calendar.AddWorkingDays(D("2026-12-30"), 1));
    }

    [Fact]
    public void A_day_off_listed_by_a_schedule_counts_even_when_its_own_year_is_unknown()
    {
        var calendar = new WorkingDayCalendar([Year(2027, "2026-12-31..01-02")]);

        Assert.False(calendar.IsKnown(D("2026-12-31")));
        Assert.False(calendar.IsWorkingDay(D("2026-12-31")));
        Assert.Equal(new WorkingDayResult(D("2027-01-04"), true), calendar.AddWorkingDays(D("2026-12-30"), 1));
    }

    [Fact]
    public void A_later_schedule_for_the_same_year_replaces_the_earlier_one()
    {
        var calendar = Shipped.With(Year(2025, "01-01"));

        Assert.True(calendar.IsWorkingDay(D("2025-10-08")));
        Assert.False(calendar.IsWorkingDay(D("2025-09-28")));
        Assert.Equal(7, calendar.Years.Count);
        Assert.Equal("01-01", calendar.Years.Single(y => y.Year == 2025).DaysOffText());
    }

    [Fact]
    public void When_two_schedules_disagree_the_make_up_working_day_wins()
    {
        var calendar = new WorkingDayCalendar([Year(2026, "01-01", "12-27"), Year(2027, "2026-12-26..01-01")]);

        Assert.True(calendar.IsWorkingDay(D("2026-12-27")));
        Assert.False(calendar.IsWorkingDay(D("2026-12-28")));
    }

    [Fact]
    public void An_empty_calendar_counts_monday_to_friday_and_everything_is_provisional()
    {
        var calendar = new WorkingDayCalendar([]);

        Assert.True(calendar.IsWorkingDay(D("2025-10-01")));
        Assert.False(calendar.IsWorkingDay(D("2025-09-28")));
        Assert.Equal(new WorkingDayResult(D("2025-10-24"), true), calendar.AddWorkingDays(D("2025-09-26"), 20));
    }

    [Theory]
    [InlineData("2025-10-30", false, "2025-10-30")]
    [InlineData("2027-01-15", true, "2027-01-15 provisional")]
    public void The_result_prints_as_the_cli_shows_it(string date, bool provisional, string text)
    {
        Assert.Equal(text, new WorkingDayResult(D(date), provisional).ToString());
    }

    // IsWorkingDay beyond the known years.

    [Theory]
    [InlineData("2019-10-01", true)] // a holiday in 2019, but 2019 has no schedule
    [InlineData("2019-12-28", false)]
    [InlineData("2027-01-01", true)]
    [InlineData("2027-01-02", false)]
    [InlineData("2027-01-03", false)]
    [InlineData("2030-10-01", true)]
    public void Outside_the_known_years_monday_to_friday_are_working_days(string date, bool working)
    {
        Assert.Equal(working, Shipped.IsWorkingDay(D(date)));
    }

    // WorkingDaysBetween.

    [Theory]
    [InlineData("2025-09-26", "2025-09-26", 0)]
    [InlineData("2025-10-04", "2025-10-04", 0)]
    [InlineData("2025-09-19", "2025-09-20", 0)] // Friday → Saturday
    [InlineData("2025-09-19", "2025-09-22", 1)] // Friday → Monday
    [InlineData("2025-09-30", "2025-10-08", 0)] // the whole break
    [InlineData("2025-09-30", "2025-10-09", 1)]
    [InlineData("2025-09-26", "2025-10-13", 7)]
    [InlineData("2025-09-26", "2025-10-30", 20)]
    [InlineData("2025-09-26", "2025-11-27", 40)]
    [InlineData("2024-12-20", "2025-01-20", 20)]
    [InlineData("2026-02-06", "2026-03-12", 20)]
    [InlineData("2025-09-20", "2025-09-19", 0)] // backwards over a weekend day only
    [InlineData("2025-09-22", "2025-09-19", -1)]
    [InlineData("2025-10-30", "2025-09-26", -20)]
    [InlineData("2025-10-09", "2025-09-30", -1)]
    public void Working_days_between_count_the_days_after_from_up_to_to(string from, string to, int expected)
    {
        Assert.Equal(expected, Shipped.WorkingDaysBetween(D(from), D(to)));
        Assert.Equal(-expected, Shipped.WorkingDaysBetween(D(to), D(from)));
    }

    [Fact]
    public void Working_days_between_undoes_adding_working_days()
    {
        var wrong = new List<string>();
        for (var from = D("2019-12-01"); from <= D("2027-01-31"); from = from.AddDays(3))
        {
            foreach (var days in new[] { 0, 1, 2, 7, 15, 20, 40 })
            {
                var due = Shipped.AddWorkingDays(from, days).Date;
                if (Shipped.WorkingDaysBetween(from, due) != days || (days > 0 && !Shipped.IsWorkingDay(due)))
                {
                    wrong.Add($"{from} + {days} = {due}");
                }
            }
        }

        Assert.Empty(wrong);
    }

    // WorkingDaysLeft.

    [Theory]
    [InlineData("2025-10-30", "2025-10-30", 0)]  // the due date
    [InlineData("2025-10-29", "2025-10-30", 1)]
    [InlineData("2025-10-27", "2025-10-30", 3)]
    [InlineData("2025-10-25", "2025-10-30", 4)]  // from a Saturday
    [InlineData("2025-09-26", "2025-10-30", 20)]
    [InlineData("2025-10-31", "2025-10-30", -1)] // overdue
    [InlineData("2025-11-04", "2025-10-30", -3)]
    [InlineData("2025-11-01", "2025-10-31", -1)] // the Saturday after a Friday deadline
    [InlineData("2025-11-02", "2025-10-31", -1)]
    [InlineData("2025-11-03", "2025-10-31", -1)]
    [InlineData("2025-11-04", "2025-10-31", -2)]
    [InlineData("2025-10-01", "2025-09-30", -1)] // overdue during the break
    [InlineData("2025-10-08", "2025-09-30", -1)]
    [InlineData("2025-10-09", "2025-09-30", -1)]
    [InlineData("2025-10-10", "2025-09-30", -2)]
    [InlineData("2025-10-04", "2025-10-04", 0)]  // a due date on a day off
    [InlineData("2025-10-03", "2025-10-04", 0)]
    public void Working_days_left_is_zero_on_the_due_date_and_negative_after_it(string today, string due, int expected)
    {
        Assert.Equal(expected, Shipped.WorkingDaysLeft(D(today), D(due)));
    }
}
