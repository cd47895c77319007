using System.Globalization;
using Gongkai.Text;

namespace Gongkai.Tests.Text;

public class ChinaTimeTests
{
    private static DateTimeOffset Utc(int year, int month, int day, int hour, int minute = 0, int second = 0) =>
        new(year, month, day, hour, minute, second, TimeSpan.Zero);

    public static TheoryData<DateTimeOffset, DateOnly> ChinaDates => new()
    {
        { Utc(2025, 3, 6, 17), new DateOnly(2025, 3, 7) },
        { Utc(2025, 3, 6, 15, 59, 59), new DateOnly(2025, 3, 6) },
        { Utc(2025, 3, 6, 16), new DateOnly(2025, 3, 7) },
        { Utc(2025, 3, 7, 15, 59, 59), new DateOnly(2025, 3, 7) },
        { Utc(2024, 12, 31, 16), new DateOnly(2025, 1, 1) },
        { Utc(2024, 2, 28, 16), new DateOnly(2024, 2, 29) },
        { Utc(2025, 6, 30, 23, 59, 59), new DateOnly(2025, 7, 1) },
        { new DateTimeOffset(2025, 3, 7, 0, 30, 0, TimeSpan.FromHours(8)), new DateOnly(2025, 3, 7) },
        { new DateTimeOffset(2025, 3, 6, 12, 0, 0, TimeSpan.FromHours(-5)), new DateOnly(2025, 3, 7) },
    };

    [Theory]
    [MemberData(nameof(ChinaDates))]
    public void The_china_date_is_the_date_at_utc_plus_eight(DateTimeOffset instant, DateOnly date)
    {
        Assert.Equal(date, instant.ChinaDate());
    }

    [Fact]
    public void Evening_of_the_sixth_in_utc_is_the_seventh_in_china()
    {
        var instant = new DateTimeOffset(2025, 3, 6, 17, 0, 0, TimeSpan.Zero);

        Assert.Equal(new DateOnly(2025, 3, 7), instant.ChinaDate());
        Assert.Equal("2025年3月7日", instant.ChinaDate().Chinese());
        Assert.Equal("2025-03-07", instant.Iso());
    }

    [Fact]
    public void ToChina_keeps_the_instant_and_shows_it_at_plus_eight()
    {
        var instant = Utc(2025, 3, 6, 17);

        var china = instant.ToChina();

        Assert.Equal(TimeSpan.FromHours(8), china.Offset);
        Assert.Equal(instant, china);
        Assert.Equal(new DateTime(2025, 3, 7, 1, 0, 0), china.DateTime);
    }

    [Fact]
    public void China_has_no_daylight_saving()
    {
        Assert.Equal(TimeSpan.FromHours(8), ChinaTime.Offset);
        Assert.Equal(TimeSpan.FromHours(8), Utc(2025, 1, 15, 0).ToChina().Offset);
        Assert.Equal(TimeSpan.FromHours(8), Utc(2025, 7, 15, 0).ToChina().Offset);
    }

    [Theory]
    [InlineData(2025, 3, 7, "2025年3月7日")]
    [InlineData(2025, 12, 31, "2025年12月31日")]
    [InlineData(2025, 1, 1, "2025年1月1日")]
    [InlineData(2024, 10, 9, "2024年10月9日")]
    [InlineData(999, 1, 2, "999年1月2日")]
    public void Chinese_dates_have_no_leading_zeros(int year, int month, int day, string text)
    {
        Assert.Equal(text, new DateOnly(year, month, day).Chinese());
    }

    [Theory]
    [InlineData(2025, 3, 7, "2025-03-07")]
    [InlineData(2025, 12, 31, "2025-12-31")]
    [InlineData(999, 1, 2, "0999-01-02")]
    public void Iso_dates_are_zero_padded(int year, int month, int day, string text)
    {
        Assert.Equal(text, new DateOnly(year, month, day).Iso());
    }

    [Theory]
    [InlineData("th-TH")]
    [InlineData("ar-SA")]
    [InlineData("fa-IR")]
    [InlineData("zh-CN")]
    public void Iso_does_not_depend_on_the_current_culture(string culture)
    {
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo(culture);

            Assert.Equal("2025-03-07", new DateOnly(2025, 3, 7).Iso());
            Assert.Equal("2025-03-07", Utc(2025, 3, 6, 17).Iso());
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    [Fact]
    public void Iso_of_an_instant_uses_the_china_date()
    {
        Assert.Equal("2025-01-01", Utc(2024, 12, 31, 16).Iso());
        Assert.Equal("2024-12-31", Utc(2024, 12, 31, 15, 59, 59).Iso());
    }
}
