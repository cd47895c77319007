using Gongkai.Data;
using Gongkai.Portal;
using Microsoft.AspNetCore.Mvc;

namespace Gongkai.Items;

/// <summary>One published version of an item, in full, as it was.</summary>
public sealed class ItemVersionPageModel(GongkaiDb db) : PortalPageModel
{
    public DisclosureItem Item { get; private set; } = null!;
    public ItemVersion Version { get; private set; } = null!;
    public ItemSnapshot Snapshot { get; private set; } = null!;
    public bool IsCurrent { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, int number, CancellationToken ct)
    {
        var found = await PublicItemLookup.FindAsync(db, id, Viewer, ct, withVersions: true);
        var version = found.Item?.Versions.FirstOrDefault(v => v.Number == number);
        if (found.Item is null || version is null)
        {
            return NotFound();
        }
        Item = found.Item;
        Version = version;
        Snapshot = version.Snapshot;
        IsCurrent = number == Item.Versions.Max(v => v.Number);
        HeaderBody = Item.Body;
        PageTitle = $"第 {number} 版：{Snapshot.Metadata.Title}";
        StartCrumbs(Item.Body);
        Crumbs.Add(new Crumb(Item.Title, Links.Item(id)));
        Crumbs.Add(new Crumb("历史版本", Links.ItemHistory(id)));
        Crumbs.Add(new Crumb($"第 {number} 版"));
        return Page();
    }
}
