using System.Collections.Concurrent;
using System.Net;
using System.Text.RegularExpressions;
using Gongkai.Items;
using Gongkai.Text;
using Gongkai.Visibility;

namespace Gongkai.Search;

/// <summary>Who may find an entry; decided by <see cref="PublicVisibility"/> when the entry is written.</summary>
public enum SearchScope
{
    /// <summary>Anyone: the visibility rule shows it to an anonymous visitor.</summary>
    Public = 0,
    /// <summary>Signed-in staff of the item's body only (information for a specific group).</summary>
    BodyStaff = 1,
    /// <summary>No public viewer; only the back-office search of the item's body.</summary>
    Internal = 2,
}

/// <summary>What the search index holds for one item: its tokens, its facets and who may find it.</summary>
public sealed partial record SearchDocument(
    int ItemId,
    long SortKey,
    int BodyId,
    int Year,
    int CategoryId,
    string Genre,
    Validity Validity,
    SearchScope Scope,
    IReadOnlyList<string> TitleTokens,
    IReadOnlyList<string> TextTokens)
{
    private static readonly DateTimeOffset Epoch = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly Func<DisclosureItem, bool> IsPublic = PublicVisibility.Rule(Viewer.Anonymous).Compile();
    private static readonly ConcurrentDictionary<int, Func<DisclosureItem, bool>> IsForStaffOf = new();

    /// <summary>
    /// The date results are sorted by: the first publication, or for an item never published its
    /// creation. The key puts the newest first in ascending order, because FTS5 reads its lists
    /// forwards much faster than backwards (ADR 0014): the high 32 bits count the seconds from the
    /// date to <see cref="Horizon"/> (2068), the low 32 bits hold the item's id the same way round,
    /// so the order is total (stable paging) and among items of the same second the newer id comes first.
    /// </summary>
    public static long SortKeyOf(DateTimeOffset date, int itemId)
    {
        var seconds = Math.Clamp((long)(date - Epoch).TotalSeconds, 0, Horizon);
        return ((Horizon - seconds) << 32) | (uint)(int.MaxValue - itemId);
    }

    public static int ItemIdOf(long sortKey) => int.MaxValue - (int)(sortKey & 0xFFFF_FFFF);

    /// <summary>The latest second a sort key tells apart from the ones before (2068-01-19); later dates sort as this one.</summary>
    private const long Horizon = int.MaxValue;

    public static SearchDocument From(DisclosureItem item)
    {
        var date = item.PublishedAt ?? new DateTimeOffset(item.CreatedOn.ToDateTime(TimeOnly.MinValue), ChinaTime.Offset);
        return new SearchDocument(
            item.Id,
            SortKeyOf(date, item.Id),
            item.BodyId,
            date.ChinaDate().Year,
            item.CategoryId,
            item.Genre ?? "",
            item.Validity,
            ScopeOf(item),
            SearchTokens.OfDocument(item.Title, SearchTokens.MaxTitleTokens),
            SearchTokens.OfDocument(string.Join('\n', item.DocumentNumber, item.IndexNumber, item.Summary, item.Keywords, item.IssuingBody, PlainText(item.BodyHtml))));
    }

    public static SearchScope ScopeOf(DisclosureItem item)
    {
        if (IsPublic(item))
        {
            return SearchScope.Public;
        }
        var staffRule = IsForStaffOf.GetOrAdd(item.BodyId, id => PublicVisibility.Rule(new Viewer([id])).Compile());
        return staffRule(item) ? SearchScope.BodyStaff : SearchScope.Internal;
    }

    /// <summary>The text of an item's HTML body: tags dropped (ends of blocks and table cells become line breaks), entities decoded.</summary>
    public static string PlainText(string? html)
    {
        if (string.IsNullOrEmpty(html))
        {
            return "";
        }
        var text = BlockEnd().Replace(html, "\n");
        text = Tag().Replace(text, "");
        return WebUtility.HtmlDecode(text);
    }

    [GeneratedRegex(@"</(p|div|li|tr|td|th|caption|dt|dd|blockquote|pre|h[1-6]|table|ul|ol)>|<br\s*/?>", RegexOptions.IgnoreCase)]
    private static partial Regex BlockEnd();

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex Tag();
}
