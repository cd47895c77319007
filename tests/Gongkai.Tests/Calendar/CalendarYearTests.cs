using Gongkai.Calendar;

namespace Gongkai.Tests.Calendar;

public class CalendarYearTests
{
    private static CalendarYear Parse(int year, string? daysOff, string? makeUp)
    {
        Assert.True(CalendarYear.TryParse(year, daysOff, makeUp, out var parsed, out var problems), string.Join(" ", problems));
        Assert.Empty(problems);
        return parsed;
    }

    private static IReadOnlyList<string> Problems(int year, string? daysOff, string? makeUp)
    {
        Assert.False(CalendarYear.TryParse(year, daysOff, makeUp, out var parsed, out var problems));
        Assert.Null(parsed);
        return problems;
    }

    private static DateRange R(string first, string last) => new(DateOnly.Parse(first), DateOnly.Parse(last));

    // Edge cases first.

    [Fact]
    public void A_range_may_start_in_the_year_before()
    {
        var year = Parse(2023, "2022-12-31..01-02", "01-28");

        Assert.Equal([R("2022-12-31", "2023-01-02")], year.DaysOff);
    }

    [Fact]
    public void A_make_up_day_may_lie_in_the_year_before()
    {
        // The 2019 schedule: 2018-12-29 (Saturday) worked for the New Year break.
        var year = Parse(2019, "2018-12-30..01-01", "2018-12-29");

        Assert.Equal([new DateOnly(2018, 12, 29)], year.MakeUpWorkingDays);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData(" ; , ")]
    public void Make_up_days_may_be_empty(string? makeUp)
    {
        Assert.Empty(Parse(2025, "01-01", makeUp).MakeUpWorkingDays);
    }

    [Fact]
    public void February_29_is_a_date_in_a_leap_year()
    {
        Assert.Equal([R("2028-02-29", "2028-02-29")], Parse(2028, "02-29", "").DaysOff);
    }

    [Fact]
    public void A_make_up_day_listed_twice_is_kept_once()
    {
        Assert.Equal([new DateOnly(2025, 1, 26)], Parse(2025, "01-01", "01-26, 01-26").MakeUpWorkingDays);
    }

    [Fact]
    public void The_compact_form_of_domain_md_is_read()
    {
        var year = Parse(2025, "01-01; 01-28..02-04; 04-04..04-06; 05-01..05-05; 05-31..06-02; 10-01..10-08",
            "01-26, 02-08, 04-27, 09-28, 10-11");

        Assert.Equal(
            [R("2025-01-01", "2025-01-01"), R("2025-01-28", "2025-02-04"), R("2025-04-04", "2025-04-06"),
             R("2025-05-01", "2025-05-05"), R("2025-05-31", "2025-06-02"), R("2025-10-01", "2025-10-08")],
            year.DaysOff);
        Assert.Equal(
            [new DateOnly(2025, 1, 26), new DateOnly(2025, 2, 8), new DateOnly(2025, 4, 27), new DateOnly(2025, 9, 28), new DateOnly(2025, 10, 11)],
            year.MakeUpWorkingDays);
    }

    [Theory]
    [InlineData("01-28..02-04")]
    [InlineData("1-28..2-4")]
    [InlineData(" 01-28 .. 02-04 ")]
    [InlineData("01-28至02-04")]
    [InlineData("01-28~02-04")]
    [InlineData("01-28～02-04")]
    [InlineData("０１－２８．．０２－０４")]
    [InlineData("2025-01-28..2025-02-04")]
    [InlineData("2025-01-28..02-04")]
    public void Ranges_are_read_in_several_spellings(string daysOff)
    {
        Assert.Equal([R("2025-01-28", "2025-02-04")], Parse(2025, daysOff, "").DaysOff);
    }

    [Theory]
    [InlineData("01-26, 02-08")]
    [InlineData("01-26,02-08")]
    [InlineData("01-26，02-08")]
    [InlineData("01-26；02-08")]
    [InlineData("01-26; 02-08")]
    [InlineData("01-26、02-08")]
    [InlineData("01-26\n02-08\n")]
    [InlineData("01-26\r\n02-08")]
    [InlineData("2025-01-26, 2025-02-08")]
    public void Entries_are_separated_by_any_common_separator(string makeUp)
    {
        Assert.Equal([new DateOnly(2025, 1, 26), new DateOnly(2025, 2, 8)], Parse(2025, "01-01", makeUp).MakeUpWorkingDays);
    }

    [Theory]
    [InlineData(2025, "01-01; 01-28..02-04; 04-04..04-06; 05-01..05-05; 05-31..06-02; 10-01..10-08", "01-26, 02-08, 04-27, 09-28, 10-11")]
    [InlineData(2023, "2022-12-31..01-02; 01-21..01-27; 04-05", "01-28, 01-29")]
    [InlineData(2019, "2018-12-30..01-01", "2018-12-29")]
    [InlineData(2027, "01-01", "")]
    public void The_text_form_reads_back_as_it_was_written(int yearNumber, string daysOff, string makeUp)
    {
        var year = Parse(yearNumber, daysOff, makeUp);

        Assert.Equal(daysOff, year.DaysOffText());
        Assert.Equal(makeUp, year.MakeUpWorkingDaysText());
    }

    [Fact]
    public void Every_shipped_year_reads_back_from_its_text_form()
    {
        foreach (var shipped in ShippedCalendar.Years)
        {
            var again = Parse(shipped.Year, shipped.DaysOffText(), shipped.MakeUpWorkingDaysText());

            Assert.Equal(shipped.DaysOff, again.DaysOff);
            Assert.Equal(shipped.MakeUpWorkingDays, again.MakeUpWorkingDays);
        }
    }

