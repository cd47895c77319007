using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using Gongkai.Search;
using SearchBench;

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
Console.OutputEncoding = Encoding.UTF8;

Options options;
try
{
    options = Options.Parse(args);
}
catch (Exception e) when (e is ArgumentException or FormatException)
{
    Console.Error.WriteLine(e.Message);
    return 2;
}

var corpus = new Corpus(options.Seed);
var engine = options.Postgres is null ? "SQLite" : "PostgreSQL";
var progress = new Progress(options.ProgressFile, $"{options.Items:N0} items, {engine}");

if (options.GenerateOnly)
{
    return Generate(corpus, options);
}

if (options.Postgres is null && options.Rebuild)
{
    Store.DeleteSqliteFiles(options.Database);
}
await using var store = Store.Open(options);
await store.MigrateAsync();
LoadFigures? load = null;
var loaded = await store.LoadedAsync();
if (loaded != (options.Items, options.Seed))
{
    if (loaded is not null || options.Postgres is not null)
    {
        if (options.Postgres is null)
        {
            await store.DisposeAsync();
            Store.DeleteSqliteFiles(options.Database);
            Console.Error.WriteLine("The database holds another corpus; run again with --rebuild.");
            return 1;
        }
        await store.ResetAsync();
    }
    progress.Note($"loading {options.Items:N0} items in batches of {options.Batch:N0}");
    load = await Loader.LoadAsync(store, corpus, progress);
    progress.Note(string.Create(CultureInfo.InvariantCulture,
        $"loaded in {load.Wall.TotalSeconds:0.0}s: index writes {load.IndexWrite.TotalSeconds:0.0}s ({load.Items / load.IndexWrite.TotalSeconds:N0} docs/s), optimise {load.Optimise.TotalSeconds:0.0}s, database {load.DatabaseBytes / 1048576.0:N0} MB"));
}
else
{
    // The corpus is already loaded: generate it again (cheap) only so the bodies are known.
    progress.Note($"reusing the loaded corpus of {options.Items:N0} items");
}

if (options.LoadOnly)
{
    Console.WriteLine(Report.Markdown(options, engine, corpus, load, [], 0, 0, false));
    return 0;
}

GC.Collect();
var resetPeak = Memory.ResetPeak();
var before = Memory.WorkingSet();
var queries = new Queries(store, corpus, options, progress);
var results = await queries.RunAsync();
var queryPeak = Memory.PeakWorkingSet();

Console.WriteLine(Report.Markdown(options, engine, corpus, load, results, before, queryPeak, resetPeak));
return 0;

static int Generate(Corpus corpus, Options options)
{
    var watch = Stopwatch.StartNew();
    var tokens = new Stopwatch();
    long chars = 0;
    long tokenCount = 0;
    var traditional = 0;
    var samples = new List<BenchItem>();
    var unresolved = new HashSet<(char, string)>();
    for (var i = 0; i < options.Items; i++)
    {
        var item = corpus.Next();
        chars += item.Title.Length + item.Text.Length;
        traditional += item.Traditional ? 1 : 0;
        if (i < 2000)
        {
            unresolved.UnionWith(TraditionalScript.Unresolved(item.Title + item.Text));
        }
        if (samples.Count < options.Samples && (samples.Count < options.Samples - 1 || item.Traditional))
        {
            samples.Add(item);
        }
        if (i < 20_000)
        {
            tokens.Start();
            var document = item.ToDocument();
            tokenCount += document.TitleTokens.Count + document.TextTokens.Count;
            tokens.Stop();
        }
    }
    watch.Stop();
    foreach (var s in samples)
    {
        Console.WriteLine($"#{s.Id} body {s.BodyId} {corpus.Bodies[s.BodyId - 1].Name} · {s.PublishedAt:yyyy-MM-dd} · category {s.CategoryId} · {s.Genre} · {s.Validity} · {s.Scope}{(s.Traditional ? " · Traditional" : "")}");
        Console.WriteLine(s.Title);
        Console.WriteLine(s.Text);
        Console.WriteLine();
    }
    var tokenised = Math.Min(options.Items, 20_000);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{options.Items:N0} items, {corpus.Bodies.Count:N0} bodies, {traditional:N0} Traditional ({100.0 * traditional / options.Items:0.0}%), {chars / (double)options.Items:0} characters per item, generated in {watch.Elapsed.TotalSeconds:0.00}s ({options.Items / watch.Elapsed.TotalSeconds:N0} items/s)"));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"tokenising {tokenised:N0} items: {tokenCount / (double)tokenised:0} tokens per item, {tokenised / tokens.Elapsed.TotalSeconds:N0} items/s"));
    foreach (var (s, t) in TraditionalScript.BadChoices())
    {
        Console.WriteLine($"Traditional choice {s}→{t} does not fold back");
    }
    foreach (var (s, t) in unresolved.OrderBy(u => u.Item1))
    {
        Console.WriteLine($"ambiguous Traditional for {s}: {t} (kept Simplified)");
    }
    Console.WriteLine($"{RuntimeInformation.FrameworkDescription}, {Environment.ProcessorCount} cores, peak working set {Memory.PeakWorkingSet() / 1048576.0:N0} MB");
    _ = typeof(SearchDocument);
    return 0;
}
