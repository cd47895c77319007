using System.Data.Common;
using System.Diagnostics;
using Gongkai.Search;
using Gongkai.Visibility;
using Microsoft.Extensions.DependencyInjection;

namespace SearchBench;

/// <summary>One timed search: what a public search page asks of the index.</summary>
public sealed record QueryCase(string Kind, string Text, SearchFilters Filters, SearchSort Sort, int Page)
{
    public string Label => Filters == SearchFilters.None ? Text : $"{Text} (body {Filters.BodyId}, {Filters.Year})";
}

public sealed record Timing(int Runs, double P50, double P95, double Max)
{
    public static Timing Of(List<double> ms)
    {
        ms.Sort();
        return new Timing(ms.Count, Percentile(ms, 0.50), Percentile(ms, 0.95), ms[^1]);
    }

    private static double Percentile(List<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
}

public sealed record QueryResult(QueryCase Case, int Matches, int PageCount, Timing Timing, LikeResult? Like);

/// <summary>The LIKE scan of the same query: matches of the words as typed, and of LIKE looking for both spellings (which should equal the index).</summary>
public sealed record LikeResult(int Matches, int MatchesBothScripts, Timing Timing);

public sealed class Queries(Store store, Corpus corpus, Options options, Progress progress)
{
    public const int PageSize = 20;
    private static readonly TimeSpan CaseBudget = TimeSpan.FromSeconds(15);
    private static readonly TimeSpan LikeBudget = TimeSpan.FromSeconds(8);
    private readonly Dictionary<string, LikeResult> _likeDone = [];

    /// <summary>The query kinds of the issue, each with several words, in both sorts.</summary>
    public List<QueryCase> Cases(Func<string, SearchFilters, int> total)
    {
        var cases = new List<QueryCase>();
        void Both(string kind, string text, SearchFilters? filters = null, int page = 1)
        {
            cases.Add(new QueryCase(kind, text, filters ?? SearchFilters.None, SearchSort.Relevance, page));
            cases.Add(new QueryCase(kind, text, filters ?? SearchFilters.None, SearchSort.Date, page));
        }
        foreach (var q in new[] { "低保", "学费", "残疾", "补贴", "盲文" })
        {
            Both("two characters", q);
        }
        foreach (var q in new[] { "政务公开", "人居环境", "康复救助", "招标公告" })
        {
            Both("four characters", q);
        }
        foreach (var q in new[] { "低保 资金", "残疾 补贴 标准", "学费 减免", "道路 招标" })
        {
            Both("several words", q);
        }
        var busiest = corpus.BusiestBody.Id;
        Both("body and year", "补贴", new SearchFilters(BodyId: busiest, Year: 2024));
        Both("body and year", "公示", new SearchFilters(BodyId: busiest, Year: 2020));
        var matches = total("公示", SearchFilters.None);
        var last = Math.Max(1, (matches + PageSize - 1) / PageSize);
        Both("deep page", "公示", page: Math.Min(200, last));
        Both("deep page", "公示", page: last);
        Both("Traditional", "政務公開");
        var prefix = corpus.BusiestBody.DocumentPrefix ?? corpus.Bodies[0].DocumentPrefix!;
        Both("文号 with []", $"{prefix}[2024]3号");
        return cases;
    }

    public async Task<int> TotalAsync(string text, SearchFilters filters)
    {
        await using var scope = store.Scope();
        var hits = await scope.ServiceProvider.GetRequiredService<ISearchIndex>()
            .SearchAsync(new SearchRequest(SearchQuery.Parse(text), SearchReach.For(Viewer.Anonymous), filters, SearchSort.Date, 1, PageSize));
        return hits.Total;
    }

    public async Task<List<QueryResult>> RunAsync()
    {
        var totals = new Dictionary<string, int>();
        foreach (var q in new[] { "公示" })
        {
            totals[q] = await TotalAsync(q, SearchFilters.None);
        }
        var results = new List<QueryResult>();
        foreach (var c in Cases((q, _) => totals[q]))
        {
            var result = await RunCaseAsync(c);
            var like = await LikeAsync(c);
            results.Add(result with { Like = like });
            progress.Note($"{c.Kind} “{c.Label}” {c.Sort} page {c.Page}: {result.Matches:N0} matches, p50 {result.Timing.P50:0.0} ms, p95 {result.Timing.P95:0.0} ms"
                + (like is null ? "" : $"; LIKE {like.Matches:N0} matches, {like.Timing.P50:0} ms"));
        }
        return results;
    }

