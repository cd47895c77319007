using Gongkai.Calendar;
using Gongkai.Items;

namespace Gongkai.Tests.Calendar;

public class PeriodSlotsTests
{
    private static readonly WorkingDayCalendar Shipped = ShippedCalendar.Calendar;

    private static DateOnly D(string date) => DateOnly.Parse(date);

    private static DateOnly[] Dates(params string[] dates) => [.. dates.Select(D)];

    // Containing: one slot per period, edges first.

    [Theory]
    [InlineData(Period.Weekly, "2025-10-13", "2025-10-13", "2025-10-19", "2025年第42周（10月13日—10月19日）")]
    [InlineData(Period.Weekly, "2025-10-19", "2025-10-13", "2025-10-19", "2025年第42周（10月13日—10月19日）")]
    [InlineData(Period.Weekly, "2025-10-20", "2025-10-20", "2025-10-26", "2025年第43周（10月20日—10月26日）")]
    [InlineData(Period.Weekly, "2025-12-31", "2025-12-29", "2026-01-04", "2026年第1周（2025年12月29日—2026年1月4日）")]
    [InlineData(Period.Weekly, "2021-01-01", "2020-12-28", "2021-01-03", "2020年第53周（2020年12月28日—2021年1月3日）")]
    [InlineData(Period.Monthly, "2025-10-01", "2025-10-01", "2025-10-31", "2025年10月")]
    [InlineData(Period.Monthly, "2025-10-31", "2025-10-01", "2025-10-31", "2025年10月")]
    [InlineData(Period.Monthly, "2024-02-10", "2024-02-01", "2024-02-29", "2024年2月")]
    [InlineData(Period.Monthly, "2025-02-10", "2025-02-01", "2025-02-28", "2025年2月")]
    [InlineData(Period.Monthly, "2025-12-31", "2025-12-01", "2025-12-31", "2025年12月")]
    [InlineData(Period.Quarterly, "2025-01-01", "2025-01-01", "2025-03-31", "2025年第1季度")]
    [InlineData(Period.Quarterly, "2025-06-30", "2025-04-01", "2025-06-30", "2025年第2季度")]
    [InlineData(Period.Quarterly, "2025-09-30", "2025-07-01", "2025-09-30", "2025年第3季度")]
    [InlineData(Period.Quarterly, "2025-10-01", "2025-10-01", "2025-12-31", "2025年第4季度")]
    [InlineData(Period.Yearly, "2025-01-01", "2025-01-01", "2025-12-31", "2025年")]
    [InlineData(Period.Yearly, "2025-12-31", "2025-01-01", "2025-12-31", "2025年")]
    [InlineData(Period.SchoolTerm, "2025-09-01", "2025-09-01", "2026-01-31", "2025—2026学年第一学期")]
    [InlineData(Period.SchoolTerm, "2026-01-31", "2025-09-01", "2026-01-31", "2025—2026学年第一学期")]
    [InlineData(Period.SchoolTerm, "2026-02-01", "2026-02-01", "2026-08-31", "2025—2026学年第二学期")]
    [InlineData(Period.SchoolTerm, "2025-08-31", "2025-02-01", "2025-08-31", "2024—2025学年第二学期")]
    [InlineData(Period.SchoolTerm, "2025-01-15", "2024-09-01", "2025-01-31", "2024—2025学年第一学期")]
    [InlineData(Period.SchoolTerm, "2025-12-01", "2025-09-01", "2026-01-31", "2025—2026学年第一学期")]
    [InlineData(Period.SchoolYear, "2025-09-01", "2025-09-01", "2026-08-31", "2025—2026学年")]
    [InlineData(Period.SchoolYear, "2026-08-31", "2025-09-01", "2026-08-31", "2025—2026学年")]
    [InlineData(Period.SchoolYear, "2025-08-31", "2024-09-01", "2025-08-31", "2024—2025学年")]
    [InlineData(Period.SchoolYear, "2026-01-01", "2025-09-01", "2026-08-31", "2025—2026学年")]
    public void The_slot_containing_a_date_has_its_bounds_and_chinese_label(Period period, string date, string start, string end, string label)
    {
        Assert.Equal(new PeriodSlot(D(start), D(end), label), PeriodSlots.Containing(period, D(date)));
    }

