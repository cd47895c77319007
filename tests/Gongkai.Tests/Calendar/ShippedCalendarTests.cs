using Gongkai.Calendar;

namespace Gongkai.Tests.Calendar;

/// <summary>
/// Checks the shipped calendar against a second, independent copy of domain.md §9 typed out as
/// dates, so a typo in either copy fails a test.
/// </summary>
public class ShippedCalendarTests
{
    private static DateOnly D(int year, int month, int day) => new(year, month, day);

    private static (DateOnly First, DateOnly Last) R(int year, int month, int day, int lastMonth, int lastDay) =>
        (D(year, month, day), D(year, lastMonth, lastDay));

    private static (DateOnly First, DateOnly Last) R(int year, int month, int day) => (D(year, month, day), D(year, month, day));

    private static readonly Dictionary<int, (DateOnly First, DateOnly Last)[]> DaysOffTable = new()
    {
        [2020] = [R(2020, 1, 1), R(2020, 1, 24, 2, 2), R(2020, 4, 4, 4, 6), R(2020, 5, 1, 5, 5), R(2020, 6, 25, 6, 27), R(2020, 10, 1, 10, 8)],
        [2021] = [R(2021, 1, 1, 1, 3), R(2021, 2, 11, 2, 17), R(2021, 4, 3, 4, 5), R(2021, 5, 1, 5, 5), R(2021, 6, 12, 6, 14), R(2021, 9, 19, 9, 21), R(2021, 10, 1, 10, 7)],
        [2022] = [R(2022, 1, 1, 1, 3), R(2022, 1, 31, 2, 6), R(2022, 4, 3, 4, 5), R(2022, 4, 30, 5, 4), R(2022, 6, 3, 6, 5), R(2022, 9, 10, 9, 12), R(2022, 10, 1, 10, 7)],
        [2023] = [(D(2022, 12, 31), D(2023, 1, 2)), R(2023, 1, 21, 1, 27), R(2023, 4, 5), R(2023, 4, 29, 5, 3), R(2023, 6, 22, 6, 24), R(2023, 9, 29, 10, 6)],
        [2024] = [R(2024, 1, 1), R(2024, 2, 10, 2, 17), R(2024, 4, 4, 4, 6), R(2024, 5, 1, 5, 5), R(2024, 6, 10), R(2024, 9, 15, 9, 17), R(2024, 10, 1, 10, 7)],
        [2025] = [R(2025, 1, 1), R(2025, 1, 28, 2, 4), R(2025, 4, 4, 4, 6), R(2025, 5, 1, 5, 5), R(2025, 5, 31, 6, 2), R(2025, 10, 1, 10, 8)],
        [2026] = [R(2026, 1, 1, 1, 3), R(2026, 2, 15, 2, 23), R(2026, 4, 4, 4, 6), R(2026, 5, 1, 5, 5), R(2026, 6, 19, 6, 21), R(2026, 9, 25, 9, 27), R(2026, 10, 1, 10, 7)],
    };

    private static readonly Dictionary<int, DateOnly[]> MakeUpTable = new()
    {
        [2020] = [D(2020, 1, 19), D(2020, 4, 26), D(2020, 5, 9), D(2020, 6, 28), D(2020, 9, 27), D(2020, 10, 10)],
        [2021] = [D(2021, 2, 7), D(2021, 2, 20), D(2021, 4, 25), D(2021, 5, 8), D(2021, 9, 18), D(2021, 9, 26), D(2021, 10, 9)],
        [2022] = [D(2022, 1, 29), D(2022, 1, 30), D(2022, 4, 2), D(2022, 4, 24), D(2022, 5, 7), D(2022, 10, 8), D(2022, 10, 9)],
        [2023] = [D(2023, 1, 28), D(2023, 1, 29), D(2023, 4, 23), D(2023, 5, 6), D(2023, 6, 25), D(2023, 10, 7), D(2023, 10, 8)],
        [2024] = [D(2024, 2, 4), D(2024, 2, 18), D(2024, 4, 7), D(2024, 4, 28), D(2024, 5, 11), D(2024, 9, 14), D(2024, 9, 29), D(2024, 10, 12)],
        [2025] = [D(2025, 1, 26), D(2025, 2, 8), D(2025, 4, 27), D(2025, 9, 28), D(2025, 10, 11)],
        [2026] = [D(2026, 1, 4), D(2026, 2, 14), D(2026, 2, 28), D(2026, 5, 9), D(2026, 9, 20), D(2026, 10, 10)],
    };

    private static readonly HashSet<DateOnly> AllDaysOff =
        [.. DaysOffTable.Values.SelectMany(ranges => ranges).SelectMany(r => Enumerable.Range(0, r.Last.DayNumber - r.First.DayNumber + 1).Select(r.First.AddDays))];

