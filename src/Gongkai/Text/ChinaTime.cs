namespace Gongkai.Text;

/// <summary>Times are stored in UTC and shown in China Standard Time (UTC+8, no daylight saving).</summary>
public static class ChinaTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    public static DateTimeOffset ToChina(this DateTimeOffset utc) => utc.ToOffset(Offset);

    public static DateOnly ChinaDate(this DateTimeOffset utc) => DateOnly.FromDateTime(utc.ToOffset(Offset).DateTime);

    /// <summary>2025年3月7日 style, as on Chinese government sites.</summary>
    public static string Chinese(this DateOnly date) => $"{date.Year}年{date.Month}月{date.Day}日";

    public static string Iso(this DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public static string Iso(this DateTimeOffset utc) => utc.ChinaDate().Iso();

    /// <summary>Reads a <c>datetime-local</c> form value (yyyy-MM-ddTHH:mm), meant as China time, as an instant.</summary>
    public static bool TryParseLocalMinute(string? text, out DateTimeOffset utc)
    {
        utc = default;
        if (!DateTime.TryParseExact(text, "yyyy-MM-dd'T'HH:mm", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var local))
        {
            return false;
        }
        utc = new DateTimeOffset(local, Offset).ToUniversalTime();
        return true;
    }
}
