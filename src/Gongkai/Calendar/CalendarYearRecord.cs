using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gongkai.Calendar;

/// <summary>
/// A year's schedule added by an administrator (the State Council publishes each year's in
/// Oct–Dec of the year before), stored in the compact text form it was entered in. It adds to,
/// or replaces, the shipped schedule of the same year.
/// </summary>
public class CalendarYearRecord
{
    private CalendarYearRecord() { }

    public CalendarYearRecord(CalendarYear year, DateTimeOffset at)
    {
        Year = year.Year;
        Update(year, at);
    }

    public int Year { get; private set; }
    public string DaysOff { get; private set; } = "";
    public string MakeUpWorkingDays { get; private set; } = "";
    public DateTimeOffset UpdatedAt { get; private set; }

    public void Update(CalendarYear year, DateTimeOffset at)
    {
        if (year.Year != Year)
        {
            throw new InvalidOperationException("年份不符。");
        }
        DaysOff = year.DaysOffText();
        MakeUpWorkingDays = year.MakeUpWorkingDaysText();
        UpdatedAt = at;
    }

    public CalendarYear? ToCalendarYear() =>
        CalendarYear.TryParse(Year, DaysOff, MakeUpWorkingDays, out var parsed, out _) ? parsed : null;
}

internal sealed class CalendarYearRecordConfiguration : IEntityTypeConfiguration<CalendarYearRecord>
{
    public void Configure(EntityTypeBuilder<CalendarYearRecord> b)
    {
        b.ToTable("calendar_years");
        b.HasKey(x => x.Year);
        b.Property(x => x.Year).ValueGeneratedNever();
        b.Property(x => x.DaysOff).HasMaxLength(2000);
        b.Property(x => x.MakeUpWorkingDays).HasMaxLength(1000);
    }
}
