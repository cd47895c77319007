using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using Gongkai.Search;

namespace SearchBench;

/// <summary>The figures as markdown, ready for the README.</summary>
public static class Report
{
    public const double TargetP95Ms = 50;

    public static string Markdown(Options options, string engine, Corpus corpus, LoadFigures? load, List<QueryResult> results, long workingSetBefore, long queryPeak, bool peakReset)
    {
        var sb = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        sb.AppendLine(inv, $"### Search benchmark: {options.Items:N0} items on {engine}");
        sb.AppendLine();
        sb.AppendLine(inv, $"{Environment.ProcessorCount} cores, {RuntimeInformation.FrameworkDescription}, {RuntimeInformation.OSDescription}; seed {options.Seed}, {corpus.Bodies.Count:N0} bodies, years {Corpus.FirstYear}–{Corpus.LastYear}, page size {Queries.PageSize}, public reach; {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC.");
        sb.AppendLine();
        if (load is not null)
        {
            sb.AppendLine("| load | |");
            sb.AppendLine("|---|---|");
            sb.AppendLine(inv, $"| items (Traditional) | {load.Items:N0} ({load.Traditional:N0}, {100.0 * load.Traditional / load.Items:0.0}%) |");
            sb.AppendLine(inv, $"| generating the corpus | {load.Generate.TotalSeconds:0.0} s |");
            sb.AppendLine(inv, $"| tokenising (SearchTokens.OfDocument) | {load.Tokenise.TotalSeconds:0.0} s |");
            sb.AppendLine(inv, $"| index writes (WriteAsync + commit, batches of {options.Batch:N0}) | {load.IndexWrite.TotalSeconds:0.0} s ({load.Items / load.IndexWrite.TotalSeconds:N0} docs/s) |");
            sb.AppendLine(inv, $"| OptimiseAsync | {load.Optimise.TotalSeconds:0.0} s |");
            sb.AppendLine(inv, $"| LIKE table inserts and indexes (not part of the app) | {load.LikeInsert.TotalSeconds:0.0} s |");
            sb.AppendLine(inv, $"| wall time (generation overlaps the writes) | {load.Wall.TotalSeconds:0.0} s |");
            sb.AppendLine(inv, $"| index entries | {load.IndexEntries:N0} |");
            sb.AppendLine(inv, $"| database size (app tables and index) | {load.DatabaseBytes / 1048576.0:N0} MB |");
            sb.AppendLine(inv, $"| LIKE table size | {load.LikeBytes / 1048576.0:N0} MB |");
            sb.AppendLine(inv, $"| peak working set while loading | {load.PeakWorkingSetBytes / 1048576.0:N0} MB |");
            sb.AppendLine(inv, $"| managed heap after loading | {load.ManagedHeapBytes / 1048576.0:N0} MB |");
            sb.AppendLine(inv, $"| GC pauses while loading (gen 2 collections) | {load.GcPause.TotalSeconds:0.0} s ({load.Gen2Collections}) |");
            sb.AppendLine();
        }
        if (results.Count == 0)
        {
            return sb.ToString();
        }
        sb.AppendLine(inv, $"Queries through `ISearchIndex.SearchAsync` (a DI scope per query, as a page has; total, page of ids and facets), after 3 warm-up runs; up to {options.Runs} runs each (fewer when one case would take over 15 s). LIKE: `count(*)` plus the page newest first over `bench_items` (public items; indexes on date and on body, year), up to {options.LikeRuns} runs.");
        sb.AppendLine();
        sb.AppendLine("| kind | query | sort | page | matches | p50 ms | p95 ms | max ms | runs | LIKE matches | LIKE ms (p50) | index = LIKE in both scripts |");
        sb.AppendLine("|---|---|---|---|---|---|---|---|---|---|---|---|");
        foreach (var r in results)
        {
            var c = r.Case;
            var like = r.Like;
            var check = like is null ? "" : like.MatchesBothScripts == r.Matches ? "yes" : $"no ({like.MatchesBothScripts:N0})";
            sb.AppendLine(inv, $"| {c.Kind} | {c.Label} | {(c.Sort == SearchSort.Date ? "date" : "relevance")} | {c.Page} | {r.Matches:N0} | {r.Timing.P50:0.0} | {r.Timing.P95:0.0} | {r.Timing.Max:0.0} | {r.Timing.Runs} | {like?.Matches.ToString("N0", inv) ?? ""} | {like?.Timing.P50.ToString("0", inv) ?? ""} | {check} |");
        }
        sb.AppendLine();
        sb.AppendLine(inv, $"Worst p95 per kind (target ≤ {TargetP95Ms:0} ms at 1M on SQLite):");
        sb.AppendLine();
        sb.AppendLine("| kind | worst p95 ms | worst p50 ms | LIKE p50 ms (slowest) |");
        sb.AppendLine("|---|---|---|---|");
        foreach (var kind in results.GroupBy(r => r.Case.Kind))
        {
            var worst = kind.Max(r => r.Timing.P95);
            sb.AppendLine(inv, $"| {kind.Key} | {worst:0.0}{(worst > TargetP95Ms ? " (over)" : "")} | {kind.Max(r => r.Timing.P50):0.0} | {kind.Where(r => r.Like is not null).Select(r => r.Like!.Timing.P50).DefaultIfEmpty().Max():0} |");
        }
        sb.AppendLine();
        sb.AppendLine(inv, $"Resident memory before the queries {workingSetBefore / 1048576.0:N0} MB; peak during the queries {queryPeak / 1048576.0:N0} MB{(peakReset ? "" : " (peak since the process started: this system cannot reset it)")}.");
        return sb.ToString();
    }
}
