using Gongkai.Bodies;

namespace Gongkai.Catalogue;

/// <summary>
/// A catalogue template: the rows of a standard catalogue (基层政务公开标准目录) from which a
/// body's own catalogue is built. Shipped templates are listed in <see cref="ShippedTemplates"/>.
/// </summary>
public class CatalogueTemplate
{
    private CatalogueTemplate() { }

    public CatalogueTemplate(string code, string name, BodyType appliesTo, string? description = null)
    {
        Code = code;
        Name = name;
        AppliesTo = appliesTo;
        Description = description;
    }

    public int Id { get; private set; }
    public string Code { get; private set; } = "";
    public string Name { get; private set; } = "";
    public BodyType AppliesTo { get; private set; }
    public string? Description { get; private set; }
    public List<CatalogueTemplateRow> Rows { get; } = [];

    public CatalogueTemplateRow AddRow(CatalogueTemplateRow row)
    {
        row.SortOrder = Rows.Count + 1;
        Rows.Add(row);
        return row;
    }
}

/// <summary>
/// One row of a standard catalogue. The columns are those of the 2019–2020 standard catalogues:
/// 公开事项 (two levels), 公开内容, 公开依据, 公开时限, 公开主体, 公开渠道, 公开对象, 公开方式, 公开层级.
/// </summary>
public class CatalogueTemplateRow
{
    public int Id { get; private set; }
    public int TemplateId { get; private set; }
    public int SortOrder { get; set; }
    /// <summary>一级事项.</summary>
    public required string Item { get; init; }
    /// <summary>二级事项; empty when the row is a first-level item on its own.</summary>
    public string? SubItem { get; init; }
    /// <summary>公开内容（要素）.</summary>
    public required string Elements { get; init; }
    /// <summary>公开依据.</summary>
    public string LegalBasis { get; init; } = "";
    /// <summary>公开时限, e.g. 信息形成或者变更之日起20个工作日内.</summary>
    public string TimeLimit { get; init; } = "";
    /// <summary>公开主体.</summary>
    public string Publisher { get; init; } = "";
    /// <summary>公开渠道和载体.</summary>
    public string Channels { get; init; } = "";
    public Items.Audience Audience { get; init; } = Items.Audience.Everyone;
    /// <summary>For a specific-group audience, which group (e.g. 本校教职工, 本村村民).</summary>
    public string? AudienceGroup { get; init; }
    public Items.DisclosureAttribute Mode { get; init; } = Items.DisclosureAttribute.Proactive;
    /// <summary>公开层级: 县级 / 乡级 / 村级 / 市级 / 校级.</summary>
    public string Level { get; init; } = "";
    /// <summary>How often the row's information is published; for villages quarterly, monthly or immediately.</summary>
    public Items.Timeliness Timeliness { get; init; } = Items.Timeliness.Standing;
    public Items.Period? Period { get; init; }
}
