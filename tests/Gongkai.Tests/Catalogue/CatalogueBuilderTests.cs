using Gongkai.Bodies;
using Gongkai.Catalogue;

namespace Gongkai.Tests.Catalogue;

public class CatalogueBuilderTests
{
    private static readonly Body Body = new("canlian", "014523671", "某市残疾人联合会", BodyType.GovernmentDepartment);

    public static TheoryData<string> TemplateCodes =>
        [ShippedTemplates.Federation, ShippedTemplates.SchoolStaff, ShippedTemplates.SchoolPublic, ShippedTemplates.TownshipTenItems, ShippedTemplates.Village];

    private static CatalogueTemplate Shipped(string code) => ShippedTemplates.All().Single(t => t.Code == code);

    private static CatalogueTemplate Template(params (string Item, string? SubItem)[] rows)
    {
        var template = new CatalogueTemplate("test", "测试目录", BodyType.GovernmentDepartment);
        foreach (var (item, subItem) in rows)
        {
            template.AddRow(new CatalogueTemplateRow { Item = item, SubItem = subItem, Elements = $"{item}{subItem}的要素" });
        }
        return template;
    }

    // ---- Edge cases on small templates ----

    [Fact]
    public void An_empty_template_builds_an_empty_catalogue()
    {
        Assert.Empty(CatalogueBuilder.Build(Body, Template()));
    }

    [Fact]
    public void A_single_row_with_a_sub_item_gives_a_root_and_one_child()
    {
        var template = Template(("机构概况", "机构设置"));

        var root = Assert.Single(CatalogueBuilder.Build(Body, template));

        Assert.Equal("机构概况", root.Name);
        Assert.Null(root.TemplateRow);
        Assert.Null(root.Parent);
        var child = Assert.Single(root.Children);
        Assert.Equal("机构设置", child.Name);
        Assert.Same(template.Rows[0], child.TemplateRow);
        Assert.Same(root, child.Parent);
        Assert.Equal("机构概况机构设置的要素", child.Description);
    }

    [Fact]
    public void A_row_without_a_sub_item_becomes_a_root_linked_to_its_row()
    {
        var template = Template(("①农村政策法规", null));

        var root = Assert.Single(CatalogueBuilder.Build(Body, template));

        Assert.Equal("①农村政策法规", root.Name);
        Assert.Same(template.Rows[0], root.TemplateRow);
        Assert.Equal("①农村政策法规的要素", root.Description);
        Assert.Empty(root.Children);
    }

    [Fact]
    public void Rows_of_the_same_item_share_one_root_even_when_not_adjacent()
    {
        var template = Template(("甲", "一"), ("乙", "一"), ("甲", "二"));

        var roots = CatalogueBuilder.Build(Body, template);

        Assert.Equal(["甲", "乙"], roots.Select(r => r.Name));
        Assert.Equal(["一", "二"], roots[0].Children.Select(c => c.Name));
        Assert.Equal([1, 2], roots[0].Children.Select(c => c.SortOrder));
    }

    [Fact]
    public void Sub_item_rows_after_a_lone_row_of_the_same_item_hang_under_it()
    {
        var template = Template(("甲", null), ("甲", "一"));

        var root = Assert.Single(CatalogueBuilder.Build(Body, template));

        Assert.Same(template.Rows[0], root.TemplateRow);
        Assert.Same(template.Rows[1], Assert.Single(root.Children).TemplateRow);
    }

    [Fact]
    public void Every_row_is_linked_to_some_category()
    {
        var template = Template(("甲", "一"), ("甲", null));

        var categories = Flatten(CatalogueBuilder.Build(Body, template));

        Assert.All(template.Rows, row => Assert.Contains(categories, c => c.TemplateRow == row));
    }

    [Fact]
    public void Rows_are_taken_in_sort_order_not_list_order()
    {
        var template = Template(("甲", "一"), ("乙", "二"));
        template.Rows[0].SortOrder = 2;
        template.Rows[1].SortOrder = 1;

        var roots = CatalogueBuilder.Build(Body, template);

        Assert.Equal(["乙", "甲"], roots.Select(r => r.Name));
    }

    // ---- Every shipped template ----

