namespace Gongkai.Portal;

/// <summary>
/// Paging and filter parameters of a public listing, parsed from the query string.
/// Anything malformed becomes a Chinese message for a 400 page, never an exception.
/// </summary>
public sealed record ListQuery(int Page, int? Year, Items.Validity? Validity)
{
    public const int PageSize = 20;
    public const int MinYear = 1949;
    public const int MaxYear = 2100;

    public static (ListQuery? Query, string? Problem) Parse(IQueryCollection query)
    {
        var page = 1;
        if (query.TryGetValue("page", out var p) && p.ToString() is { Length: > 0 } pageText
            && (!int.TryParse(pageText, out page) || page < 1))
        {
            return (null, $"页码“{Trim(pageText)}”无效：页码应为不小于 1 的整数。");
        }
        int? year = null;
        if (query.TryGetValue("year", out var y) && y.ToString() is { Length: > 0 } yearText)
        {
            if (!int.TryParse(yearText, out var parsed) || parsed is < MinYear or > MaxYear)
            {
                return (null, $"年份“{Trim(yearText)}”无效：请填写 {MinYear} 至 {MaxYear} 之间的四位年份。");
            }
            year = parsed;
        }
        Items.Validity? validity = null;
        if (query.TryGetValue("validity", out var v) && v.ToString() is { Length: > 0 } validityText)
        {
            validity = validityText switch
            {
                "valid" => Items.Validity.Valid,
                "expired" => Items.Validity.Expired,
                "repealed" => Items.Validity.Repealed,
                _ => null,
            };
            if (validity is null)
            {
                return (null, $"有效性“{Trim(validityText)}”无效：只能是 valid（有效）、expired（失效）或 repealed（废止）。");
            }
        }
        return (new ListQuery(page, year, validity), null);
    }

    /// <summary>Keeps the items published in the chosen year (China time) and of the chosen validity.</summary>
    public IQueryable<Items.DisclosureItem> Filter(IQueryable<Items.DisclosureItem> items)
    {
        if (Year is { } year)
        {
            var from = new DateTimeOffset(year, 1, 1, 0, 0, 0, Text.ChinaTime.Offset).ToUniversalTime();
            var to = from.AddYears(1);
            items = items.Where(i => i.PublishedAt >= from && i.PublishedAt < to);
        }
        if (Validity is { } validity)
        {
            items = items.Where(i => i.Validity == validity);
        }
        return items;
    }

    public static string ValidityToken(Items.Validity validity) => validity switch
    {
        Items.Validity.Expired => "expired",
        Items.Validity.Repealed => "repealed",
        _ => "valid",
    };

    private static string Trim(string text) => text.Length > 20 ? text[..20] + "…" : text;
}

/// <summary>Where a listing is in its pages.</summary>
public sealed record Paging(int Page, int Total, Func<int, string> LinkTo)
{
    public int PageCount => Math.Max(1, (Total + ListQuery.PageSize - 1) / ListQuery.PageSize);
    public int Skip => (Page - 1) * ListQuery.PageSize;
}
