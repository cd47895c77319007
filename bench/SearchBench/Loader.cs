using System.Diagnostics;
using System.Threading.Channels;
using Gongkai.Data;
using Gongkai.Search;
using Microsoft.Extensions.DependencyInjection;

namespace SearchBench;

public sealed record LoadFigures(
    int Items,
    int Traditional,
    TimeSpan Generate,
    TimeSpan Tokenise,
    TimeSpan IndexWrite,
    TimeSpan Optimise,
    TimeSpan LikeInsert,
    TimeSpan Wall,
    int IndexEntries,
    long DatabaseBytes,
    long LikeBytes,
    long PeakWorkingSetBytes,
    long ManagedHeapBytes,
    TimeSpan GcPause,
    int Gen2Collections);

/// <summary>
/// Generates the corpus and feeds it to the index the way a rebuild does: batches of
/// <see cref="SearchDocument"/> (tokens from <see cref="SearchTokens.OfDocument"/>) written with
/// <see cref="ISearchIndex.WriteAsync"/> inside a transaction, then <see cref="ISearchIndex.OptimiseAsync"/>.
/// Generation and tokenising run on one thread while the previous batch is written on another.
/// </summary>
public static class Loader
{
    private sealed record Batch(List<BenchItem> Items, List<SearchDocument> Documents);

    public static async Task<LoadFigures> LoadAsync(Store store, Corpus corpus, Progress progress)
    {
        var options = store.Options;
        var wall = Stopwatch.StartNew();
        var pauseBefore = GC.GetTotalPauseDuration();
        var gen2Before = GC.CollectionCount(2);
        var generate = new Stopwatch();
        var tokenise = new Stopwatch();
        var traditional = 0;
        var channel = Channel.CreateBounded<Batch>(new BoundedChannelOptions(2) { SingleReader = true, SingleWriter = true });

        var producer = Task.Run(async () =>
        {
            try
            {
                for (var done = 0; done < options.Items;)
                {
                    var size = Math.Min(options.Batch, options.Items - done);
                    generate.Start();
                    var items = new List<BenchItem>(size);
                    for (var i = 0; i < size; i++)
                    {
                        items.Add(corpus.Next());
                    }
                    generate.Stop();
                    tokenise.Start();
                    var documents = items.Select(item => item.ToDocument()).ToList();
                    tokenise.Stop();
                    traditional += items.Count(item => item.Traditional);
                    await channel.Writer.WriteAsync(new Batch(items, documents));
                    done += size;
                }
                channel.Writer.Complete();
            }
            catch (Exception e)
            {
                channel.Writer.Complete(e);
            }
        });

        var write = new Stopwatch();
        var like = new Stopwatch();
        var loaded = 0;
        await store.CreateLikeTablesAsync();
        await using (var likeConnection = await store.OpenLikeConnectionAsync())
        {
            await foreach (var batch in channel.Reader.ReadAllAsync())
            {
                write.Start();
                await using (var scope = store.Scope())
                {
                    var db = scope.ServiceProvider.GetRequiredService<GongkaiDb>();
                    await using var transaction = await db.Database.BeginTransactionAsync();
                    await db.SearchIndex.WriteAsync(batch.Documents);
                    await transaction.CommitAsync();
                }
                write.Stop();
                like.Start();
                await using (var transaction = await likeConnection.BeginTransactionAsync())
                {
                    await Store.InsertLikeRowsAsync(likeConnection, transaction, batch.Items);
                    await transaction.CommitAsync();
                }
                like.Stop();
                loaded += batch.Items.Count;
                progress.Loaded(loaded, options.Items, wall.Elapsed, generate.Elapsed, tokenise.Elapsed, write.Elapsed);
            }
        }
        await producer;

        var optimise = Stopwatch.StartNew();
        int entries;
        await using (var scope = store.Scope())
        {
            var index = scope.ServiceProvider.GetRequiredService<ISearchIndex>();
            await index.OptimiseAsync();
            optimise.Stop();
            entries = await index.CountEntriesAsync();
        }
        like.Start();
        await store.IndexLikeTableAsync();
        like.Stop();
        await store.MarkLoadedAsync(options.Items, options.Seed);
        wall.Stop();

        var peak = Memory.PeakWorkingSet();
        var pause = GC.GetTotalPauseDuration() - pauseBefore;
        var gen2 = GC.CollectionCount(2) - gen2Before;
        GC.Collect();
        return new LoadFigures(loaded, traditional, generate.Elapsed, tokenise.Elapsed, write.Elapsed, optimise.Elapsed, like.Elapsed, wall.Elapsed,
            entries, await store.DatabaseBytesAsync(), await store.LikeBytesAsync(), peak, GC.GetTotalMemory(true), pause, gen2);
    }
}
