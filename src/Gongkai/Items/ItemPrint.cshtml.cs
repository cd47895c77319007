using Gongkai.Data;
using Gongkai.Portal;
using Microsoft.AspNetCore.Mvc;

namespace Gongkai.Items;

/// <summary>The print view: the document alone, laid out for A4.</summary>
public sealed class ItemPrintModel(GongkaiDb db, PortalSettings settings) : PortalPageModel
{
    public DisclosureItem Item { get; private set; } = null!;
    public bool DemoMode => settings.DemoMode;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var found = await PublicItemLookup.FindAsync(db, id, Viewer, ct);
        if (found.Item is null)
        {
            return NotFound();
        }
        Item = found.Item;
        PageTitle = Item.Title;
        return Page();
    }
}
