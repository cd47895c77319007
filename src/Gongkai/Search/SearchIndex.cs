using Gongkai.Items;
using Gongkai.Visibility;

namespace Gongkai.Search;

public enum SearchSort
{
    /// <summary>Items whose title holds every word first, then the rest; newest first within each (ADR 0014).</summary>
    Relevance = 0,
    /// <summary>Newest first.</summary>
    Date = 1,
}

/// <summary>
/// Whose search it is. The public reach finds <see cref="SearchScope.Public"/> entries, plus the
/// group-only entries of the bodies a signed-in staff member belongs to (as the visibility rule
/// shows them on the item pages). The back-office reach also finds every entry, public or not,
/// of the bodies the user may act for.
/// </summary>
public sealed record SearchReach(bool BackOffice, IReadOnlyList<int> BodyIds)
{
    public static SearchReach For(Viewer viewer) => new(false, viewer.StaffOfBodyIds);

    public static SearchReach Staff(IReadOnlyList<int> bodyIds) => new(true, bodyIds);
}

/// <summary>Facet filters; null means any.</summary>
public sealed record SearchFilters(int? BodyId = null, int? Year = null, int? CategoryId = null, string? Genre = null, Validity? Validity = null)
{
    public static readonly SearchFilters None = new();
}

public sealed record SearchRequest(SearchQuery Query, SearchReach Reach, SearchFilters Filters, SearchSort Sort, int Page, int PageSize);

public sealed record FacetCount<T>(T Value, int Count);

/// <summary>
/// How the matches spread over bodies, years, categories, genres and validity, most first.
/// When there are more matches than the index counts per query, the counts are of the newest
/// <see cref="Counted"/> matches only and <see cref="IsSample"/> says so.
/// </summary>
public sealed record SearchFacets(
    IReadOnlyList<FacetCount<int>> Bodies,
    IReadOnlyList<FacetCount<int>> Years,
    IReadOnlyList<FacetCount<int>> Categories,
    IReadOnlyList<FacetCount<string>> Genres,
    IReadOnlyList<FacetCount<Validity>> Validities,
    int Counted,
    bool IsSample)
{
    public static readonly SearchFacets Empty = new([], [], [], [], [], 0, false);

    /// <summary>Counts facet rows (one per match, or grouped with a count) into the five lists.</summary>
    public static SearchFacets Count(IEnumerable<(int BodyId, int Year, int CategoryId, string Genre, Validity Validity, int Count)> rows, bool isSample)
    {
        var bodies = new Dictionary<int, int>();
        var years = new Dictionary<int, int>();
        var categories = new Dictionary<int, int>();
        var genres = new Dictionary<string, int>(StringComparer.Ordinal);
        var validities = new Dictionary<Validity, int>();
        var counted = 0;
        foreach (var row in rows)
        {
            counted += row.Count;
            Add(bodies, row.BodyId, row.Count);
            Add(years, row.Year, row.Count);
            Add(categories, row.CategoryId, row.Count);
            if (row.Genre.Length > 0)
            {
                Add(genres, row.Genre, row.Count);
            }
            Add(validities, row.Validity, row.Count);
        }
        return new SearchFacets(Sorted(bodies), years.OrderByDescending(p => p.Key).Select(p => new FacetCount<int>(p.Key, p.Value)).ToList(),
            Sorted(categories), Sorted(genres), validities.OrderBy(p => p.Key).Select(p => new FacetCount<Validity>(p.Key, p.Value)).ToList(), counted, isSample);
    }

    private static void Add<T>(Dictionary<T, int> counts, T key, int n) where T : notnull =>
        counts[key] = counts.GetValueOrDefault(key) + n;

    private static List<FacetCount<T>> Sorted<T>(Dictionary<T, int> counts) where T : notnull =>
        counts.OrderByDescending(p => p.Value).ThenBy(p => p.Key).Select(p => new FacetCount<T>(p.Key, p.Value)).ToList();
}

/// <summary>
/// One page of matches: the item ids in order, how many match in all, and the facets. Matches are
/// counted up to <see cref="ISearchIndex.CountLimit"/>; when there are more, <see cref="Total"/> is
/// that limit and <see cref="IsTotalCapped"/> says "more than", and pages beyond it are not served.
/// </summary>
public sealed record SearchHits(int Total, IReadOnlyList<int> ItemIds, SearchFacets Facets, bool IsTotalCapped = false)
{
    public static readonly SearchHits None = new(0, [], SearchFacets.Empty);
}

/// <summary>
/// The full-text index of items, one implementation per database (SQLite FTS5, PostgreSQL
/// full-text), both fed with the tokens of <see cref="SearchTokens"/>. Writes join the caller's
/// transaction, so the index changes together with the items it describes.
/// </summary>
public interface ISearchIndex
{
    /// <summary>
    /// Most matches counted, paged through and counted into facets: 500 pages of 20, as far as
    /// Elasticsearch counts by default. Beyond it the page says "more than" and advises narrowing,
    /// which brings the rest within reach. Counting a common phrase costs about 1 ms per thousand
    /// matches at a million items (ADR 0014).
    /// </summary>
    const int CountLimit = 10_000;

    /// <summary>Most matches the facets are counted over; beyond it they are a sample of the newest.</summary>
    const int FacetLimit = CountLimit;

    Task WriteAsync(IReadOnlyCollection<SearchDocument> documents, CancellationToken ct = default);

    Task RemoveAsync(IReadOnlyCollection<int> itemIds, CancellationToken ct = default);

    /// <summary>Empties the index (before a rebuild).</summary>
    Task ClearAsync(CancellationToken ct = default);

    /// <summary>Compacts the index after a bulk load.</summary>
    Task OptimiseAsync(CancellationToken ct = default);

    Task<int> CountEntriesAsync(CancellationToken ct = default);

    Task<SearchHits> SearchAsync(SearchRequest request, CancellationToken ct = default);
}
