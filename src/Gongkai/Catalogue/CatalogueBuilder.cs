using Gongkai.Bodies;

namespace Gongkai.Catalogue;

/// <summary>Builds a body's catalogue tree from a template: one node per 一级事项, one child per row.</summary>
public static class CatalogueBuilder
{
    public static List<CatalogueCategory> Build(Body body, CatalogueTemplate template)
    {
        var roots = new List<CatalogueCategory>();
        foreach (var row in template.Rows.OrderBy(r => r.SortOrder))
        {
            var root = roots.FirstOrDefault(r => r.Name == row.Item);
            if (row.SubItem is null)
            {
                if (root is { TemplateRow: null })
                {
                    root.LinkTo(row); // a group made by earlier sub-item rows now has its own row
                }
                else
                {
                    roots.Add(new CatalogueCategory(body, row.Item, templateRow: row) { SortOrder = roots.Count + 1, Description = row.Elements });
                }
                continue;
            }
            if (root is null)
            {
                root = new CatalogueCategory(body, row.Item) { SortOrder = roots.Count + 1 };
                roots.Add(root);
            }
            root.Children.Add(new CatalogueCategory(body, row.SubItem, root, row) { SortOrder = root.Children.Count + 1, Description = row.Elements });
        }
        return roots;
    }
}
