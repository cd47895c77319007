using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Gongkai.Calendar;

/// <summary>An inclusive run of days, e.g. the Spring Festival break.</summary>
public readonly record struct DateRange(DateOnly First, DateOnly Last)
{
    public bool Contains(DateOnly date) => First <= date && date <= Last;

    public IEnumerable<DateOnly> Days()
    {
        for (var day = First; day <= Last; day = day.AddDays(1))
        {
            yield return day;
        }
    }
}

/// <summary>
/// One year's official schedule as the State Council publishes it (domain.md §9): the days off
/// and the weekend days declared working days (调休). A range may start in the year before
/// (2023's New Year break began on 2022-12-31); it still belongs to this year's schedule.
/// </summary>
public sealed partial record CalendarYear(int Year, IReadOnlyList<DateRange> DaysOff, IReadOnlyList<DateOnly> MakeUpWorkingDays)
{
    /// <summary>Years an administrator may enter; anything else is a typo.</summary>
    public const int MinYear = 2000, MaxYear = 2199;

    private static readonly string[] WeekdayNames = ["星期日", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六"];

    /// <summary>Returns what makes this schedule inconsistent, in Chinese; empty when it is sound.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (Year is < MinYear or > MaxYear)
        {
            problems.Add($"年份应在{MinYear}至{MaxYear}之间。");
            return problems;
        }
        if (DaysOff.Count == 0)
        {
            problems.Add("请填写放假日期。");
        }
        foreach (var range in DaysOff)
        {
            AddIfOutsideYear(problems, range.First);
            if (range.Last != range.First)
            {
                AddIfOutsideYear(problems, range.Last);
            }
            if (range.Last < range.First)
            {
                problems.Add($"“{Format(range)}”起止颠倒：结束日期早于开始日期。");
            }
        }
        foreach (var day in MakeUpWorkingDays)
        {
            AddIfOutsideYear(problems, day);
            if (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                problems.Add($"调休上班日“{Format(day)}”是{WeekdayNames[(int)day.DayOfWeek]}，不是周末。");
            }
            if (DaysOff.Any(range => range.Contains(day)))
            {
                problems.Add($"“{Format(day)}”既是放假日又是调休上班日。");
            }
        }
        return problems;
    }

    private void AddIfOutsideYear(List<string> problems, DateOnly date)
    {
        if (Math.Abs(date.Year - Year) > 1)
        {
            problems.Add($"“{Format(date)}”不在{Year}年或相邻年份。");
        }
    }

    /// <summary>The days off in the compact form of domain.md §9: <c>01-01; 01-28..02-04</c>.</summary>
    public string DaysOffText() => string.Join("; ", DaysOff.Select(Format));

    /// <summary>The make-up working days in the compact form of domain.md §9: <c>01-26, 02-08</c>.</summary>
    public string MakeUpWorkingDaysText() => string.Join(", ", MakeUpWorkingDays.Select(Format));

    private string Format(DateRange range) =>
        range.First == range.Last ? Format(range.First) : $"{Format(range.First)}..{Format(range.Last)}";

    /// <summary>MM-dd inside the year, yyyy-MM-dd outside it.</summary>
    private string Format(DateOnly date) =>
        date.ToString(date.Year == Year ? "MM-dd" : "yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>
    /// Reads a schedule pasted in the compact form of domain.md §9. Entries are separated by
    /// <c>;</c> <c>,</c> (ASCII or full-width), <c>、</c> or line breaks; a range is
    /// <c>first..last</c> (<c>至</c> and <c>~</c> also work). A date is <c>MM-DD</c> in
    /// <paramref name="year"/>, or <c>YYYY-MM-DD</c> for a day in an adjacent year. Full-width
    /// digits are accepted. Never throws: every problem found is reported in Chinese.
    /// </summary>
    public static bool TryParse(
        int year,
        string? daysOff,
        string? makeUpWorkingDays,
        [NotNullWhen(true)] out CalendarYear? calendarYear,
        out IReadOnlyList<string> problems)
    {
        calendarYear = null;
        var found = new List<string>();
        if (year is < MinYear or > MaxYear)
        {
            problems = [$"年份应在{MinYear}至{MaxYear}之间。"];
            return false;
        }

        var ranges = new List<DateRange>();
        foreach (var entry in Entries(daysOff))
        {
            var parts = entry.Split(RangeMarks, StringSplitOptions.TrimEntries);
            if (parts.Length > 2)
            {
                found.Add($"“{entry}”不是有效的日期区间，请写成01-28..02-04。");
                continue;
            }
            var first = ParseDate(year, parts[0], found);
            var last = parts.Length == 2 ? ParseDate(year, parts[1], found) : first;
            if (first is { } f && last is { } l)
            {
                ranges.Add(new DateRange(f, l));
            }
        }

        var makeUps = new List<DateOnly>();
        foreach (var entry in Entries(makeUpWorkingDays))
        {
            if (RangeMarks.Any(entry.Contains))
            {
                found.Add($"调休上班日“{entry}”请逐日列出，不要写成区间。");
            }
            else if (ParseDate(year, entry, found) is { } day && !makeUps.Contains(day))
            {
                makeUps.Add(day);
            }
        }

        if (found.Count == 0)
        {
            var parsed = new CalendarYear(year, ranges, makeUps);
            found.AddRange(parsed.Problems());
            if (found.Count == 0)
            {
                calendarYear = parsed;
            }
        }
        problems = found;
        return calendarYear is not null;
    }

    private static readonly string[] RangeMarks = ["..", "至", "~", "～"];

    private static string[] Entries(string? text) =>
        Normalise(text ?? "").Split([';', ',', '、', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>Full-width digits and punctuation become ASCII; spaces go.</summary>
    private static string Normalise(string text)
    {
        var result = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            result.Append(c switch
            {
                >= '０' and <= '９' => (char)(c - '０' + '0'),
                '；' => ';',
                '，' => ',',
                '－' => '-',
                '．' => '.',
                '\n' or '\r' => c,
                _ when char.IsWhiteSpace(c) => null,
                _ => c,
            });
        }
        return result.ToString();
    }

    private static DateOnly? ParseDate(int year, string text, List<string> problems)
    {
        var match = DatePattern().Match(text);
        if (match.Success)
        {
            var y = match.Groups["year"].Success ? int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture) : year;
            var m = int.Parse(match.Groups["month"].Value, CultureInfo.InvariantCulture);
            var d = int.Parse(match.Groups["day"].Value, CultureInfo.InvariantCulture);
            if (y is >= 1 and <= 9999 && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m))
            {
                return new DateOnly(y, m, d);
            }
        }
        problems.Add($"“{text}”不是有效日期，请写成月-日（如01-28）或年-月-日（如2022-12-31）。");
        return null;
    }

    [GeneratedRegex(@"^(?:(?<year>[0-9]{4})-)?(?<month>[0-9]{1,2})-(?<day>[0-9]{1,2})$")]
    private static partial Regex DatePattern();
}