    // Each malformed input gives its Chinese message.

    [Theory]
    [InlineData("13-01", "“13-01”不是有效日期，请写成月-日（如01-28）或年-月-日（如2022-12-31）。")]
    [InlineData("02-30", "“02-30”不是有效日期，请写成月-日（如01-28）或年-月-日（如2022-12-31）。")]
    [InlineData("02-29", "“02-29”不是有效日期，请写成月-日（如01-28）或年-月-日（如2022-12-31）。")]
    [InlineData("00-10", "“00-10”不是有效日期，请写成月-日（如01-28）或年-月-日（如2022-12-31）。")]
    [InlineData("01-00", "“01-00”不是有效日期，请写成月-日（如01-28）或年-月-日（如2022-12-31）。")]
    [InlineData("1月1日", "“1月1日”不是有效日期，请写成月-日（如01-28）或年-月-日（如2022-12-31）。")]
    [InlineData("0101", "“0101”不是有效日期，请写成月-日（如01-28）或年-月-日（如2022-12-31）。")]
    [InlineData("01/01", "“01/01”不是有效日期，请写成月-日（如01-28）或年-月-日（如2022-12-31）。")]
    [InlineData("25-01-01", "“25-01-01”不是有效日期，请写成月-日（如01-28）或年-月-日（如2022-12-31）。")]
    [InlineData("01-28..02-xx", "“02-xx”不是有效日期，请写成月-日（如01-28）或年-月-日（如2022-12-31）。")]
    [InlineData("..02-04", "“”不是有效日期，请写成月-日（如01-28）或年-月-日（如2022-12-31）。")]
    [InlineData("01-28..02-04..02-05", "“01-28..02-04..02-05”不是有效的日期区间，请写成01-28..02-04。")]
    [InlineData("02-04..01-28", "“02-04..01-28”起止颠倒：结束日期早于开始日期。")]
    [InlineData("12-31..01-02", "“12-31..01-02”起止颠倒：结束日期早于开始日期。")]
    [InlineData("2023-12-31..2023-01-02", "“12-31..01-02”起止颠倒：结束日期早于开始日期。")]
    [InlineData("2021-12-31..01-02", "“2021-12-31”不在2023年或相邻年份。")]
    [InlineData("2025-01-01", "“2025-01-01”不在2023年或相邻年份。")]
    [InlineData("2021-12-30..2021-12-31", "“2021-12-30”不在2023年或相邻年份。", "“2021-12-31”不在2023年或相邻年份。")]
    [InlineData("", "请填写放假日期。")]
    [InlineData(null, "请填写放假日期。")]
    public void A_malformed_day_off_gives_its_message(string? daysOff, params string[] messages)
    {
        Assert.Equal(messages, Problems(2023, daysOff, ""));
    }

    [Theory]
    [InlineData("01-27", "调休上班日“01-27”是星期一，不是周末。")]
    [InlineData("03-07", "调休上班日“03-07”是星期五，不是周末。")]
    [InlineData("2024-12-31", "调休上班日“2024-12-31”是星期二，不是周末。")]
    [InlineData("02-02", "“02-02”既是放假日又是调休上班日。")]
    [InlineData("02-01", "“02-01”既是放假日又是调休上班日。")]
    [InlineData("02-30", "“02-30”不是有效日期，请写成月-日（如01-28）或年-月-日（如2022-12-31）。")]
    [InlineData("2027-01-02", "“2027-01-02”不在2025年或相邻年份。")]
    [InlineData("01-25..01-26", "调休上班日“01-25..01-26”请逐日列出，不要写成区间。")]
    public void A_malformed_make_up_day_gives_its_message(string makeUp, string message)
    {
        Assert.Equal([message], Problems(2025, "01-01; 01-28..02-04", makeUp));
    }

    [Fact]
    public void A_weekday_that_is_also_a_day_off_gives_both_messages()
    {
        Assert.Equal(["调休上班日“01-28”是星期二，不是周末。", "“01-28”既是放假日又是调休上班日。"],
            Problems(2025, "01-28..02-04", "01-28"));
    }

    [Fact]
    public void Every_problem_is_reported_not_only_the_first()
    {
        Assert.Equal(
            ["“13-01”不是有效日期，请写成月-日（如01-28）或年-月-日（如2022-12-31）。",
             "“02-30”不是有效日期，请写成月-日（如01-28）或年-月-日（如2022-12-31）。"],
            Problems(2025, "01-01; 13-01", "02-30"));
        Assert.Equal(
            ["“02-04..01-28”起止颠倒：结束日期早于开始日期。", "调休上班日“01-27”是星期一，不是周末。"],
            Problems(2025, "02-04..01-28", "01-27"));
    }

    [Theory]
    [InlineData(1999)]
    [InlineData(2200)]
    [InlineData(0)]
    [InlineData(-1)]
    public void A_year_out_of_range_is_refused(int year)
    {
        Assert.Equal(["年份应在2000至2199之间。"], Problems(year, "01-01", ""));
    }

    [Fact]
    public void A_schedule_built_directly_is_checked_by_problems()
    {
        var year = new CalendarYear(2025, [R("2025-02-04", "2025-01-28")], [new DateOnly(2025, 1, 27)]);

        Assert.Equal(["“02-04..01-28”起止颠倒：结束日期早于开始日期。", "调休上班日“01-27”是星期一，不是周末。"], year.Problems());
    }
}
