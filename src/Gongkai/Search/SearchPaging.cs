namespace Gongkai.Search;

/// <summary>
/// Pages of a search from the sort keys both providers read once per search: the matches, newest
/// first, as far as they are counted, and for relevance the title matches (ADR 0014).
/// </summary>
public static class SearchPaging
{
    private static long PageEnd(int page, int size) => (long)Math.Max(1, page) * size;

    /// <summary>How many title matches <see cref="PageOf"/> needs for a request: one past the page's end.</summary>
    public static int TitledNeeded(SearchRequest request) => (int)Math.Min(PageEnd(request.Page, request.PageSize) + 1, ISearchIndex.CountLimit + 1);

    /// <summary>
    /// One page of sort keys. By date: the matches as they come (newest first). By relevance: the
    /// title matches first, then the other matches, each newest first. <paramref name="titled"/>
    /// holds the title matches up to at least one past the page's end, or all of them. The matches
    /// may be cut at <see cref="ISearchIndex.CountLimit"/>; they then still hold every other match a
    /// page within the limit can reach, since at most that many items come before it.
    /// </summary>
    public static List<long> PageOf(IReadOnlyList<long> matches, IReadOnlyList<long> titled, int page, int size)
    {
        var offset = PageEnd(page, size) - size;
        if (offset >= ISearchIndex.CountLimit)
        {
            return [];
        }
        if (titled.Count == 0)
        {
            return matches.Skip((int)offset).Take(size).ToList();
        }
        var keys = titled.Skip((int)offset).Take(size).ToList();
        if (keys.Count < size)
        {
            var inTitle = titled.ToHashSet();
            keys.AddRange(matches.Where(k => !inTitle.Contains(k)).Skip((int)Math.Max(0, offset - titled.Count)).Take(size - keys.Count));
        }
        return keys;
    }
}
