using System.Data.Common;
using System.Globalization;
using System.Text;
using Gongkai.Data;
using Gongkai.Items;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Gongkai.Search;

/// <summary>
/// The index on SQLite: a contentless FTS5 table whose rowid is the entry's date-ordered sort
/// key, with columns <c>title</c> and <c>body</c> (the tokens, space-separated, read by FTS5's
/// <c>ascii</c> tokenizer so that each token stays whole) and <c>facets</c> (tokens for the
/// body, year, category, genre, validity and who may find it). Filters, reach and paging are
/// all answered inside FTS5, newest first by rowid. A search reads the matches once, newest
/// first, as far as they are counted, and takes the page and the facets from that list, so it
/// costs about the same however many items match. <c>title_tier</c> answers "every word in the
/// title" for relevance. <c>search_entries</c> keeps each item's key and facets (ADR 0014).
/// </summary>
public sealed class SqliteSearchIndex(GongkaiDb db) : ISearchIndex
{
    private readonly SearchSql sql = new(db);

    private const string Columns = "{title body}";

    /// <summary>
    /// The title's tokens once more, each marked with <see cref="TitleTierMark"/> so that they
    /// have lists of their own: "every word in the title" (the first tier of relevance) then
    /// reads lists the size of the titles that hold a word, not of every text that does.
    /// </summary>
    private const string TitleTier = "title_tier";
    private const string TitleTierMark = "t";

    public async Task WriteAsync(IReadOnlyCollection<SearchDocument> documents, CancellationToken ct = default)
    {
        if (documents.Count == 0)
        {
            return;
        }
        await sql.InTransactionAsync(async (connection, transaction) =>
        {
            await RemoveEntriesAsync(connection, transaction, documents.Select(d => d.ItemId), ct);
            await using var insertText = SearchSql.Command(connection, transaction,
                "INSERT INTO search_fts (rowid, title, body, facets, title_tier) VALUES ($key, $title, $body, $facets, $tier)",
                "$key", "$title", "$body", "$facets", "$tier");
            await using var insertEntry = SearchSql.Command(connection, transaction,
                "INSERT INTO search_entries (sort_key, item_id, body_id, year, category_id, genre, validity, scope) VALUES ($key, $id, $body, $year, $category, $genre, $validity, $scope)",
                "$key", "$id", "$body", "$year", "$category", "$genre", "$validity", "$scope");
            foreach (var doc in documents)
            {
                await SearchSql.ExecuteAsync(insertText, ct, doc.SortKey, string.Join(' ', doc.TitleTokens), string.Join(' ', doc.TextTokens), FacetTokens(doc),
                    string.Join(' ', doc.TitleTokens.Select(t => TitleTierMark + t)));
                await SearchSql.ExecuteAsync(insertEntry, ct, doc.SortKey, doc.ItemId, doc.BodyId, doc.Year, doc.CategoryId, doc.Genre, (int)doc.Validity, (int)doc.Scope);
            }
        }, ct);
    }

    public async Task RemoveAsync(IReadOnlyCollection<int> itemIds, CancellationToken ct = default)
    {
        if (itemIds.Count > 0)
        {
            await sql.InTransactionAsync((connection, transaction) => RemoveEntriesAsync(connection, transaction, itemIds, ct), ct);
        }
    }

    /// <summary>A contentless FTS5 row is deleted by its rowid, which the entry remembers.</summary>
    private static async Task RemoveEntriesAsync(DbConnection connection, DbTransaction transaction, IEnumerable<int> itemIds, CancellationToken ct)
    {
        await using var find = SearchSql.Command(connection, transaction, "SELECT sort_key FROM search_entries WHERE item_id = $id", "$id");
        await using var deleteText = SearchSql.Command(connection, transaction, "DELETE FROM search_fts WHERE rowid = $key", "$key");
        await using var deleteEntry = SearchSql.Command(connection, transaction, "DELETE FROM search_entries WHERE sort_key = $key", "$key");
        foreach (var id in itemIds)
        {
            find.Parameters[0].Value = id;
            if (await find.ExecuteScalarAsync(ct) is long old)
            {
                await SearchSql.ExecuteAsync(deleteText, ct, old);
                await SearchSql.ExecuteAsync(deleteEntry, ct, old);
            }
        }
    }

    public Task ClearAsync(CancellationToken ct = default) => sql.InTransactionAsync(async (connection, transaction) =>
    {
        await using var clear = SearchSql.Command(connection, transaction, "DELETE FROM search_entries; INSERT INTO search_fts (search_fts) VALUES ('delete-all');");
        await clear.ExecuteNonQueryAsync(ct);
    }, ct);

