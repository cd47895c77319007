using Gongkai.Data;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Search;

/// <summary>
/// Rebuilds the index from the items: every entry is rewritten batch by batch (each batch in
/// its own transaction, so search keeps answering meanwhile, from the old entry or the new),
/// entries of items that no longer exist are removed, and the index is compacted.
/// </summary>
public static class SearchRebuild
{
    private const int BatchSize = 500;

    public static async Task<int> RunAsync(GongkaiDb db, IProgress<(int Done, int Total)>? progress, CancellationToken ct)
    {
        var total = await db.Items.CountAsync(ct);
        progress?.Report((0, total));
        var done = 0;
        var lastId = 0;
        var seen = new HashSet<int>();
        while (true)
        {
            var items = await db.Items.AsNoTracking().Where(i => i.Id > lastId).OrderBy(i => i.Id).Take(BatchSize).ToListAsync(ct);
            if (items.Count == 0)
            {
                break;
            }
            await db.SearchIndex.WriteAsync(items.Select(SearchDocument.From).ToList(), ct);
            lastId = items[^1].Id;
            seen.UnionWith(items.Select(i => i.Id));
            done += items.Count;
            progress?.Report((done, Math.Max(total, done)));
        }
        var gone = (await db.Database.SqlQueryRaw<int>("SELECT item_id AS \"Value\" FROM search_entries").ToListAsync(ct)).Where(id => !seen.Contains(id)).ToList();
        await db.SearchIndex.RemoveAsync(gone, ct);
        await db.SearchIndex.OptimiseAsync(ct);
        return done;
    }

    /// <summary>An index that is empty while there are items (a database from before search, or a restored one) is built at start.</summary>
    public static async Task<bool> EnsureBuiltAsync(GongkaiDb db, CancellationToken ct)
    {
        if (await db.SearchIndex.CountEntriesAsync(ct) > 0 || !await db.Items.AnyAsync(ct))
        {
            return false;
        }
        await RunAsync(db, null, ct);
        return true;
    }
}
