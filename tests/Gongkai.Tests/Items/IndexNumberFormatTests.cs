using Gongkai.Bodies;
using Gongkai.Items;

namespace Gongkai.Tests.Items;

public class IndexNumberFormatTests
{
    [Theory]
    [InlineData("014523671", 2025, 1, "014523671/2025-00001")]
    [InlineData("014523671", 2025, 12, "014523671/2025-00012")]
    [InlineData("014523671", 2025, 99999, "014523671/2025-99999")]
    [InlineData("014523671", 2025, 100000, "014523671/2025-100000")]
    [InlineData("11330000MB0000000X", 2024, 345, "11330000MB0000000X/2024-00345")]
    [InlineData("", 2026, 7, "/2026-00007")]
    [InlineData("A1", 999, 1, "A1/0999-00001")]
    public void Format_is_code_slash_year_dash_five_digit_serial(string code, int year, int serial, string expected)
    {
        var body = new Body("canlian", code, "某市残疾人联合会", BodyType.GovernmentDepartment);

        Assert.Equal(expected, new DefaultIndexNumberFormat().Format(body, year, serial));
    }

    [Fact]
    public void Format_does_not_depend_on_the_body_id_or_name()
    {
        var format = new DefaultIndexNumberFormat();
        var a = new Body("a", "X", "甲", BodyType.Village).WithId(3);
        var b = new Body("b", "X", "乙", BodyType.Township).WithId(4);

        Assert.Equal(format.Format(a, 2025, 5), format.Format(b, 2025, 5));
    }
}
