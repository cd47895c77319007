using System.Data.Common;
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
/// all answered inside FTS5, newest first by rowid, so a page costs the same however many
/// items match. <c>search_entries</c> keeps each item's key and facets (ADR 0014).
/// </summary>
public sealed class SqliteSearchIndex(GongkaiDb db) : ISearchIndex
{
    private readonly SearchSql sql = new(db);

    private const string Columns = "{title body}";

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
                "INSERT INTO search_fts (rowid, title, body, facets) VALUES ($key, $title, $body, $facets)", "$key", "$title", "$body", "$facets");
            await using var insertEntry = SearchSql.Command(connection, transaction,
                "INSERT INTO search_entries (sort_key, item_id, body_id, year, category_id, genre, validity, scope) VALUES ($key, $id, $body, $year, $category, $genre, $validity, $scope)",
                "$key", "$id", "$body", "$year", "$category", "$genre", "$validity", "$scope");
            foreach (var doc in documents)
            {
                await SearchSql.ExecuteAsync(insertText, ct, doc.SortKey, string.Join(' ', doc.TitleTokens), string.Join(' ', doc.TextTokens), FacetTokens(doc));
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
            var match = Match(request, Columns);
            var total = await CountAsync(connection, transaction, match, ct);
            var offset = Math.Min((long)(Math.Max(1, request.Page) - 1) * request.PageSize, ISearchIndex.CountLimit);
            List<int> ids;
            if (request.Sort == SearchSort.Date)
            {
                ids = await PageAsync(connection, transaction, match, offset, request.PageSize, ct);
            }
            else
            {
                // Title matches first, then the rest; each newest first.
                var titleMatch = Match(request, "title");
                var titled = await CountAsync(connection, transaction, titleMatch, ct);
                ids = offset < titled ? await PageAsync(connection, transaction, titleMatch, offset, request.PageSize, ct) : [];
                if (ids.Count < request.PageSize && total > titled)
                {
                    var rest = $"({match}) NOT ({Terms("title", request.Query.Included)})";
                    ids.AddRange(await PageAsync(connection, transaction, rest, Math.Max(0, offset - titled), request.PageSize - ids.Count, ct));
                }
            }
            var facets = await FacetsAsync(connection, transaction, match, total, ct);
            return new SearchHits(Math.Min(total, ISearchIndex.CountLimit), ids, facets, total > ISearchIndex.CountLimit);
        });
    }

    private static async Task<int> CountAsync(DbConnection connection, DbTransaction? transaction, string match, CancellationToken ct)
    {
        await using var count = SearchSql.Command(connection, transaction,
            "SELECT count(*) FROM (SELECT 1 FROM search_fts WHERE search_fts MATCH $match LIMIT $limit)", "$match", "$limit");
        count.Parameters[0].Value = match;
        count.Parameters[1].Value = ISearchIndex.CountLimit + 1;
        return Convert.ToInt32(await count.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task<List<int>> PageAsync(DbConnection connection, DbTransaction? transaction, string match, long offset, int size, CancellationToken ct)
    {
        await using var page = SearchSql.Command(connection, transaction,
            "SELECT rowid FROM search_fts WHERE search_fts MATCH $match ORDER BY rowid DESC LIMIT $size OFFSET $offset", "$match", "$size", "$offset");
        page.Parameters[0].Value = match;
        page.Parameters[1].Value = size;
        page.Parameters[2].Value = offset;
        var ids = new List<int>(size);
        await using var reader = await page.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            ids.Add(SearchDocument.ItemIdOf(reader.GetInt64(0)));
        }
        return ids;
    }

    private static async Task<SearchFacets> FacetsAsync(DbConnection connection, DbTransaction? transaction, string match, int total, CancellationToken ct)
    {
        if (total == 0)
        {
            return SearchFacets.Empty;
        }
        await using var facets = SearchSql.Command(connection, transaction, """
            SELECT e.body_id, e.year, e.category_id, e.genre, e.validity, count(*)
            FROM (SELECT rowid FROM search_fts WHERE search_fts MATCH $match ORDER BY rowid DESC LIMIT $limit) m
            JOIN search_entries e ON e.sort_key = m.rowid
            GROUP BY e.body_id, e.year, e.category_id, e.genre, e.validity
            """, "$match", "$limit");
        facets.Parameters[0].Value = match;
        facets.Parameters[1].Value = ISearchIndex.FacetLimit;
        var rows = new List<(int, int, int, string, Validity, int)>();
        await using var reader = await facets.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            rows.Add((reader.GetInt32(0), reader.GetInt32(1), reader.GetInt32(2), reader.GetString(3), (Validity)reader.GetInt32(4), reader.GetInt32(5)));
        }
        return SearchFacets.Count(rows, total > ISearchIndex.FacetLimit);
    }

    /// <summary>The FTS5 expression: the words in <paramref name="columns"/>, minus exclusions, within the filters and the reach.</summary>
    internal static string Match(SearchRequest request, string columns)
    {
        var core = Terms(columns, request.Query.Included);
        if (request.Query.Excluded.Count > 0)
        {
            core = $"({core}) NOT ({Columns} : ({string.Join(" OR ", request.Query.Excluded.Select(Phrase))}))";
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

    private static string Terms(string columns, IReadOnlyList<QueryTerm> terms) =>
        $"{columns} : ({string.Join(" AND ", terms.Select(Phrase))})";

    /// <summary>A term's tokens as one FTS5 phrase; tokens hold only letters and digits, so quoting is all the escaping needed.</summary>
    private static string Phrase(QueryTerm term) => Quote(string.Join(' ', term.Tokens)) + (term.LastIsPrefix ? " *" : "");

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