    public Task OptimiseAsync(CancellationToken ct = default) => sql.InTransactionAsync(async (connection, transaction) =>
    {
        await using var optimise = SearchSql.Command(connection, transaction, "INSERT INTO search_fts (search_fts) VALUES ('optimize')");
        await optimise.ExecuteNonQueryAsync(ct);
    }, ct);

    public Task<int> CountEntriesAsync(CancellationToken ct = default) =>
        sql.WithConnectionAsync(async (connection, transaction) =>
        {
            await using var count = SearchSql.Command(connection, transaction, "SELECT count(*) FROM search_entries");
            return Convert.ToInt32(await count.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
        });

    public Task<SearchHits> SearchAsync(SearchRequest request, CancellationToken ct = default)
    {
        if (request.Query.IsEmpty)
        {
            return Task.FromResult(SearchHits.None);
        }
        return sql.WithConnectionAsync(async (connection, transaction) =>
        {
            // The match is read once, newest first, as far as it is counted; the page and the facets come from that list.
            var matches = await KeysAsync(connection, transaction, Match(request, titleTier: false), ISearchIndex.CountLimit + 1, ct);
            // Title matches only as far as this page needs: when they fill it, the rest do not matter.
            var titled = request.Sort == SearchSort.Relevance
                ? await KeysAsync(connection, transaction, Match(request, titleTier: true), SearchPaging.TitledNeeded(request), ct)
                : [];
            var page = SearchPaging.PageOf(matches, titled, request.Page, request.PageSize);
            var facets = await FacetsAsync(connection, transaction, matches, ct);
            return new SearchHits(Math.Min(matches.Count, ISearchIndex.CountLimit), page.Select(SearchDocument.ItemIdOf).ToList(), facets,
                matches.Count > ISearchIndex.CountLimit);
        });
    }

    /// <summary>The sort keys of the first <paramref name="limit"/> entries that match, newest first.</summary>
    private static async Task<List<long>> KeysAsync(DbConnection connection, DbTransaction? transaction, string match, int limit, CancellationToken ct)
    {
        await using var select = SearchSql.Command(connection, transaction,
            "SELECT rowid FROM search_fts WHERE search_fts MATCH $match ORDER BY rowid LIMIT $limit", "$match", "$limit");
        select.Parameters[0].Value = match;
        select.Parameters[1].Value = limit;
        var keys = new List<long>();
        await using var reader = await select.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            keys.Add(reader.GetInt64(0));
        }
        return keys;
    }

    /// <summary>
    /// Facets of the newest <see cref="ISearchIndex.FacetLimit"/> matches, looked up by sort key.
    /// SQLite returns them as one row of comma-separated lists (genres in hex, so any text fits):
    /// reading ten thousand rows one by one costs more than looking them up.
    /// </summary>
    private static async Task<SearchFacets> FacetsAsync(DbConnection connection, DbTransaction? transaction, List<long> matches, CancellationToken ct)
    {
        if (matches.Count == 0)
        {
            return SearchFacets.Empty;
        }
        await using var facets = SearchSql.Command(connection, transaction, """
            SELECT group_concat(e.body_id), group_concat(e.year), group_concat(e.category_id), group_concat(hex(e.genre)), group_concat(e.validity)
            FROM json_each($keys) k JOIN search_entries e ON e.sort_key = k.value
            """, "$keys");
        facets.Parameters[0].Value = JsonArray(matches, ISearchIndex.FacetLimit);
        await using var reader = await facets.ExecuteReaderAsync(ct);
        if (!await reader.ReadAsync(ct) || reader.IsDBNull(0))
        {
            return SearchFacets.Empty;
        }
        var lists = Enumerable.Range(0, 5).Select(reader.GetString).ToArray();
        return SearchFacets.Count(FacetRows(lists), matches.Count > ISearchIndex.FacetLimit);
    }

    private static string JsonArray(List<long> keys, int limit)
    {
        var json = new StringBuilder(Math.Min(keys.Count, limit) * 20 + 2).Append('[');
        for (var i = 0; i < Math.Min(keys.Count, limit); i++)
        {
            json.Append(i == 0 ? "" : ",").Append(keys[i]);
        }
        return json.Append(']').ToString();
    }