    private static readonly HashSet<DateOnly> AllMakeUpDays = [.. MakeUpTable.Values.SelectMany(days => days)];

    /// <summary>The rule of §9 applied to the independent copy.</summary>
    private static bool ExpectedWorkingDay(DateOnly date) =>
        AllMakeUpDays.Contains(date)
        || (date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !AllDaysOff.Contains(date));

    private static readonly WorkingDayCalendar Calendar = ShippedCalendar.Calendar;

    public static TheoryData<DateOnly> DaysOff => [.. AllDaysOff.Order()];

    public static TheoryData<DateOnly> MakeUpDays => [.. AllMakeUpDays.Order()];

    /// <summary>The three days either side of every day off and make-up day that are neither themselves.</summary>
    public static TheoryData<DateOnly, bool> Neighbours
    {
        get
        {
            var data = new TheoryData<DateOnly, bool>();
            var days = AllDaysOff.Concat(AllMakeUpDays)
                .SelectMany(day => Enumerable.Range(-3, 7).Select(day.AddDays))
                .Where(day => !AllDaysOff.Contains(day) && !AllMakeUpDays.Contains(day))
                .Distinct()
                .Order();
            foreach (var day in days)
            {
                data.Add(day, day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday));
            }
            return data;
        }
    }

    [Fact]
    public void The_cancelled_make_up_day_2020_02_01_is_not_a_working_day()
    {
        var day = D(2020, 2, 1);

        Assert.False(Calendar.IsWorkingDay(day));
        Assert.DoesNotContain(day, ShippedCalendar.Years.Single(y => y.Year == 2020).MakeUpWorkingDays);
    }

    [Fact]
    public void The_2023_break_starting_2022_12_31_is_a_day_off_in_the_2023_schedule()
    {
        var day = D(2022, 12, 31);

        Assert.False(Calendar.IsWorkingDay(day));
        Assert.True(Calendar.IsKnown(day));
        Assert.Contains(ShippedCalendar.Years.Single(y => y.Year == 2023).DaysOff, range => range.First == day);
        Assert.DoesNotContain(ShippedCalendar.Years.Single(y => y.Year == 2022).DaysOff, range => range.Contains(day));
    }

    [Theory]
    [MemberData(nameof(DaysOff))]
    public void Every_day_off_of_2020_to_2026_is_not_a_working_day(DateOnly day)
    {
        Assert.False(Calendar.IsWorkingDay(day));
    }

    [Theory]
    [MemberData(nameof(MakeUpDays))]
    public void Every_make_up_day_of_2020_to_2026_is_a_working_day_on_a_weekend(DateOnly day)
    {
        Assert.True(Calendar.IsWorkingDay(day));
        Assert.True(day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday);
    }

    [Theory]
    [MemberData(nameof(Neighbours))]
    public void Ordinary_days_around_holidays_follow_the_weekday_rule(DateOnly day, bool working)
    {
        Assert.Equal(working, Calendar.IsWorkingDay(day));
    }

    [Fact]
    public void Every_day_of_2020_to_2026_matches_the_independent_copy()
    {
        var wrong = new List<DateOnly>();
        for (var day = D(2020, 1, 1); day <= D(2026, 12, 31); day = day.AddDays(1))
        {
            if (Calendar.IsWorkingDay(day) != ExpectedWorkingDay(day))
            {
                wrong.Add(day);
            }
        }

        Assert.Empty(wrong);
    }

    [Fact]
    public void The_shipped_years_are_2020_to_2026()
    {
        Assert.Equal([2020, 2021, 2022, 2023, 2024, 2025, 2026], ShippedCalendar.Years.Select(y => y.Year));
        Assert.Equal(ShippedCalendar.Years.Select(y => y.Year), Calendar.Years.Select(y => y.Year));
    }

    public static TheoryData<int> ShippedYears => [.. DaysOffTable.Keys];

    [Theory]
    [MemberData(nameof(ShippedYears))]
    public void Each_shipped_year_has_exactly_the_ranges_and_make_up_days_of_the_table(int year)
    {
        var shipped = ShippedCalendar.Years.Single(y => y.Year == year);

        Assert.Equal(DaysOffTable[year], shipped.DaysOff.Select(r => (r.First, r.Last)));
        Assert.Equal(MakeUpTable[year], shipped.MakeUpWorkingDays);
        Assert.Empty(shipped.Problems());
    }

    [Theory]
    [InlineData(2019, 12, 31, false)]
    [InlineData(2020, 1, 1, true)]
    [InlineData(2026, 12, 31, true)]
    [InlineData(2027, 1, 1, false)]
    public void Only_the_shipped_years_are_known(int year, int month, int day, bool known)
    {
        Assert.Equal(known, Calendar.IsKnown(D(year, month, day)));
    }
}
