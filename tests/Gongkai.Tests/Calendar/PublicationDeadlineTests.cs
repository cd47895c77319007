using Gongkai.Calendar;

namespace Gongkai.Tests.Calendar;

public class PublicationDeadlineTests
{
    private static readonly WorkingDayCalendar Shipped = ShippedCalendar.Calendar;

    private static DateOnly D(string date) => DateOnly.Parse(date);

    [Theory]
    [InlineData("2025-09-26", "2025-10-30", false)]
    [InlineData("2024-12-20", "2025-01-20", false)]
    [InlineData("2026-02-06", "2026-03-12", false)]
    [InlineData("2025-10-01", "2025-11-04", false)] // changed during the National Day break
    [InlineData("2026-12-01", "2026-12-29", false)]
    [InlineData("2026-12-10", "2027-01-07", true)]  // runs past the known calendar
    public void Proactive_items_are_due_20_working_days_after_they_are_created_or_changed(string created, string due, bool provisional)
    {
        Assert.Equal(new WorkingDayResult(D(due), provisional), PublicationDeadline.Due(Shipped, D(created)));
    }

    [Theory]
    [InlineData(0, "2025-09-26")]
    [InlineData(7, "2025-10-13")]
    [InlineData(10, "2025-10-16")]
    public void A_catalogue_row_may_set_its_own_number_of_working_days(int days, string due)
    {
        Assert.Equal(D(due), PublicationDeadline.Due(Shipped, D("2025-09-26"), days).Date);
    }

    [Theory]
    [InlineData("审核后10个工作日内，公示7个工作日", "2025-10-16")]
    [InlineData("信息形成或者变更之日起20个工作日内", "2025-10-30")]
    [InlineData("7个工作日", "2025-10-13")]
    [InlineData("每周一", "2025-10-30")]
    [InlineData("", "2025-10-30")]
    [InlineData(null, "2025-10-30")]
    public void The_time_limit_text_of_the_row_sets_the_days_or_falls_back_to_20(string? timeLimit, string due)
    {
        Assert.Equal(D(due), PublicationDeadline.DueForTimeLimit(Shipped, D("2025-09-26"), timeLimit).Date);
    }
}

public class TimeLimitParserTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("每周一")]
    [InlineData("每学期")]
    [InlineData("每季度")]
    [InlineData("每月10日前")]
    [InlineData("30日内")]
    [InlineData("二十日内")]
    [InlineData("及时公开")]
    [InlineData("常年公开")]
    [InlineData("工作日内")]
    [InlineData("0个工作日")]
    [InlineData("零个工作日")]
    [InlineData("周一至周五工作日时间")]
    [InlineData("99999999999个工作日")]
    public void Texts_without_a_positive_count_of_working_days_give_false(string? timeLimit)
    {
        Assert.False(TimeLimitParser.TryWorkingDays(timeLimit, out var days));
        Assert.Equal(0, days);
    }

    [Theory]
    [InlineData("信息形成或者变更之日起20个工作日内", 20)]
    [InlineData("审核后10个工作日内，公示7个工作日", 10)]
    [InlineData("公示7个工作日", 7)]
    [InlineData("自收到申请之日起 20 个工作日内", 20)]
    [InlineData("20工作日内", 20)]
    [InlineData("２０个工作日内", 20)]
    [InlineData("30日内公开，5个工作日内报送", 5)]
    [InlineData("5个工作日内公开，长期公示", 5)]
    [InlineData("1个工作日", 1)]
    [InlineData("365个工作日", 365)]
    [InlineData("七个工作日", 7)]
    [InlineData("十个工作日", 10)]
    [InlineData("十五个工作日内", 15)]
    [InlineData("二十个工作日内", 20)]
    [InlineData("两个工作日", 2)]
    [InlineData("一百二十个工作日", 120)]
    [InlineData("一百零五个工作日", 105)]
    public void The_first_count_of_working_days_is_read(string timeLimit, int expected)
    {
        Assert.True(TimeLimitParser.TryWorkingDays(timeLimit, out var days));
        Assert.Equal(expected, days);
    }
}
