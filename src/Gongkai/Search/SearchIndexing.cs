using Gongkai.Data;
using Gongkai.Items;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Search;

/// <summary>
/// Keeps the index in step with the items: every save that adds, changes or deletes an item
/// (publication, a new version, withdrawal, a change of validity, a draft's edit) rewrites its
/// entry in the same transaction, so search never shows a state the item page no longer has.
/// </summary>
public sealed class SearchIndexing
{
    private readonly List<DisclosureItem> _written;
    private readonly List<int> _removed;

    private SearchIndexing(List<DisclosureItem> written, List<int> removed)
    {
        _written = written;
        _removed = removed;
    }

    public bool IsEmpty => _written.Count == 0 && _removed.Count == 0;

    /// <summary>Notes the items a save is about to change; call before saving (the states are gone after).</summary>
    public static SearchIndexing Capture(GongkaiDb db)
    {
        var written = new List<DisclosureItem>();
        var removed = new List<int>();
        foreach (var entry in db.ChangeTracker.Entries<DisclosureItem>())
        {
            if (entry.State is EntityState.Added or EntityState.Modified)
            {
                written.Add(entry.Entity);
            }
            else if (entry.State == EntityState.Deleted)
            {
                removed.Add(entry.Entity.Id);
            }
        }
        return new SearchIndexing(written, removed);
    }

    /// <summary>Writes the entries once the save has given new items their ids.</summary>
    public async Task ApplyAsync(ISearchIndex index, CancellationToken ct)
    {
        await index.RemoveAsync(_removed, ct);
        await index.WriteAsync(_written.Select(SearchDocument.From).ToList(), ct);
    }
}
