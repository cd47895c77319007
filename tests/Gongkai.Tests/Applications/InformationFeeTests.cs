using Gongkai.Applications;

namespace Gongkai.Tests.Applications;

/// <summary>The fee table of the 2020 measures (domain.md §5), at every band edge.</summary>
public class InformationFeeTests
{
    [Theory]
    [InlineData(1, 0)]
    [InlineData(10, 0)]
    [InlineData(11, 100)]
    [InlineData(30, 2_000)]
    [InlineData(31, 2_200)]
    [InlineData(35, 3_000)] // domain.md: 20 × 100 + 5 × 200
    [InlineData(40, 4_000)]
    [InlineData(41, 4_300)]
    [InlineData(50, 7_000)]
    [InlineData(51, 7_400)]
    [InlineData(60, 11_000)]
    [InlineData(61, 11_500)]
    public void Applications_in_a_month_are_charged_band_by_band(int applications, int yuan) =>
        Assert.Equal(yuan, InformationFee.Compute(FeeMode.PerApplication, applications).Amount);

    [Theory]
    [InlineData(1, 0)]
    [InlineData(30, 0)]
    [InlineData(31, 10)]
    [InlineData(100, 700)]
    [InlineData(101, 720)]
    [InlineData(150, 1_700)] // domain.md: 70 × 10 + 50 × 20
    [InlineData(200, 2_700)]
    [InlineData(201, 2_740)]
    [InlineData(1_000, 34_700)]
    public void Pages_are_charged_band_by_band(int pages, int yuan) =>
        Assert.Equal(yuan, InformationFee.Compute(FeeMode.PerPage, pages).Amount);

    [Theory]
    [InlineData(1, 0)]
    [InlineData(10, 0)]
    [InlineData(11, 100)]
    [InlineData(30, 100)]
    [InlineData(31, 200)]
    [InlineData(40, 200)]
    [InlineData(41, 300)]
    [InlineData(50, 300)]
    [InlineData(51, 400)]
    [InlineData(101, 900)]
    public void One_application_costs_the_price_of_its_place_in_the_month(int numberInMonth, int yuan) =>
        Assert.Equal(yuan, InformationFee.ForApplication(numberInMonth).Amount);

    [Fact]
    public void Charging_each_application_of_a_month_adds_up_to_the_month_total()
    {
        for (var n = 1; n <= 120; n++)
        {
            var oneByOne = Enumerable.Range(1, n).Sum(i => InformationFee.ForApplication(i).Amount);
            Assert.Equal(InformationFee.Compute(FeeMode.PerApplication, n).Amount, oneByOne);
        }
    }

    [Theory]
    [InlineData(FeeMode.PerApplication, 10, 1, 10, 0)]
    [InlineData(FeeMode.PerApplication, 11, 11, 30, 100)]
    [InlineData(FeeMode.PerApplication, 31, 31, 40, 200)]
    [InlineData(FeeMode.PerApplication, 50, 41, 50, 300)]
    [InlineData(FeeMode.PerApplication, 51, 51, 60, 400)]
    [InlineData(FeeMode.PerPage, 30, 1, 30, 0)]
    [InlineData(FeeMode.PerPage, 31, 31, 100, 10)]
    [InlineData(FeeMode.PerPage, 101, 101, 200, 20)]
    [InlineData(FeeMode.PerPage, 201, 201, null, 40)]
    public void Each_unit_falls_in_one_band(FeeMode mode, int n, int from, int? to, int price) =>
        Assert.Equal(new FeeBand(from, to, price), InformationFee.BandOf(mode, n));

    [Fact]
    public void The_explanation_names_every_band_used_and_the_total()
    {
        Assert.Equal(
            "依据《政府信息公开信息处理费管理办法》（国办函〔2020〕109号），按件计收，申请人本自然月内累计申请35件：第1—10件不收费；第11—30件每件100元，20件计2,000元；第31—35件每件200元，5件计1,000元。合计3,000元。",
            InformationFee.Compute(FeeMode.PerApplication, 35).Explanation);
        Assert.Equal(
            "依据《政府信息公开信息处理费管理办法》（国办函〔2020〕109号），按量计收，本申请所需信息共150页：第1—30页不收费；第31—100页每页10元，70页计700元；第101—150页每页20元，50页计1,000元。合计1,700元。",
            InformationFee.Compute(FeeMode.PerPage, 150).Explanation);
    }

    [Fact]
    public void One_application_is_explained_by_its_place_and_band()
    {
        Assert.Equal(
            "依据《政府信息公开信息处理费管理办法》（国办函〔2020〕109号），按件计收，本件为申请人本自然月内第35件申请：第35件每件200元，1件计200元。合计200元。",
            InformationFee.ForApplication(35).Explanation);
        Assert.EndsWith("第8件不收费。不收取信息处理费。", InformationFee.ForApplication(8).Explanation);
    }

    [Theory]
    [InlineData(FeeMode.PerPage, 0)]
    [InlineData(FeeMode.PerApplication, -1)]
    [InlineData(FeeMode.PerPage, InformationFee.MaxQuantity + 1)]
    public void Quantities_outside_the_table_are_refused(FeeMode mode, int quantity) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => InformationFee.Compute(mode, quantity));
}