    private async Task<QueryResult> RunCaseAsync(QueryCase c)
    {
        SearchHits hits = SearchHits.None;
        async Task Once()
        {
            await using var scope = store.Scope();
            var index = scope.ServiceProvider.GetRequiredService<ISearchIndex>();
            hits = await index.SearchAsync(new SearchRequest(SearchQuery.Parse(c.Text), SearchReach.For(Viewer.Anonymous), c.Filters, c.Sort, c.Page, PageSize));
        }
        for (var i = 0; i < 3; i++)
        {
            await Once();
        }
        var ms = new List<double>();
        var budget = Stopwatch.StartNew();
        while (ms.Count < options.Runs && (ms.Count < 10 || budget.Elapsed < CaseBudget))
        {
            var watch = Stopwatch.StartNew();
            await Once();
            ms.Add(watch.Elapsed.TotalMilliseconds);
        }
        return new QueryResult(c, hits.Total, hits.ItemIds.Count, Timing.Of(ms), null);
    }

    /// <summary>
    /// The same query as a plain LIKE scan of bench_items (public items only): the count and the
    /// requested page, newest first. Relevance has no LIKE equivalent, so both sorts share it.
    /// </summary>
    private async Task<LikeResult?> LikeAsync(QueryCase c)
    {
        var key = $"{c.Text}|{c.Filters}|{c.Page}";
        if (_likeDone.TryGetValue(key, out var done))
        {
            return done;
        }
        var words = c.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        await using var connection = await store.OpenLikeConnectionAsync();
        var where = Where(c, words, bothScripts: false);
        var ms = new List<double>();
        var matches = 0;
        var budget = Stopwatch.StartNew();
        while (ms.Count < options.LikeRuns && (ms.Count == 0 || budget.Elapsed < LikeBudget))
        {
            var watch = Stopwatch.StartNew();
            matches = Convert.ToInt32(await ScalarAsync(connection, $"SELECT count(*) FROM bench_items WHERE {where}", words), System.Globalization.CultureInfo.InvariantCulture);
            var offset = (c.Page - 1) * PageSize;
            await ScalarAsync(connection, $"SELECT count(*) FROM (SELECT id FROM bench_items WHERE {where} ORDER BY sort_key LIMIT {PageSize} OFFSET {offset}) AS page", words);
            ms.Add(watch.Elapsed.TotalMilliseconds);
        }
        // Untimed: the same LIKE also looking for the Traditional spelling, which should find exactly what the index finds.
        var both = matches;
        if (words.Any(w => Simplified(w) != w || Traditional(w) != w))
        {
            both = Convert.ToInt32(await ScalarAsync(connection, $"SELECT count(*) FROM bench_items WHERE {Where(c, words, bothScripts: true)}", words), System.Globalization.CultureInfo.InvariantCulture);
        }
        return _likeDone[key] = new LikeResult(matches, both, Timing.Of(ms));
    }

    private static string Where(QueryCase c, string[] words, bool bothScripts)
    {
        var conditions = new List<string> { "scope = 0" };
        if (c.Filters.BodyId is { } body)
        {
            conditions.Add($"body_id = {body}");
        }
        if (c.Filters.Year is { } year)
        {
            conditions.Add($"year = {year}");
        }
        for (var i = 0; i < words.Length; i++)
        {
            conditions.Add(bothScripts
                ? $"(title LIKE @s{i} OR text LIKE @s{i} OR title LIKE @t{i} OR text LIKE @t{i})"
                : $"(title LIKE @w{i} OR text LIKE @w{i})");
        }
        return string.Join(" AND ", conditions);
    }

    private static async Task<object?> ScalarAsync(DbConnection connection, string sql, string[] words)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.CommandTimeout = 0;
        for (var i = 0; i < words.Length; i++)
        {
            foreach (var (name, value) in new[] { ($"@w{i}", words[i]), ($"@s{i}", Simplified(words[i])), ($"@t{i}", Traditional(words[i])) })
            {
                if (sql.Contains(name + " ", StringComparison.Ordinal) || sql.Contains(name + ")", StringComparison.Ordinal))
                {
                    Add(command, name, $"%{value}%");
                }
            }
        }
        return await command.ExecuteScalarAsync();
    }

    /// <summary>The word in Simplified characters (the app's folding), and in the Traditional spelling the corpus uses.</summary>
    private static string Simplified(string word) => ChineseFolding.Fold(word);

    private static string Traditional(string word) => TraditionalScript.Convert(ChineseFolding.Fold(word));

    private static void Add(DbCommand command, string name, string value)
    {
        var p = command.CreateParameter();
        p.ParameterName = name;
        p.Value = value;
        command.Parameters.Add(p);
    }
}
