using Gongkai.Bodies;
using Gongkai.Catalogue;
using Gongkai.Items;

namespace Gongkai.Tests.Catalogue;

public class ShippedTemplatesTests
{
    private static readonly IReadOnlyList<CatalogueTemplate> All = ShippedTemplates.All();

    private static CatalogueTemplate Template(string code) => All.Single(t => t.Code == code);

    public static TheoryData<string> Codes => [.. ShippedTemplates.All().Select(t => t.Code)];

    [Fact]
    public void There_are_five_templates_with_the_known_codes()
    {
        Assert.Equal(["federation", "school-staff", "school-public", "township-ten-items", "village"], All.Select(t => t.Code));
    }

    [Fact]
    public void Codes_and_names_are_unique()
    {
        Assert.Equal(All.Count, All.Select(t => t.Code).Distinct().Count());
        Assert.Equal(All.Count, All.Select(t => t.Name).Distinct().Count());
    }

    [Fact]
    public void Each_call_returns_fresh_templates()
    {
        Assert.NotSame(ShippedTemplates.All()[0], ShippedTemplates.All()[0]);
    }

    [Theory]
    [InlineData(ShippedTemplates.Federation, BodyType.GovernmentDepartment)]
    [InlineData(ShippedTemplates.SchoolStaff, BodyType.PublicInstitution)]
    [InlineData(ShippedTemplates.SchoolPublic, BodyType.PublicInstitution)]
    [InlineData(ShippedTemplates.TownshipTenItems, BodyType.Township)]
    [InlineData(ShippedTemplates.Village, BodyType.Village)]
    public void Each_template_applies_to_its_kind_of_body(string code, BodyType type)
    {
        Assert.Equal(type, Template(code).AppliesTo);
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void Each_template_has_a_name_a_description_and_rows(string code)
    {
        var template = Template(code);

        Assert.False(string.IsNullOrWhiteSpace(template.Name));
        Assert.False(string.IsNullOrWhiteSpace(template.Description));
        Assert.NotEmpty(template.Rows);
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void Each_row_has_an_item_elements_basis_time_limit_publisher_and_channel(string code)
    {
        Assert.All(Template(code).Rows, row =>
        {
            Assert.False(string.IsNullOrWhiteSpace(row.Item));
            Assert.False(string.IsNullOrWhiteSpace(row.Elements));
            Assert.False(string.IsNullOrWhiteSpace(row.LegalBasis));
            Assert.False(string.IsNullOrWhiteSpace(row.TimeLimit));
            Assert.False(string.IsNullOrWhiteSpace(row.Publisher));
            Assert.False(string.IsNullOrWhiteSpace(row.Channels));
            Assert.False(string.IsNullOrWhiteSpace(row.Level));
        });
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void Rows_are_numbered_from_one_in_order(string code)
    {
        var rows = Template(code).Rows;

        Assert.Equal(Enumerable.Range(1, rows.Count), rows.Select(r => r.SortOrder));
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void No_two_rows_name_the_same_item(string code)
    {
        var rows = Template(code).Rows;

        Assert.Equal(rows.Count, rows.Select(r => (r.Item, r.SubItem)).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void Rows_agree_with_the_item_metadata_rules(string code)
    {
        // An item made from a row takes its audience and timeliness, so each row must pass the same rules.
        Assert.All(Template(code).Rows, row =>
        {
            Assert.Equal(DisclosureAttribute.Proactive, row.Mode);
            Assert.True(row.Audience == Audience.Everyone || !string.IsNullOrWhiteSpace(row.AudienceGroup), $"{row.Item} › {row.SubItem} has no group");
            Assert.True(row.Timeliness != Timeliness.Periodic || row.Period is not null, $"{row.Item} › {row.SubItem} has no period");
            Assert.True(row.Timeliness == Timeliness.Periodic || row.Period is null, $"{row.Item} › {row.SubItem} has a stray period");
        });
    }

    [Fact]
    public void The_township_template_has_exactly_the_ten_numbered_items()
    {
        var rows = Template(ShippedTemplates.TownshipTenItems).Rows;

        Assert.Equal(10, rows.Count);
        Assert.Equal(["①", "②", "③", "④", "⑤", "⑥", "⑦", "⑧", "⑨", "⑩"], rows.Select(r => r.Item[..1]));
        Assert.All(rows, r => Assert.Null(r.SubItem));
        Assert.All(rows, r => Assert.Equal("乡级", r.Level));
    }

    [Fact]
    public void The_township_social_security_row_has_the_posting_period()
    {
        var row = Template(ShippedTemplates.TownshipTenItems).Rows.Single(r => r.Item == "⑨社会保障");

        Assert.Equal("审核后10个工作日内，公示7个工作日", row.TimeLimit);
        Assert.Contains("村公示栏", row.Channels, StringComparison.Ordinal);
    }

    [Fact]
    public void The_village_template_has_quarterly_monthly_and_immediate_rows()
    {
        var rows = Template(ShippedTemplates.Village).Rows;

        Assert.Contains(rows, r => r.Timeliness == Timeliness.Periodic && r.Period == Period.Quarterly);
        Assert.Contains(rows, r => r.Timeliness == Timeliness.Periodic && r.Period == Period.Monthly);
        Assert.Contains(rows, r => r.Timeliness == Timeliness.AdHoc && r.Period is null);
        Assert.All(rows, r => Assert.Equal("村级", r.Level));
        Assert.All(rows, r => Assert.Contains("村公示栏", r.Channels, StringComparison.Ordinal));
    }

    [Fact]
    public void Village_finances_are_published_monthly_on_the_public_notice_board()
    {
        // 村民委员会组织法 Art. 30: village affairs go on a fixed notice board that anyone can read.
        var row = Template(ShippedTemplates.Village).Rows.Single(r => r.Item == "财务");

        Assert.Equal(Period.Monthly, row.Period);
        Assert.Equal(Audience.Everyone, row.Audience);
        Assert.Contains("村公示栏", row.Channels, StringComparison.Ordinal);
        Assert.Contains("村务监督委员会", row.Elements, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_school_staff_row_is_for_the_staff_only()
    {
        var rows = Template(ShippedTemplates.SchoolStaff).Rows;

        Assert.All(rows, r => Assert.Equal(Audience.SpecificGroup, r.Audience));
        Assert.All(rows, r => Assert.Equal("本校教职工", r.AudienceGroup));
    }

    [Fact]
    public void Every_school_public_row_is_for_everyone()
    {
        Assert.All(Template(ShippedTemplates.SchoolPublic).Rows, r => Assert.Equal(Audience.Everyone, r.Audience));
    }

    [Theory]
    [InlineData(ShippedTemplates.SchoolStaff)]
    [InlineData(ShippedTemplates.SchoolPublic)]
    public void School_rows_are_at_school_level(string code)
    {
        Assert.All(Template(code).Rows, r => Assert.Equal("校级", r.Level));
    }

    [Fact]
    public void School_templates_use_school_term_periods()
    {
        Assert.Contains(Template(ShippedTemplates.SchoolStaff).Rows, r => r.Period == Period.SchoolTerm);
        Assert.Contains(Template(ShippedTemplates.SchoolPublic).Rows, r => r.Period == Period.SchoolTerm);
    }
}
