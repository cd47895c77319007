using System.Globalization;

namespace Gongkai.Applications;

/// <summary>
/// Reads the clock's facts as people type them — in the public calculator, the API and the CLI:
/// dates as YYYY-MM-DD, pauses as YYYY-MM-DD:YYYY-MM-DD, the extension as working days.
/// </summary>
public static class ClockFactsText
{
    public static bool TryParse(string? received, string? corrected, IEnumerable<string?> pauses, string? extension, out ClockFacts? facts, out IReadOnlyList<string> problems)
    {
        var found = new List<string>();
        facts = null;
        if (string.IsNullOrWhiteSpace(received))
        {
            found.Add("请填写申请收到日期。");
        }
        else if (!TryDate(received, out _))
        {
            found.Add($"申请收到日期“{received.Trim()}”不是 YYYY-MM-DD 格式的日期。");
        }
        DateOnly? correctedDate = null;
        if (!string.IsNullOrWhiteSpace(corrected))
        {
            if (TryDate(corrected, out var c))
            {
                correctedDate = c;
            }
            else
            {
                found.Add($"补正收到日期“{corrected.Trim()}”不是 YYYY-MM-DD 格式的日期。");
            }
        }
        var parsedPauses = new List<ClockPause>();
        foreach (var pause in pauses.Where(p => !string.IsNullOrWhiteSpace(p)))
        {
            if (TryPause(pause!, out var parsed))
            {
                parsedPauses.Add(parsed);
            }
            else
            {
                found.Add($"中止期间“{pause!.Trim()}”应写作 YYYY-MM-DD:YYYY-MM-DD。");
            }
        }
        var days = 0;
        if (!string.IsNullOrWhiteSpace(extension)
            && (!int.TryParse(extension.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out days) || days > ApplicationClock.MaxExtensionDays))
        {
            found.Add($"延期应为 0 至 {ApplicationClock.MaxExtensionDays} 之间的工作日数。");
        }
        if (found.Count == 0 && TryDate(received, out var receivedDate))
        {
            var candidate = new ClockFacts(receivedDate, correctedDate, parsedPauses, days);
            found.AddRange(candidate.Problems());
            facts = found.Count == 0 ? candidate : null;
        }
        problems = found;
        return facts is not null;
    }

    private static bool TryPause(string text, out ClockPause pause)
    {
        pause = null!;
        var parts = text.Trim().Split(':');
        if (parts.Length != 2 || !TryDate(parts[0], out var start) || !TryDate(parts[1], out var end))
        {
            return false;
        }
        pause = new ClockPause(start, end, PauseKind.Unspecified);
        return true;
    }

    private static bool TryDate(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
