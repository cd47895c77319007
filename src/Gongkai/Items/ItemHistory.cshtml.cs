using Gongkai.Data;
using Gongkai.Portal;
using Microsoft.AspNetCore.Mvc;

namespace Gongkai.Items;

/// <summary>All published versions of an item, newest first, each with what changed from the one before.</summary>
public sealed class ItemHistoryModel(GongkaiDb db) : PortalPageModel
{
    public DisclosureItem Item { get; private set; } = null!;
    public IReadOnlyList<Entry> Entries { get; private set; } = [];

    public sealed record Entry(ItemVersion Version, IReadOnlyList<VersionDiff.FieldChange> Fields, IReadOnlyList<VersionDiff.Line> Body);

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var found = await PublicItemLookup.FindAsync(db, id, Viewer, ct, withVersions: true);
        if (found.Item is null)
        {
            return NotFound();
        }
        Item = found.Item;
        HeaderBody = Item.Body;
        PageTitle = "历史版本：" + Item.Title;
        StartCrumbs(Item.Body);
        Crumbs.Add(new Crumb(Item.Title, Links.Item(id)));
        Crumbs.Add(new Crumb("历史版本"));
        var versions = Item.Versions.OrderBy(v => v.Number).ToList();
        var entries = new List<Entry>();
        for (var i = 0; i < versions.Count; i++)
        {
            if (i == 0)
            {
                entries.Add(new Entry(versions[i], [], []));
                continue;
            }
            var (older, newer) = (versions[i - 1].Snapshot, versions[i].Snapshot);
            entries.Add(new Entry(versions[i], VersionDiff.Fields(older, newer), VersionDiff.Body(older.Metadata.BodyHtml, newer.Metadata.BodyHtml)));
        }
        entries.Reverse();
        Entries = entries;
        return Page();
    }
}
