using Gongkai.Catalogue;
using Gongkai.Data;
using Gongkai.Guides;
using Gongkai.Portal;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Bodies;

/// <summary>A body's home: guide, catalogue, latest items, subordinate bodies, participation (suggestions, feedback, complaints) and contacts.</summary>
public sealed class BodyHomeModel(GongkaiDb db) : PortalPageModel
{
    public Body Body { get; private set; } = null!;
    public GuideVersion? Guide { get; private set; }
    public IReadOnlyList<CatalogueTree.Node> Catalogue { get; private set; } = [];
    public IReadOnlyList<ItemLine> Latest { get; private set; } = [];
    public IReadOnlyList<Body> Subordinates { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        var body = await db.Bodies.AsNoTracking().Include(b => b.ReadingRooms).Include(b => b.Parent).FirstOrDefaultAsync(b => b.Slug == slug, ct);
        if (body is null)
        {
            return NotFound();
        }
        Body = HeaderBody = body;
        PageTitle = body.Name;
        StartCrumbs(body.Parent);
        Crumbs.Add(new Crumb(body.Name));
        Guide = await db.GuideVersions.AsNoTracking().Where(g => g.BodyId == body.Id).OrderByDescending(g => g.Number).FirstOrDefaultAsync(ct);
        Catalogue = await CatalogueTree.LoadAsync(db, body.Id, Viewer, ct);
        Latest = await db.Visible(Viewer).Where(i => i.BodyId == body.Id).Lines().Take(10).ToListAsync(ct);
        Subordinates = await db.Bodies.AsNoTracking().Where(b => b.ParentId == body.Id).OrderBy(b => b.SortOrder).ToListAsync(ct);
        return Page();
    }
}
