using System.Globalization;
using System.Text.RegularExpressions;

namespace Gongkai.Calendar;

/// <summary>
/// Art. 26: proactive information is published within 20 working days of being created or changed,
/// unless the item's catalogue row sets its own limit. Counted like every other deadline: day 0 is
/// the date created or changed.
/// </summary>
public static class PublicationDeadline
{
    public const int DefaultWorkingDays = 20;

    public static WorkingDayResult Due(WorkingDayCalendar calendar, DateOnly createdOrChanged, int workingDays = DefaultWorkingDays) =>
        calendar.AddWorkingDays(createdOrChanged, workingDays);

    /// <summary>Uses the working days in the catalogue row's time limit text, or 20 when it names none.</summary>
    public static WorkingDayResult DueForTimeLimit(WorkingDayCalendar calendar, DateOnly createdOrChanged, string? timeLimit) =>
        Due(calendar, createdOrChanged, TimeLimitParser.TryWorkingDays(timeLimit, out var days) ? days : DefaultWorkingDays);
}

/// <summary>Reads the working days out of a catalogue row's 公开时限 text.</summary>
public static partial class TimeLimitParser
{
    /// <summary>
    /// The first "N个工作日" in the text: "信息形成或者变更之日起20个工作日内" → 20;
    /// "审核后10个工作日内，公示7个工作日" → 10. Digits may be ASCII, full-width or Chinese
    /// (十个、二十个、十五个). False for texts without a positive count of working days ("每周一", "每学期",
    /// "30日内").
    /// </summary>
    public static bool TryWorkingDays(string? timeLimit, out int days)
    {
        days = 0;
        if (string.IsNullOrWhiteSpace(timeLimit))
        {
            return false;
        }
        var match = WorkingDays().Match(timeLimit);
        if (!match.Success)
        {
            return false;
        }
        var number = match.Groups["number"].Value;
        var parsed = number[0] is >= '0' and <= '9' or >= '０' and <= '９'
            ? ParseDigits(number)
            : ParseChinese(number);
        if (parsed is not > 0)
        {
            return false;
        }
        days = parsed.Value;
        return true;
    }

    private static int? ParseDigits(string number)
    {
        var ascii = new string([.. number.Select(c => c >= '０' ? (char)(c - '０' + '0') : c)]);
        return int.TryParse(ascii, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;
    }

    /// <summary>Chinese numerals below 1000: 七, 十, 十五, 二十, 三十, 一百二十.</summary>
    private static int? ParseChinese(string number)
    {
        var total = 0;
        var digit = -1;
        foreach (var c in number)
        {
            var value = "零一二三四五六七八九".IndexOf(c, StringComparison.Ordinal);
            if (c is '〇')
            {
                value = 0;
            }
            else if (c is '两')
            {
                value = 2;
            }
            if (value >= 0)
            {
                digit = value;
                continue;
            }
            var unit = c switch { '十' => 10, '百' => 100, _ => 0 };
            if (unit == 0)
            {
                return null;
            }
            total += (digit < 0 ? 1 : digit) * unit;
            digit = -1;
        }
        return total + Math.Max(digit, 0);
    }

    // Chinese numerals need 个, so that "周一至周五工作日" is not read as five days.
    [GeneratedRegex(@"(?:(?<number>[0-9０-９]+)\s*个?|(?<number>[零〇一二两三四五六七八九十百]+)个)\s*工作日")]
    private static partial Regex WorkingDays();
}
