using Gongkai.Data;
using Gongkai.Portal;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Items;

/// <summary>
/// The item page: the standard metadata box, title, body, attachments, update note, print and
/// related items, then the comments shown and a comment form. A withdrawn item answers 404 with a short notice instead of its content.
/// </summary>
public sealed class ItemPageModel(GongkaiDb db) : PortalPageModel
{
    public DisclosureItem Item { get; private set; } = null!;
    public PublicItemLookup.Result Lookup { get; private set; } = null!;
    public IReadOnlyList<ItemLine> Related { get; private set; } = [];
    public int VersionCount { get; private set; }
    public Participation.Public.ItemCommentsView Comments { get; private set; } = null!;
    /// <summary>The consultation this decision was made after (事前公开), when there was one.</summary>
    public (int Id, string Title)? Consultation { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        Lookup = await PublicItemLookup.FindAsync(db, id, Viewer, ct);
        if (Lookup.Item is null)
        {
            if (!Lookup.Withdrawn)
            {
                return NotFound();
            }
            PageTitle = "该信息已撤回";
            StartCrumbs(null);
            Crumbs.Add(new Crumb(PageTitle));
            Response.StatusCode = StatusCodes.Status404NotFound;
            return Page();
        }
        Item = Lookup.Item;
        HeaderBody = Item.Body;
        PageTitle = Item.Title;
        StartCrumbs(Item.Body);
        Crumbs.Add(new Crumb(Item.Category.Name, Links.Category(Item.Body.Slug, Item.CategoryId)));
        Crumbs.Add(new Crumb("正文"));
        VersionCount = await db.ItemVersions.CountAsync(v => v.ItemId == id, ct);
        Related = await db.Visible(Viewer).Where(i => i.CategoryId == Item.CategoryId && i.Id != id).Lines().Take(5).ToListAsync(ct);
        Comments = new(id, await Participation.Public.PublicOpinions.OnItemAsync(db, id, ct));
        Consultation = (await db.Consultations.Where(Visibility.PublicVisibility.ConsultationRule).Where(c => c.DecisionItemId == id)
            .Select(c => new { c.Id, c.Title }).FirstOrDefaultAsync(ct)) is { } c ? (c.Id, c.Title) : null;
        return Page();
    }
}
