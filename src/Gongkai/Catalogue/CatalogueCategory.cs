using Gongkai.Bodies;

namespace Gongkai.Catalogue;

/// <summary>
/// A node of one body's catalogue tree (政府信息公开目录). First-level nodes group the
/// second-level ones; a node built from a template keeps the row it came from, so
/// completeness and timeliness can be measured against the standard.
/// </summary>
public class CatalogueCategory
{
    private CatalogueCategory() { }

    public CatalogueCategory(Body body, string name, CatalogueCategory? parent = null, CatalogueTemplateRow? templateRow = null)
    {
        Body = body;
        Name = name;
        Parent = parent;
        TemplateRow = templateRow;
        IsFinancial = LooksFinancial(name) || LooksFinancial(templateRow?.Item) || LooksFinancial(templateRow?.Elements) || (parent?.IsFinancial ?? false);
    }

    private static readonly string[] MoneyWords = ["财务", "财政", "预算", "决算", "收费", "审计", "资金", "经费", "采购", "补贴", "收支", "招投标"];

    /// <summary>Whether a name or description is about money, so the finance audit step applies by default.</summary>
    public static bool LooksFinancial(string? text) => text is not null && MoneyWords.Any(w => text.Contains(w, StringComparison.Ordinal));

    public int Id { get; private set; }
    public int BodyId { get; private set; }
    public Body Body { get; private set; } = null!;
    public int? ParentId { get; private set; }
    public CatalogueCategory? Parent { get; private set; }
    public List<CatalogueCategory> Children { get; } = [];
    public string Name { get; private set; } = "";
    public string? Description { get; set; }
    public int SortOrder { get; set; }
    /// <summary>Money matters (budgets, fees, accounts, subsidies, procurement) are audited before publication.</summary>
    public bool IsFinancial { get; set; }
    public int? TemplateRowId { get; private set; }
    public CatalogueTemplateRow? TemplateRow { get; private set; }

    /// <summary>Links this node to the standard-catalogue row it implements.</summary>
    public void LinkTo(CatalogueTemplateRow row)
    {
        TemplateRow = row;
        Description ??= row.Elements;
        IsFinancial |= LooksFinancial(row.Item) || LooksFinancial(row.Elements);
    }
}
