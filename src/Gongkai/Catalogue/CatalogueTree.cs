using Gongkai.Data;
using Gongkai.Portal;
using Gongkai.Visibility;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Catalogue;

/// <summary>A body's catalogue as a tree, with the number of items each node shows to the viewer.</summary>
public static class CatalogueTree
{
    public sealed record Node(CatalogueCategory Category, IReadOnlyList<Node> Children, int OwnCount)
    {
        public int Count => OwnCount + Children.Sum(c => c.Count);

        public IEnumerable<int> SubtreeIds => Children.SelectMany(c => c.SubtreeIds).Prepend(Category.Id);
    }

    public static async Task<IReadOnlyList<Node>> LoadAsync(GongkaiDb db, int bodyId, Viewer viewer, CancellationToken ct)
    {
        var categories = await db.CatalogueCategories.AsNoTracking().Include(c => c.TemplateRow)
            .Where(c => c.BodyId == bodyId).OrderBy(c => c.SortOrder).ThenBy(c => c.Id).ToListAsync(ct);
        var counts = await db.Visible(viewer).Where(i => i.BodyId == bodyId)
            .GroupBy(i => i.CategoryId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        Node Build(CatalogueCategory c) => new(c,
            categories.Where(x => x.ParentId == c.Id).Select(Build).ToList(),
            counts.GetValueOrDefault(c.Id));
        return categories.Where(c => c.ParentId is null).Select(Build).ToList();
    }

    public static Node? Find(IEnumerable<Node> nodes, int categoryId) =>
        nodes.Select(n => n.Category.Id == categoryId ? n : Find(n.Children, categoryId)).FirstOrDefault(n => n is not null);
}
