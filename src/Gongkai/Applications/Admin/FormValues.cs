using System.Globalization;

namespace Gongkai.Applications.Admin;

/// <summary>Reads typed form values (kept as strings so nothing typed is lost) into dates, numbers and choices.</summary>
public static class FormValues
{
    public const string DateMessage = "日期格式应为 yyyy-MM-dd，如 2025-06-02。";

    public static bool TryDate(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date)
        && date.Year is >= 2000 and <= 2100;

    public static bool TryCount(string? text, int max, out int count) =>
        int.TryParse(text?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out count) && count >= 1 && count <= max;

    /// <summary>A defined member of <typeparamref name="T"/> by its name (numbers are refused).</summary>
    public static bool TryChoice<T>(string? text, out T value) where T : struct, Enum =>
        Enum.TryParse(text?.Trim(), out value) && Enum.IsDefined(value) && !int.TryParse(text, out _);
}
