using Gongkai.Catalogue;
using Gongkai.Data;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Portal;

/// <summary>The site map: every body with its guide and catalogue.</summary>
public sealed class SiteMapModel(GongkaiDb db) : PortalPageModel
{
    public sealed record BodyEntry(string Slug, string Name, IReadOnlyList<CatalogueTree.Node> Catalogue);

    public IReadOnlyList<BodyEntry> Bodies { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        PageTitle = "网站地图";
        StartCrumbs(null);
        Crumbs.Add(new Crumb(PageTitle));
        var bodies = await db.Bodies.AsNoTracking().OrderBy(b => b.ParentId == null ? 0 : 1).ThenBy(b => b.Id).Select(b => new { b.Id, b.Slug, b.Name }).ToListAsync(ct);
        var entries = new List<BodyEntry>();
        foreach (var b in bodies)
        {
            entries.Add(new BodyEntry(b.Slug, b.Name, await CatalogueTree.LoadAsync(db, b.Id, Viewer, ct)));
        }
        Bodies = entries;
    }
}
