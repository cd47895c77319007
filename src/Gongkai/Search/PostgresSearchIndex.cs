using System.Data.Common;
using System.Globalization;
using System.Text;
using Gongkai.Data;
using Gongkai.Items;

namespace Gongkai.Search;

/// <summary>
/// The index on PostgreSQL: one row per item in <c>search_entries</c>, with its facets and two
/// tsvectors (title; title and text) written from the tokens of <see cref="SearchTokens"/> as
/// tsvector literals with positions, so no text search configuration or parser is involved and
/// both providers match exactly the same tokens. Queries are tsquery literals built from the
/// same tokens (a term is a phrase of <c>&lt;-&gt;</c>), with GIN indexes (ADR 0014).
/// </summary>
public sealed class PostgresSearchIndex(GongkaiDb db) : ISearchIndex
{
    /// <summary>The highest position a tsvector keeps; later tokens share it.</summary>
    private const int MaxPosition = 16383;
    private const int MaxPositionsPerToken = 255;
    /// <summary>Positions left empty between the title and the text, so a phrase never spans the two.</summary>
    private const int TitleGap = 100;

    private readonly SearchSql sql = new(db);

    public Task WriteAsync(IReadOnlyCollection<SearchDocument> documents, CancellationToken ct = default)
    {
        if (documents.Count == 0)
        {
            return Task.CompletedTask;
        }
        return sql.InTransactionAsync(async (connection, transaction) =>
        {
            await using var upsert = SearchSql.Command(connection, transaction, """
                INSERT INTO search_entries (item_id, sort_key, body_id, year, category_id, genre, validity, scope, title, content)
                VALUES (@id, @key, @body, @year, @category, @genre, @validity, @scope, @title::tsvector, @content::tsvector)
                ON CONFLICT (item_id) DO UPDATE SET sort_key = excluded.sort_key, body_id = excluded.body_id, year = excluded.year,
                    category_id = excluded.category_id, genre = excluded.genre, validity = excluded.validity, scope = excluded.scope,
                    title = excluded.title, content = excluded.content
                """, "@id", "@key", "@body", "@year", "@category", "@genre", "@validity", "@scope", "@title", "@content");
            foreach (var doc in documents)
            {
                await SearchSql.ExecuteAsync(upsert, ct, doc.ItemId, doc.SortKey, doc.BodyId, doc.Year, doc.CategoryId, doc.Genre, (int)doc.Validity, (int)doc.Scope,
                    Vector([(doc.TitleTokens, 1)]), Vector([(doc.TitleTokens, 1), (doc.TextTokens, doc.TitleTokens.Count + TitleGap)]));
            }
        }, ct);
    }

    public Task RemoveAsync(IReadOnlyCollection<int> itemIds, CancellationToken ct = default)
    {
        if (itemIds.Count == 0)
        {
            return Task.CompletedTask;
        }
        return sql.InTransactionAsync(async (connection, transaction) =>
        {
            await using var delete = SearchSql.Command(connection, transaction, "DELETE FROM search_entries WHERE item_id = ANY(@ids)", "@ids");
            await SearchSql.ExecuteAsync(delete, ct, itemIds.ToArray());
        }, ct);
    }

    public Task ClearAsync(CancellationToken ct = default) => sql.InTransactionAsync(async (connection, transaction) =>
    {
        await using var clear = SearchSql.Command(connection, transaction, "DELETE FROM search_entries");
        await clear.ExecuteNonQueryAsync(ct);
    }, ct);

    public Task OptimiseAsync(CancellationToken ct = default) => sql.WithConnectionAsync(async (connection, transaction) =>
    {
        await using var analyse = SearchSql.Command(connection, transaction, "ANALYZE search_entries");
        await analyse.ExecuteNonQueryAsync(ct);
        return true;
    });

    public Task<int> CountEntriesAsync(CancellationToken ct = default) => sql.WithConnectionAsync(async (connection, transaction) =>
    {
        await using var count = SearchSql.Command(connection, transaction, "SELECT count(*) FROM search_entries");
        return Convert.ToInt32(await count.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);
    });