    /// <summary>The rows in the five lists of <see cref="FacetsAsync"/>, read in place.</summary>
    private static IEnumerable<(int, int, int, string, Validity, int)> FacetRows(string[] lists)
    {
        var genreNames = new Dictionary<string, string>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        var positions = new int[lists.Length];
        while (positions[0] <= lists[0].Length)
        {
            var genre = Next(lists[3], ref positions[3]);
            if (!genreNames.TryGetValue(genre, out var name))
            {
                genreNames[genre] = name = Encoding.UTF8.GetString(Convert.FromHexString(genre));
            }
            yield return (Number(lists[0], ref positions[0]), Number(lists[1], ref positions[1]), Number(lists[2], ref positions[2]), name,
                (Validity)Number(lists[4], ref positions[4]), 1);
        }

        static int Number(string list, ref int position) => int.Parse(Next(list, ref position), CultureInfo.InvariantCulture);

        static ReadOnlySpan<char> Next(string list, ref int position)
        {
            var rest = list.AsSpan(position);
            var comma = rest.IndexOf(',');
            var item = comma < 0 ? rest : rest[..comma];
            position += item.Length + 1;
            return item;
        }
    }

    /// <summary>
    /// The FTS5 expression: the words anywhere (or, for the title tier, all in the title), minus
    /// exclusions, within the filters and the reach.
    /// </summary>
    internal static string Match(SearchRequest request, bool titleTier)
    {
        var core = titleTier
            ? $"{TitleTier} : ({string.Join(" AND ", request.Query.Included.Select(t => Phrase(t, TitleTierMark)))})"
            : $"{Columns} : ({string.Join(" AND ", request.Query.Included.Select(t => Phrase(t)))})";
        if (request.Query.Excluded.Count > 0)
        {
            core = $"({core}) NOT ({Columns} : ({string.Join(" OR ", request.Query.Excluded.Select(t => Phrase(t)))}))";
        }
        var filters = FilterTokens(request.Filters).ToList();
        if (filters.Count > 0)
        {
            core = $"({core}) AND (facets : ({string.Join(" AND ", filters.Select(Quote))}))";
        }
        var reach = request.Reach;
        var open = $"({core}) NOT (facets : {Quote(Hidden)})";
        if (reach.BodyIds.Count == 0)
        {
            return open;
        }
        var prefix = reach.BackOffice ? "zb" : "zq";
        return $"({open}) OR (({core}) AND (facets : ({string.Join(" OR ", reach.BodyIds.Select(id => Quote(prefix + id)))})))";
    }

    /// <summary>A term's tokens as one FTS5 phrase; tokens hold only letters and digits, so quoting is all the escaping needed.</summary>
    private static string Phrase(QueryTerm term, string mark = "") =>
        Quote(string.Join(' ', term.Tokens.Select(t => mark + t))) + (term.LastIsPrefix ? " *" : "");

    private static string Quote(string text) => "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private const string Hidden = "zhide";

    /// <summary>Facet tokens of an entry. Not public: <c>zhide</c>; for a body's staff only: also <c>zq{body}</c>.</summary>
    internal static string FacetTokens(SearchDocument doc)
    {
        var tokens = new StringBuilder();
        tokens.Append("zb").Append(doc.BodyId).Append(" zy").Append(doc.Year).Append(" zc").Append(doc.CategoryId)
            .Append(" zv").Append((int)doc.Validity);
        if (doc.Genre.Length > 0)
        {
            tokens.Append(' ').Append(GenreToken(doc.Genre));
        }
        if (doc.Scope != SearchScope.Public)
        {
            tokens.Append(' ').Append(Hidden);
        }
        if (doc.Scope == SearchScope.BodyStaff)
        {
            tokens.Append(" zq").Append(doc.BodyId);
        }
        return tokens.ToString();
    }

    private static IEnumerable<string> FilterTokens(SearchFilters filters)
    {
        if (filters.BodyId is { } body)
        {
            yield return "zb" + body;
        }
        if (filters.Year is { } year)
        {
            yield return "zy" + year;
        }
        if (filters.CategoryId is { } category)
        {
            yield return "zc" + category;
        }
        if (!string.IsNullOrEmpty(filters.Genre))
        {
            yield return GenreToken(filters.Genre);
        }
        if (filters.Validity is { } validity)
        {
            yield return "zv" + (int)validity;
        }
    }

    /// <summary>Genres are free text; as a token they are written in hex so that any text is one token.</summary>
    private static string GenreToken(string genre) => "zg" + Convert.ToHexStringLower(Encoding.UTF8.GetBytes(genre));
}
