using Gongkai.Bodies;
using Gongkai.Data;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Portal;

/// <summary>Platform home: the bodies as a tree and the latest items across the platform.</summary>
public sealed class IndexModel(GongkaiDb db, PortalSettings settings) : PortalPageModel
{
    public IReadOnlyList<BodyNode> Roots { get; private set; } = [];
    public IReadOnlyList<ItemLine> Latest { get; private set; } = [];

    public sealed record BodyNode(string Slug, string Name, BodyType Type, IReadOnlyList<BodyNode> Children);

    public async Task OnGetAsync(CancellationToken ct)
    {
        PageTitle = settings.PlatformName;
        var bodies = await db.Bodies.AsNoTracking().OrderBy(b => b.SortOrder).ThenBy(b => b.Id)
            .Select(b => new { b.Id, b.ParentId, b.Slug, b.Name, b.Type }).ToListAsync(ct);
        BodyNode Node(int id)
        {
            var b = bodies.Single(x => x.Id == id);
            return new BodyNode(b.Slug, b.Name, b.Type, bodies.Where(c => c.ParentId == id).Select(c => Node(c.Id)).ToList());
        }
        Roots = bodies.Where(b => b.ParentId is null).Select(b => Node(b.Id)).ToList();
        Latest = await db.Visible(Viewer).Lines().Take(15).ToListAsync(ct);
    }
}