    public Task<SearchHits> SearchAsync(SearchRequest request, CancellationToken ct = default)
    {
        if (request.Query.IsEmpty)
        {
            return Task.FromResult(SearchHits.None);
        }
        return sql.WithConnectionAsync(async (connection, ambient) =>
        {
            // Phrases are checked against each candidate's tsvector, the one cost that grows with
            // the matches, so it is done once per search: the matches are read newest first as far as
            // they are counted, and the page and the facets come from that list (ADR 0014). The
            // planner is told to use the GIN index: for a common word it would rather scan the table,
            // or walk the sort key index unpacking every row's tsvector until it has enough (1 s and
            // 300 ms against 60 ms for 低保 at 100,000 items; bench/SearchBench, EXPLAIN ANALYZE).
            await using var own = ambient is null ? await connection.BeginTransactionAsync(System.Data.IsolationLevel.ReadCommitted, ct) : null;
            var transaction = ambient ?? own;
            if (own is not null)
            {
                await using var tune = SearchSql.Command(connection, own,
                    "SET LOCAL enable_seqscan = off; SET LOCAL enable_indexscan = off; SET LOCAL work_mem = '64MB'; SET TRANSACTION READ ONLY");
                await tune.ExecuteNonQueryAsync(ct);
            }
            var (where, values) = Where(request);
            var matches = new List<long>();
            var rows = new List<(int, int, int, string, Validity, int)>();
            await using (var select = Query(connection, transaction,
                $"SELECT sort_key, body_id, year, category_id, genre, validity FROM search_entries WHERE {where} ORDER BY sort_key LIMIT @limit",
                new Dictionary<string, object>(values) { ["@limit"] = ISearchIndex.CountLimit + 1 }))
            await using (var reader = await select.ExecuteReaderAsync(ct))
            {
                while (await reader.ReadAsync(ct))
                {
                    matches.Add(reader.GetInt64(0));
                    if (rows.Count < ISearchIndex.FacetLimit)
                    {
                        rows.Add((reader.GetInt32(1), reader.GetInt32(2), reader.GetInt32(3), reader.GetString(4), (Validity)reader.GetInt32(5), 1));
                    }
                }
            }
            var titled = new List<long>();
            if (request.Sort == SearchSort.Relevance && matches.Count > 0)
            {
                await using var select = Query(connection, transaction,
                    $"SELECT sort_key FROM search_entries WHERE title @@ @titled::tsquery AND {where} ORDER BY sort_key LIMIT @limit",
                    new Dictionary<string, object>(values) { ["@titled"] = Included(request.Query), ["@limit"] = SearchPaging.TitledNeeded(request) });
                await using var reader = await select.ExecuteReaderAsync(ct);
                while (await reader.ReadAsync(ct))
                {
                    titled.Add(reader.GetInt64(0));
                }
            }
            if (own is not null)
            {
                await own.CommitAsync(ct);
            }
            var page = SearchPaging.PageOf(matches, titled, request.Page, request.PageSize);
            return new SearchHits(Math.Min(matches.Count, ISearchIndex.CountLimit), page.Select(SearchDocument.ItemIdOf).ToList(),
                SearchFacets.Count(rows, matches.Count > ISearchIndex.FacetLimit), matches.Count > ISearchIndex.CountLimit);
        });
    }

    /// <summary>The WHERE clause of a request: the words, minus exclusions, within the filters and the reach.</summary>
    private static (string Where, Dictionary<string, object> Values) Where(SearchRequest request)
    {
        var query = request.Query;
        var tsquery = Included(query);
        if (query.Excluded.Count > 0)
        {
            tsquery = $"({tsquery}) & !({string.Join(" | ", query.Excluded.Select(Phrase))})";
        }
        var where = new StringBuilder("content @@ @query::tsquery");
        var values = new Dictionary<string, object> { ["@query"] = tsquery };
        var reach = request.Reach;
        if (reach.BodyIds.Count == 0)
        {
            where.Append(" AND scope = 0");
        }
        else
        {
            where.Append(reach.BackOffice ? " AND (scope = 0 OR body_id = ANY(@reach))" : " AND (scope = 0 OR (scope = 1 AND body_id = ANY(@reach)))");
            values["@reach"] = reach.BodyIds.ToArray();
        }
        var filters = request.Filters;
        Filter(where, values, "body_id", filters.BodyId);
        Filter(where, values, "year", filters.Year);
        Filter(where, values, "category_id", filters.CategoryId);
        Filter(where, values, "validity", (int?)filters.Validity);
        if (!string.IsNullOrEmpty(filters.Genre))
        {
            where.Append(" AND genre = @genre");
            values["@genre"] = filters.Genre;
        }
        return (where.ToString(), values);
    }

    private static void Filter(StringBuilder where, Dictionary<string, object> values, string column, int? value)
    {
        if (value is { } v)
        {
            where.Append(" AND ").Append(column).Append(" = @").Append(column);
            values["@" + column] = v;
        }
    }

    private static string Included(SearchQuery query) => string.Join(" & ", query.Included.Select(Phrase));

    /// <summary>A term as a tsquery phrase; tokens hold only letters and digits, so quoting is all the escaping needed.</summary>
    private static string Phrase(QueryTerm term)
    {
        var lexemes = term.Tokens.Select(t => Lexeme(t)).ToList();
        if (term.LastIsPrefix)
        {
            lexemes[^1] += ":*";
        }
        return "(" + string.Join(" <-> ", lexemes) + ")";
    }

    private static string Lexeme(string token) => "'" + token.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "''", StringComparison.Ordinal) + "'";

    /// <summary>A tsvector literal of token runs, each starting at its own position (1-based).</summary>
    internal static string Vector(IEnumerable<(IReadOnlyList<string> Tokens, int First)> runs)
    {
        var positions = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var (tokens, first) in runs)
        {
            for (var i = 0; i < tokens.Count; i++)
            {
                var position = Math.Min(first + i, MaxPosition);
                if (!positions.TryGetValue(tokens[i], out var list))
                {
                    positions[tokens[i]] = list = [];
                }
                if (list.Count < MaxPositionsPerToken && (list.Count == 0 || list[^1] != position))
                {
                    list.Add(position);
                }
            }
        }
        var literal = new StringBuilder();
        foreach (var (token, list) in positions)
        {
            literal.Append(Lexeme(token)).Append(':').AppendJoin(',', list).Append(' ');
        }
        return literal.ToString();
    }

    private static DbCommand Query(DbConnection connection, DbTransaction? transaction, string text, Dictionary<string, object> values)
    {
        var command = SearchSql.Command(connection, transaction, text, [.. values.Keys]);
        foreach (DbParameter parameter in command.Parameters)
        {
            parameter.Value = values[parameter.ParameterName];
        }
        return command;
    }
}
