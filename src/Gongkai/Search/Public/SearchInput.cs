using System.Globalization;
using System.Text;
using Gongkai.Items;
using Gongkai.Portal;

namespace Gongkai.Search.Public;

/// <summary>
/// The parameters of a search as read from a query string: q, sort, body (a slug), year,
/// category (an id), genre, validity, page and, for the API, pageSize. A malformed value is
/// left out and described in <c>Problems</c> (in Chinese): the pages show the description and
/// search without it, the API answers 400 with it. Nothing here throws.
/// </summary>
public sealed record SearchInput(
    string? Text,
    SearchSort Sort = SearchSort.Relevance,
    int Page = 1,
    int PageSize = SearchInput.DefaultPageSize,
    string? Body = null,
    int? Year = null,
    int? CategoryId = null,
    string? Genre = null,
    Validity? Validity = null)
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 50;
    /// <summary>Beyond this the page number is clamped, so the index never computes an offset that overflows.</summary>
    public const int MaxPage = int.MaxValue / MaxPageSize - 1;
    public const int GenreMaxLength = 32;

    public bool HasFilters => Body is not null || Year is not null || CategoryId is not null || Genre is not null || Validity is not null;

    public static (SearchInput Input, List<string> Problems) Parse(IQueryCollection query, bool allowPageSize = false)
    {
        var problems = new List<string>();
        var input = new SearchInput(First(query, "q"));

        if (First(query, "sort") is { Length: > 0 } sort)
        {
            switch (sort)
            {
                case "relevance":
                    break;
                case "date":
                    input = input with { Sort = SearchSort.Date };
                    break;
                default:
                    problems.Add($"排序方式“{Shown(sort)}”无效：只能是 relevance（按相关度）或 date（按日期）。");
                    break;
            }
        }
        if (First(query, "page") is { Length: > 0 } pageText)
        {
            if (!int.TryParse(pageText, NumberStyles.None, CultureInfo.InvariantCulture, out var page) || page < 1)
            {
                problems.Add(long.TryParse(pageText, NumberStyles.None, CultureInfo.InvariantCulture, out _)
                    ? $"页码“{Shown(pageText)}”超出范围。"
                    : $"页码“{Shown(pageText)}”无效：页码应为不小于 1 的整数。");
            }
            else
            {
                input = input with { Page = Math.Min(page, MaxPage) };
            }
        }
        if (allowPageSize && First(query, "pageSize") is { Length: > 0 } sizeText)
        {
            if (!int.TryParse(sizeText, NumberStyles.None, CultureInfo.InvariantCulture, out var size) || size is < 1 or > MaxPageSize)
            {
                problems.Add($"每页条数“{Shown(sizeText)}”无效：应为 1 至 {MaxPageSize} 之间的整数。");
            }
            else
            {
                input = input with { PageSize = size };
            }
        }
        if (First(query, "body") is { Length: > 0 } body)
        {
            if (body.Length > Bodies.Body.SlugMaxLength || !body.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
            {
                problems.Add($"机构“{Shown(body)}”不存在。");
            }
            else
            {
                input = input with { Body = body };
            }
        }
        if (First(query, "year") is { Length: > 0 } yearText)
        {
            if (!int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year is < ListQuery.MinYear or > ListQuery.MaxYear)
            {
                problems.Add($"年份“{Shown(yearText)}”无效：请填写 {ListQuery.MinYear} 至 {ListQuery.MaxYear} 之间的四位年份。");
            }
            else
            {
                input = input with { Year = year };
            }
        }
        if (First(query, "category") is { Length: > 0 } categoryText)
        {
            if (!int.TryParse(categoryText, NumberStyles.None, CultureInfo.InvariantCulture, out var category) || category < 1)
            {
                problems.Add($"目录栏目“{Shown(categoryText)}”不存在。");
            }
            else
            {
                input = input with { CategoryId = category };
            }
        }
        if (First(query, "genre") is { } genreText && genreText.Trim() is { Length: > 0 } genre)
        {
            if (genre.Length > GenreMaxLength || genre.Any(c => char.IsControl(c) || char.IsSurrogate(c) || char.GetUnicodeCategory(c) == UnicodeCategory.Format))
            {
                problems.Add($"体裁“{Shown(genre)}”无效。");
            }
            else
            {
                input = input with { Genre = genre };
            }
        }
        if (First(query, "validity") is { Length: > 0 } validityText)
        {
            if (ValidityOf(validityText) is { } validity)
            {
                input = input with { Validity = validity };
            }
            else
            {
                problems.Add($"有效性“{Shown(validityText)}”无效：只能是 valid（有效）、expired（失效）或 repealed（废止）。");
            }
        }
        return (input, problems);
    }

    public static Validity? ValidityOf(string token) => token switch
    {
        "valid" => Items.Validity.Valid,
        "expired" => Items.Validity.Expired,
        "repealed" => Items.Validity.Repealed,
        _ => null,
    };

    private static string? First(IQueryCollection query, string key) =>
        query.TryGetValue(key, out var values) && values.Count > 0 ? values[0] : null;

    /// <summary>A value as it may be shown back in a message: at most 20 characters, control characters and broken surrogates replaced.</summary>
    public static string Shown(string text)
    {
        var shown = new StringBuilder();
        var i = 0;
        var count = 0;
        while (i < text.Length && count < 20)
        {
            var status = Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out var width);
            var category = Rune.GetUnicodeCategory(rune);
            shown.Append(status != System.Buffers.OperationStatus.Done || category is UnicodeCategory.Control or UnicodeCategory.Format ? "?" : rune.ToString());
            i += width;
            count++;
        }
        return i < text.Length ? shown + "…" : shown.ToString();
    }
}
