using Gongkai.Catalogue;
using Gongkai.Review;
using Gongkai.Tests.Items;

namespace Gongkai.Tests.Review;

/// <summary>Which catalogue categories are money matters, so that the default plan adds the finance audit.</summary>
public class FinancialCategoryTests
{
    private static CatalogueTemplateRow Row(string item, string elements) => new() { Item = item, Elements = elements };

    // ---- LooksFinancial: edge cases first ----

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("财")]
    [InlineData("预")]
    [InlineData("财 政")] // the words are matched whole
    public void No_text_or_a_fragment_does_not_look_financial(string? text)
    {
        Assert.False(CatalogueCategory.LooksFinancial(text));
    }

    [Theory]
    [InlineData("财务")]
    [InlineData("财政")]
    [InlineData("预算")]
    [InlineData("决算")]
    [InlineData("收费")]
    [InlineData("审计")]
    [InlineData("资金")]
    [InlineData("经费")]
    [InlineData("采购")]
    [InlineData("补贴")]
    [InlineData("收支")]
    [InlineData("招投标")]
    public void Each_money_word_looks_financial_on_its_own(string word)
    {
        Assert.True(CatalogueCategory.LooksFinancial(word));
    }

    [Theory]
    [InlineData("财政资金")]
    [InlineData("预算决算")]
    [InlineData("2025年部门预算及说明")]
    [InlineData("行政事业性收费项目")]
    [InlineData("村级财务收支情况")]
    [InlineData("惠民惠农财政补贴资金")]
    [InlineData("政府采购")]
    [InlineData("“三公”经费")]
    [InlineData("工程建设项目招投标")]
    [InlineData("审计整改情况")]
    public void A_name_containing_a_money_word_looks_financial(string text)
    {
        Assert.True(CatalogueCategory.LooksFinancial(text));
    }

    [Theory]
    [InlineData("规范性文件")]
    [InlineData("机构概况")]
    [InlineData("职能职责和法定权限")]
    [InlineData("发展规划")]
    [InlineData("残疾人证办理")]
    [InlineData("人事")]
    [InlineData("政策解读")]
    [InlineData("检查与整改")]
    [InlineData("群众普遍关注的其他事项")]
    public void Other_names_do_not_look_financial(string text)
    {
        Assert.False(CatalogueCategory.LooksFinancial(text));
    }

    // ---- IsFinancial ----

    [Fact]
    public void A_category_named_for_money_is_financial()
    {
        var body = TestItems.Body();

        Assert.True(new CatalogueCategory(body, "财政资金").IsFinancial);
    }

    [Fact]
    public void A_category_with_an_ordinary_name_and_no_parent_is_not_financial()
    {
        var body = TestItems.Body();

        Assert.False(new CatalogueCategory(body, "规范性文件").IsFinancial);
    }

    [Fact]
    public void A_child_of_a_financial_category_is_financial_whatever_its_name()
    {
        var body = TestItems.Body();
        var parent = new CatalogueCategory(body, "财政资金");

        var child = new CatalogueCategory(body, "2025年", parent);

        Assert.False(CatalogueCategory.LooksFinancial(child.Name));
        Assert.True(child.IsFinancial);
    }

    [Fact]
    public void Inheritance_reaches_grandchildren()
    {
        var body = TestItems.Body();
        var root = new CatalogueCategory(body, "财务");
        var child = new CatalogueCategory(body, "学校", root);

        var grandchild = new CatalogueCategory(body, "第一学期", child);

        Assert.True(grandchild.IsFinancial);
    }

    [Fact]
    public void A_parent_marked_financial_by_hand_passes_it_on()
    {
        var body = TestItems.Body();
        var parent = new CatalogueCategory(body, "村务公开") { IsFinancial = true };

        var child = new CatalogueCategory(body, "第一季度", parent);

        Assert.True(child.IsFinancial);
    }

    [Fact]
    public void A_child_of_an_ordinary_category_is_ordinary_unless_its_own_name_is_about_money()
    {
        var body = TestItems.Body();
        var parent = new CatalogueCategory(body, "村务公开");

        Assert.False(new CatalogueCategory(body, "村规民约", parent).IsFinancial);
        Assert.True(new CatalogueCategory(body, "村级财务收支", parent).IsFinancial);
    }

    [Fact]
    public void A_financial_child_does_not_make_its_parent_financial()
    {
        var body = TestItems.Body();
        var parent = new CatalogueCategory(body, "村务公开");

        _ = new CatalogueCategory(body, "村级财务收支", parent);

        Assert.False(parent.IsFinancial);
    }

    [Fact]
    public void A_parent_set_to_ordinary_by_hand_is_not_inherited_as_financial()
    {
        var body = TestItems.Body();
        var parent = new CatalogueCategory(body, "财政资金") { IsFinancial = false };

        Assert.False(new CatalogueCategory(body, "2025年", parent).IsFinancial);
    }

    [Theory]
    [InlineData("财政资金", "部门职责")]
    [InlineData("其他事项", "部门预算、决算及说明")]
    [InlineData("办事服务", "行政事业性收费的项目、依据、标准")]
    public void A_category_built_from_a_money_template_row_is_financial(string item, string elements)
    {
        var body = TestItems.Body();

        var category = new CatalogueCategory(body, "某栏目", templateRow: Row(item, elements));

        Assert.True(category.IsFinancial);
    }

    [Fact]
    public void A_category_built_from_an_ordinary_template_row_is_not_financial()
    {
        var body = TestItems.Body();

        var category = new CatalogueCategory(body, "机构设置", templateRow: Row("机构概况", "内设机构的名称、职责、地址、联系方式"));

        Assert.False(category.IsFinancial);
    }

    [Fact]
    public void Linking_a_category_to_a_money_template_row_later_makes_it_financial()
    {
        var body = TestItems.Body();
        var category = new CatalogueCategory(body, "村务公开");

        category.LinkTo(Row("村务公开", "村级财务收支、集体资金使用情况"));

        Assert.True(category.IsFinancial);
    }

    [Theory]
    [InlineData("财政资金", true)]
    [InlineData("规范性文件", false)]
    public void The_default_plan_follows_the_category(string name, bool audited)
    {
        var category = new CatalogueCategory(TestItems.Body(), name);

        var plan = ReviewPlan.Default(category.IsFinancial);

        Assert.Equal(audited, plan.Steps.Contains(Staff.StaffRole.FinanceAuditor));
    }
}
