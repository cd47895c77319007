using Gongkai.Items;

namespace Gongkai.Tests.Items;

public class ItemMetadataTests
{
    private static readonly ItemMetadata Valid = TestItems.Metadata();
    private static readonly DateOnly Day = new(2025, 6, 1);

    /// <summary>Each case breaks exactly one rule; the key names it.</summary>
    private static readonly Dictionary<string, (ItemMetadata Metadata, string Problem)> Broken = new()
    {
        ["empty title"] = (Valid with { Title = "" }, "请填写标题。"),
        ["blank title"] = (Valid with { Title = " \u3000 " }, "请填写标题。"),
        ["empty issuing body"] = (Valid with { IssuingBody = "" }, "请填写发布机构。"),
        ["blank issuing body"] = (Valid with { IssuingBody = "  " }, "请填写发布机构。"),
        ["withheld without ground"] = (Valid with { Attribute = DisclosureAttribute.Withheld, NextReviewOn = Day },
            "不予公开的信息必须写明依据。"),
        ["withheld without next review"] = (Valid with { Attribute = DisclosureAttribute.Withheld, WithholdingGround = WithholdingGround.StateSecret },
            "不予公开的信息必须设定下次复核日期（条例第十八条）。"),
        ["proactive with ground"] = (Valid with { WithholdingGround = WithholdingGround.ProcessInformation },
            "只有不予公开的信息才填写不予公开依据。"),
        ["on application with ground"] = (Valid with { Attribute = DisclosureAttribute.OnApplication, WithholdingGround = WithholdingGround.InternalAffairs },
            "只有不予公开的信息才填写不予公开依据。"),
        ["specific group without name"] = (Valid with { Audience = Audience.SpecificGroup },
            "面向特定群体公开时，请写明是哪个群体。"),
        ["specific group with blank name"] = (Valid with { Audience = Audience.SpecificGroup, AudienceGroup = " " },
            "面向特定群体公开时，请写明是哪个群体。"),
        ["periodic without period"] = (Valid with { Timeliness = Timeliness.Periodic },
            "定期公开的信息必须选择公开周期。"),
        ["expired without date"] = (Valid with { Validity = Validity.Expired },
            "失效或废止的信息必须填写失效（废止）日期。"),
        ["repealed without date"] = (Valid with { Validity = Validity.Repealed, ValidFrom = Day },
            "失效或废止的信息必须填写失效（废止）日期。"),
        ["valid until before valid from"] = (Valid with { ValidFrom = Day, ValidUntil = Day.AddDays(-1) },
            "失效日期不能早于生效日期。"),
        ["expired before it took effect"] = (Valid with { Validity = Validity.Expired, ValidFrom = Day, ValidUntil = Day.AddYears(-1) },
            "失效日期不能早于生效日期。"),
        ["document number of 65 characters"] = (Valid with { DocumentNumber = new string('文', DocumentNumber.MaxLength + 1) },
            "文号过长。"),
    };

    public static TheoryData<string> BrokenCases => [.. Broken.Keys];

    [Theory]
    [MemberData(nameof(BrokenCases))]
    public void Each_broken_rule_gives_exactly_its_chinese_message(string brokenRule)
    {
        var (metadata, problem) = Broken[brokenRule];

        Assert.Equal([problem], metadata.Problems());
    }

    private static readonly Dictionary<string, ItemMetadata> Acceptable = new()
    {
        ["the defaults"] = Valid,
        ["minimal"] = new ItemMetadata { Title = "标题", IssuingBody = "某局", CreatedOn = Day },
        ["withheld with ground and next review"] = Valid with
        {
            Attribute = DisclosureAttribute.Withheld,
            WithholdingGround = WithholdingGround.ThirdPartyRights,
            NextReviewOn = Day,
        },
        ["on application without ground"] = Valid with { Attribute = DisclosureAttribute.OnApplication },
        ["specific group with name"] = Valid with { Audience = Audience.SpecificGroup, AudienceGroup = "本校教职工" },
        ["group name for everyone is ignored"] = Valid with { AudienceGroup = "本校教职工" },
        ["periodic with period"] = Valid with { Timeliness = Timeliness.Periodic, Period = Period.Quarterly },
        ["period without periodic timeliness"] = Valid with { Timeliness = Timeliness.Standing, Period = Period.Monthly },
        ["expired with date"] = Valid with { Validity = Validity.Expired, ValidUntil = Day },
        ["repealed with dates"] = Valid with { Validity = Validity.Repealed, ValidFrom = Day, ValidUntil = Day.AddYears(2) },
        ["valid until on the day it takes effect"] = Valid with { ValidFrom = Day, ValidUntil = Day },
        ["valid until without valid from"] = Valid with { ValidUntil = Day },
        ["no document number"] = Valid with { DocumentNumber = null },
        ["document number of exactly 64 characters"] = Valid with { DocumentNumber = new string('文', DocumentNumber.MaxLength) },
        ["no body text"] = Valid with { BodyHtml = "" },
    };

    public static TheoryData<string> AcceptableCases => [.. Acceptable.Keys];

    [Theory]
    [MemberData(nameof(AcceptableCases))]
    public void Acceptable_metadata_has_no_problems(string acceptable)
    {
        Assert.Empty(Acceptable[acceptable].Problems());
    }

    [Fact]
    public void Withheld_without_ground_or_review_date_reports_both()
    {
        var metadata = Valid with { Attribute = DisclosureAttribute.Withheld };

        Assert.Equal(["不予公开的信息必须写明依据。", "不予公开的信息必须设定下次复核日期（条例第十八条）。"], metadata.Problems());
    }

    [Fact]
    public void Several_problems_are_reported_in_rule_order()
    {
        var metadata = Valid with
        {
            Title = "",
            IssuingBody = "",
            Audience = Audience.SpecificGroup,
            Timeliness = Timeliness.Periodic,
            Validity = Validity.Expired,
            DocumentNumber = new string('号', 100),
        };

        Assert.Equal(
            ["请填写标题。", "请填写发布机构。", "面向特定群体公开时，请写明是哪个群体。", "定期公开的信息必须选择公开周期。",
             "失效或废止的信息必须填写失效（废止）日期。", "文号过长。"],
            metadata.Problems());
    }

    [Theory]
    [InlineData(WithholdingGround.StateSecret)]
    [InlineData(WithholdingGround.ProhibitedByLaw)]
    [InlineData(WithholdingGround.EndangersSecurityOrStability)]
    [InlineData(WithholdingGround.ThirdPartyRights)]
    [InlineData(WithholdingGround.InternalAffairs)]
    [InlineData(WithholdingGround.ProcessInformation)]
    [InlineData(WithholdingGround.EnforcementCaseFile)]
    public void Every_ground_justifies_withholding(WithholdingGround ground)
    {
        var metadata = Valid with { Attribute = DisclosureAttribute.Withheld, WithholdingGround = ground, NextReviewOn = Day };

        Assert.Empty(metadata.Problems());
    }

    [Theory]
    [InlineData(Period.Weekly)]
    [InlineData(Period.Monthly)]
    [InlineData(Period.Quarterly)]
    [InlineData(Period.Yearly)]
    [InlineData(Period.SchoolTerm)]
    public void Every_period_satisfies_periodic_timeliness(Period period)
    {
        Assert.Empty((Valid with { Timeliness = Timeliness.Periodic, Period = period }).Problems());
    }
}
