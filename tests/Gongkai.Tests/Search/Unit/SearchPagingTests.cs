using Gongkai.Search;

namespace Gongkai.Tests.Search.Unit;

/// <summary>
/// How both indexes page through the match list they read once: by date as listed, by
/// relevance title matches first and then the rest, and still right when both lists were cut at
/// the count limit.
/// </summary>
public class SearchPagingTests
{
    /// <summary>The order relevance means, worked out the slow way over every match.</summary>
    private static List<long> Expected(IEnumerable<long> all, Func<long, bool> inTitle) =>
        all.Where(inTitle).Concat(all.Where(k => !inTitle(k))).ToList();

    private static List<long> Joined(List<long> matches, List<long> titled, int size, int pages) =>
        Enumerable.Range(1, pages).SelectMany(p => SearchPaging.PageOf(matches, titled, p, size)).ToList();

    [Fact]
    public void By_date_a_page_is_a_slice_of_the_matches()
    {
        var matches = Enumerable.Range(0, 45).Select(i => (long)i * 3).ToList();
        Assert.Equal(matches.Take(20), SearchPaging.PageOf(matches, [], 1, 20));
        Assert.Equal(matches.Skip(40), SearchPaging.PageOf(matches, [], 3, 20));
        Assert.Empty(SearchPaging.PageOf(matches, [], 4, 20));
        Assert.Equal(matches.Take(20), SearchPaging.PageOf(matches, [], 0, 20));
        Assert.Equal(matches.Take(20), SearchPaging.PageOf(matches, [], -5, 20));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(7)]
    [InlineData(20)]
    [InlineData(100)]
    public void By_relevance_pages_join_into_title_matches_then_the_rest(int size)
    {
        var random = new Random(size);
        var all = Enumerable.Range(0, 97).Select(i => (long)i * 5 + random.Next(5)).ToList();
        var inTitle = all.Where(_ => random.Next(3) == 0).ToHashSet();
        var joined = Joined(all, all.Where(inTitle.Contains).ToList(), size, (all.Count + size - 1) / size + 1);
        Assert.Equal(Expected(all, inTitle.Contains), joined);
    }

    [Fact]
    public void Every_match_in_the_title_or_none_is_the_date_order()
    {
        var all = Enumerable.Range(0, 30).Select(i => (long)i).ToList();
        Assert.Equal(all, Joined(all, all, 7, 5));
        Assert.Equal(all, Joined(all, [], 7, 5));
    }

    [Fact]
    public void Lists_cut_at_the_count_limit_still_give_the_right_pages_up_to_the_limit()
    {
        var limit = ISearchIndex.CountLimit;
        var lastPage = limit / 20;
        // Six times the limit of matches, of which every fourth holds the words in its title; the index reads limit + 1 of the matches.
        var all = Enumerable.Range(0, 6 * limit).Select(i => (long)i).ToList();
        Func<long, bool> inTitle = k => k % 4 == 0;
        var expected = Expected(all, inTitle);
        var matches = all.Take(limit + 1).ToList();
        var titled = all.Where(inTitle).Take(limit + 1).ToList();
        foreach (var page in new[] { 1, 2, lastPage / 2, lastPage * 3 / 4, lastPage * 3 / 4 + 1, lastPage - 1, lastPage })
        {
            Assert.Equal(expected.Skip((page - 1) * 20).Take(20), SearchPaging.PageOf(matches, titled, page, 20));
            // The index reads the title matches only to one past the page's end.
            Assert.Equal(expected.Skip((page - 1) * 20).Take(20), SearchPaging.PageOf(matches, titled.Take(page * 20 + 1).ToList(), page, 20));
        }
        // Fewer title matches than a page: the rest follows from the cut match list.
        var few = all.Where(k => k % (limit / 4) == 7).ToList();
        var expectedFew = Expected(all, few.Contains);
        foreach (var page in new[] { 1, 2, lastPage })
        {
            Assert.Equal(expectedFew.Skip((page - 1) * 20).Take(20), SearchPaging.PageOf(matches, few, page, 20));
        }
        // Past the limit nothing more is served.
        Assert.Empty(SearchPaging.PageOf(matches, titled, lastPage + 1, 20));
    }
}