    [Theory]
    [MemberData(nameof(TemplateCodes))]
    public void There_is_one_root_per_distinct_first_level_item_in_row_order(string code)
    {
        var template = Shipped(code);

        var roots = CatalogueBuilder.Build(Body, template);

        Assert.Equal(template.Rows.OrderBy(r => r.SortOrder).Select(r => r.Item).Distinct(), roots.Select(r => r.Name));
    }

    [Theory]
    [MemberData(nameof(TemplateCodes))]
    public void Each_row_with_a_sub_item_is_a_child_of_its_items_root(string code)
    {
        var template = Shipped(code);

        var roots = CatalogueBuilder.Build(Body, template);

        foreach (var row in template.Rows.Where(r => r.SubItem is not null))
        {
            var root = roots.Single(r => r.Name == row.Item);
            var child = Assert.Single(root.Children, c => c.TemplateRow == row);
            Assert.Equal(row.SubItem, child.Name);
            Assert.Equal(row.Elements, child.Description);
            Assert.Same(root, child.Parent);
            Assert.Empty(child.Children);
        }
    }

    [Theory]
    [MemberData(nameof(TemplateCodes))]
    public void Each_row_without_a_sub_item_is_a_root_linked_to_its_row(string code)
    {
        var template = Shipped(code);

        var roots = CatalogueBuilder.Build(Body, template);

        foreach (var row in template.Rows.Where(r => r.SubItem is null))
        {
            var root = Assert.Single(roots, r => r.TemplateRow == row);
            Assert.Equal(row.Item, root.Name);
            Assert.Equal(row.Elements, root.Description);
        }
    }

    [Theory]
    [MemberData(nameof(TemplateCodes))]
    public void Every_row_of_a_shipped_template_gets_exactly_one_category(string code)
    {
        var template = Shipped(code);

        var categories = Flatten(CatalogueBuilder.Build(Body, template));

        Assert.All(template.Rows, row => Assert.Single(categories, c => c.TemplateRow == row));
        Assert.Equal(template.Rows.Count, categories.Count(c => c.TemplateRow is not null));
    }

    [Theory]
    [MemberData(nameof(TemplateCodes))]
    public void Sort_orders_run_from_one_among_roots_and_among_each_roots_children(string code)
    {
        var roots = CatalogueBuilder.Build(Body, Shipped(code));

        Assert.Equal(Enumerable.Range(1, roots.Count), roots.Select(r => r.SortOrder));
        Assert.All(roots, root => Assert.Equal(Enumerable.Range(1, root.Children.Count), root.Children.Select(c => c.SortOrder)));
    }

    [Theory]
    [MemberData(nameof(TemplateCodes))]
    public void Every_category_belongs_to_the_body(string code)
    {
        var categories = Flatten(CatalogueBuilder.Build(Body, Shipped(code)));

        Assert.All(categories, c => Assert.Same(Body, c.Body));
    }

    [Fact]
    public void The_federation_catalogue_has_its_seven_groups_in_order()
    {
        var roots = CatalogueBuilder.Build(Body, Shipped(ShippedTemplates.Federation));

        Assert.Equal(["机构概况", "法规文件", "规划计划", "办事服务", "财政资金", "监督检查", "群众关注"], roots.Select(r => r.Name));
        Assert.Equal(["机构设置", "职能职责和法定权限"], roots[0].Children.Select(c => c.Name));
    }

    [Fact]
    public void The_township_catalogue_is_ten_roots_without_children()
    {
        var roots = CatalogueBuilder.Build(Body, Shipped(ShippedTemplates.TownshipTenItems));

        Assert.Equal(10, roots.Count);
        Assert.All(roots, r => Assert.Empty(r.Children));
        Assert.All(roots, r => Assert.NotNull(r.TemplateRow));
    }

    [Fact]
    public void Building_twice_gives_separate_trees()
    {
        var template = Shipped(ShippedTemplates.Village);

        var first = CatalogueBuilder.Build(Body, template);
        var second = CatalogueBuilder.Build(Body, template);

        Assert.NotSame(first[0], second[0]);
        Assert.Equal(first.Select(r => r.Children.Count), second.Select(r => r.Children.Count));
    }

    private static List<CatalogueCategory> Flatten(IEnumerable<CatalogueCategory> roots) =>
        roots.SelectMany(r => Flatten(r.Children).Prepend(r)).ToList();
}