    [Fact]
    public void An_unknown_period_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => PeriodSlots.Containing((Period)99, D("2025-01-01")));
    }

    public static TheoryData<Period> AllPeriods => [.. Enum.GetValues<Period>()];

    [Theory]
    [MemberData(nameof(AllPeriods))]
    public void Slots_follow_each_other_without_gaps_or_overlaps(Period period)
    {
        var slots = PeriodSlots.Expected(period, D("2019-06-15"), D("2027-06-15"));

        Assert.True(slots[0].Start <= D("2019-06-15"));
        Assert.True(slots[^1].End >= D("2027-06-15"));
        Assert.All(slots.Zip(slots.Skip(1)), pair => Assert.Equal(pair.First.End.AddDays(1), pair.Second.Start));
        Assert.All(slots, slot => Assert.Equal(slot, PeriodSlots.Containing(period, slot.Start)));
        Assert.Equal(slots.Count, slots.Select(slot => slot.Label).Distinct().Count());
    }

    // Expected: edges first.

    [Fact]
    public void No_slots_when_today_is_before_the_start()
    {
        Assert.Empty(PeriodSlots.Expected(Period.Monthly, D("2025-10-02"), D("2025-10-01")));
    }

    [Theory]
    [MemberData(nameof(AllPeriods))]
    public void One_slot_when_today_is_the_start(Period period)
    {
        Assert.Equal([PeriodSlots.Containing(period, D("2025-10-15"))], PeriodSlots.Expected(period, D("2025-10-15"), D("2025-10-15")));
    }

    [Theory]
    [InlineData(Period.Monthly, "2024-11-20", "2025-02-01", new[] { "2024年11月", "2024年12月", "2025年1月", "2025年2月" })]
    [InlineData(Period.Monthly, "2025-01-31", "2025-02-01", new[] { "2025年1月", "2025年2月" })]
    [InlineData(Period.Quarterly, "2025-02-15", "2025-10-05", new[] { "2025年第1季度", "2025年第2季度", "2025年第3季度", "2025年第4季度" })]
    [InlineData(Period.Quarterly, "2025-03-31", "2025-06-30", new[] { "2025年第1季度", "2025年第2季度" })]
    [InlineData(Period.Yearly, "2023-06-01", "2025-01-01", new[] { "2023年", "2024年", "2025年" })]
    [InlineData(Period.Weekly, "2025-12-24", "2026-01-07", new[] { "2025年第52周（12月22日—12月28日）", "2026年第1周（2025年12月29日—2026年1月4日）", "2026年第2周（1月5日—1月11日）" })]
    [InlineData(Period.SchoolTerm, "2025-03-01", "2026-03-01", new[] { "2024—2025学年第二学期", "2025—2026学年第一学期", "2025—2026学年第二学期" })]
    [InlineData(Period.SchoolYear, "2024-08-31", "2025-09-01", new[] { "2023—2024学年", "2024—2025学年", "2025—2026学年" })]
    public void Expected_slots_run_from_the_one_containing_the_start_to_the_one_containing_today(Period period, string start, string today, string[] labels)
    {
        Assert.Equal(labels, PeriodSlots.Expected(period, D(start), D(today)).Select(slot => slot.Label));
    }

    // Missed: monthly village finance reports from July to November 2025, a grace of 10 working days.
    // Grace ends: July → 08-14, August → 09-12, September → 10-21 (over the National Day break),
    // October → 11-14; November's has not passed on 11-20.

    private static readonly IReadOnlyList<PeriodSlot> JulyToNovember = PeriodSlots.Expected(Period.Monthly, D("2025-07-01"), D("2025-11-20"));

    private static string[] MissedLabels(DateOnly[] published, string today = "2025-11-20", int grace = 10) =>
        [.. PeriodSlots.Missed(JulyToNovember, published, grace, Shipped, D(today)).Select(slot => slot.Label)];

    [Fact]
    public void Without_publications_every_slot_whose_grace_has_passed_is_missed()
    {
        Assert.Equal(["2025年7月", "2025年8月", "2025年9月", "2025年10月"], MissedLabels([]));
    }

    [Fact]
    public void Nothing_is_missed_without_slots()
    {
        Assert.Empty(PeriodSlots.Missed([], Dates("2025-08-01"), 10, Shipped, D("2025-11-20")));
    }

    [Theory]
    [InlineData("2025-08-14", false)] // the last day of July's grace
    [InlineData("2025-08-15", true)]
    public void A_slot_is_missed_only_once_today_is_past_its_grace(string today, bool missed)
    {
        var july = JulyToNovember.Take(1);

        Assert.Equal(missed, PeriodSlots.Missed(july, [], 10, Shipped, D(today)).Count == 1);
    }

    [Fact]
    public void A_publication_inside_each_slot_covers_it()
    {
        Assert.Empty(MissedLabels(Dates("2025-07-05", "2025-08-05", "2025-09-05", "2025-10-05")));
    }

    [Fact]
    public void A_publication_on_the_first_and_last_day_of_a_slot_covers_it()
    {
        Assert.Empty(MissedLabels(Dates("2025-07-01", "2025-08-31", "2025-09-01", "2025-10-31")));
    }

    [Fact]
    public void A_publication_on_the_last_day_of_the_grace_covers_the_slot()
    {
        Assert.Empty(MissedLabels(Dates("2025-08-14", "2025-09-12", "2025-10-21", "2025-11-14")));
    }

    [Fact]
    public void A_publication_a_day_after_the_grace_does_not_cover_the_slot()
    {
        Assert.Equal(["2025年7月"], MissedLabels(Dates("2025-08-15", "2025-09-12", "2025-10-21", "2025-11-14")));
    }

    [Fact]
    public void One_publication_covers_one_slot_only()
    {
        // 08-05 lies in August and in July's grace: it is July's report, and August was missed.
        Assert.Equal(["2025年8月", "2025年9月", "2025年10月"], MissedLabels(Dates("2025-08-05")));
    }

    [Fact]
    public void Two_publications_on_one_day_cover_two_slots()
    {
        Assert.Equal(["2025年9月", "2025年10月"], MissedLabels(Dates("2025-08-05", "2025-08-05")));
    }

    [Fact]
    public void A_publication_before_the_slot_does_not_cover_it()
    {
        var year2025 = PeriodSlots.Expected(Period.Yearly, D("2025-01-01"), D("2025-12-31"));

        Assert.Equal(year2025, PeriodSlots.Missed(year2025, Dates("2024-12-31"), 20, Shipped, D("2026-03-01")));
    }

    [Fact]
    public void Reports_published_early_in_the_next_month_cover_the_month_before()
    {
        Assert.Empty(MissedLabels(Dates("2025-08-05", "2025-09-05", "2025-10-09", "2025-11-05")));
    }

    [Fact]
    public void Publications_and_slots_may_come_in_any_order()
    {
        var slots = JulyToNovember.Reverse();

        Assert.Equal(["2025年8月"],
            PeriodSlots.Missed(slots, Dates("2025-10-05", "2025-07-05", "2025-09-05"), 0, Shipped, D("2025-11-20")).Select(slot => slot.Label));
    }

    [Fact]
    public void A_gap_is_found_where_the_dates_leave_it_not_where_a_person_might_guess()
    {
        // 09-05 lies in August's grace, so it stands for August; the missing report shows as October's.
        Assert.Equal(["2025年10月"], MissedLabels(Dates("2025-07-05", "2025-09-05", "2025-10-05")));
    }

    [Theory]
    [InlineData(0, "2025-09-12", new[] { "2025年7月", "2025年8月" })] // no grace: only inside the slot
    [InlineData(0, "2025-10-21", new[] { "2025年7月", "2025年8月", "2025年9月" })]
    [InlineData(10, "2025-09-12", new[] { "2025年7月" })]
    [InlineData(10, "2025-09-15", new[] { "2025年7月", "2025年8月" })]
    public void The_grace_decides_when_a_slot_counts_as_missed(int grace, string today, string[] expected)
    {
        Assert.Equal(expected, MissedLabels([], today, grace));
    }

    [Fact]
    public void Weekly_reports_may_follow_a_weekend_within_the_grace()
    {
        var week42 = PeriodSlots.Expected(Period.Weekly, D("2025-10-13"), D("2025-10-19"));

        Assert.Empty(PeriodSlots.Missed(week42, Dates("2025-10-21"), 2, Shipped, D("2025-11-01")));
        Assert.Equal(week42, PeriodSlots.Missed(week42, Dates("2025-10-22"), 2, Shipped, D("2025-11-01")));
    }

    [Fact]
    public void School_terms_are_missed_over_the_holidays_too()
    {
        var terms = PeriodSlots.Expected(Period.SchoolTerm, D("2024-09-01"), D("2025-12-01"));

        Assert.Equal(["2024—2025学年第二学期"],
            PeriodSlots.Missed(terms, Dates("2025-01-10", "2025-09-20"), 10, Shipped, D("2025-12-01")).Select(slot => slot.Label));
    }
}
