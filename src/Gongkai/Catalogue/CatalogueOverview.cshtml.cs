using Gongkai.Bodies;
using Gongkai.Data;
using Gongkai.Portal;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Catalogue;

/// <summary>A body's whole catalogue as the standard table: item, elements, basis, time limit, publisher, channels, audience, mode, level.</summary>
public sealed class CatalogueOverviewModel(GongkaiDb db) : PortalPageModel
{
    public Body Body { get; private set; } = null!;
    public IReadOnlyList<CatalogueTree.Node> Tree { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        var body = await db.Bodies.AsNoTracking().FirstOrDefaultAsync(b => b.Slug == slug, ct);
        if (body is null)
        {
            return NotFound();
        }
        Body = HeaderBody = body;
        PageTitle = "政府信息公开目录";
        StartCrumbs(body);
        Crumbs.Add(new Crumb(PageTitle));
        Tree = await CatalogueTree.LoadAsync(db, body.Id, Viewer, ct);
        return Page();
    }
}
