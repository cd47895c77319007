using Gongkai.Privacy;
using static Gongkai.Tests.Privacy.TestNumbers;

namespace Gongkai.Tests.Privacy;

public class MaskingTests
{
    private static readonly DateOnly Today = new(2025, 6, 1);

    private static IReadOnlyList<Finding> Scan(string text) => PrivacyScanner.Scan(text, Today);

    private static string MaskOf(string text) => Masking.Mask(Assert.Single(Scan(text)));

    // ---- Edge cases first ----

    [Fact]
    public void Masking_nothing_leaves_the_text_as_it_is()
    {
        Assert.Equal("没有个人信息。", Masking.MaskAll("没有个人信息。", []));
        Assert.Equal("", Masking.MaskAll("", []));
    }

    [Fact]
    public void A_finding_that_is_no_longer_in_the_text_is_refused()
    {
        var finding = Assert.Single(Scan("电话13800138000"));

        Assert.Throws<ArgumentException>(() => Masking.MaskOne("电话：13800138000", finding)); // moved by one
        Assert.Throws<ArgumentException>(() => Masking.MaskOne("电话13900139000", finding)); // changed
        Assert.Throws<ArgumentException>(() => Masking.MaskOne("电话138", finding)); // too short
    }

    [Fact]
    public void A_finding_whose_length_disagrees_with_its_text_is_refused()
    {
        var finding = new Finding(FindingKind.Mobile, "13800138000", 0, 10, true, "");

        Assert.Throws<ArgumentException>(() => Masking.MaskOne("13800138000", finding));
    }

    [Fact]
    public void Overlapping_findings_are_refused()
    {
        const string text = "13800138000";
        var whole = new Finding(FindingKind.Mobile, text, 0, 11, true, text);
        var part = new Finding(FindingKind.Mobile, "0013800", 3, 7, true, text);

        Assert.Throws<ArgumentException>(() => Masking.MaskAll(text, [whole, part]));
    }

    // ---- The standard masks ----

    [Theory]
    [InlineData("11010519491231002X", "110105********002X")]
    [InlineData("11010519491231002x", "110105********002x")]
    [InlineData("110105194912310021", "110105********0021")] // invalid ones are masked alike
    [InlineData("110105 19491231 002X", "110105********002X")]
    [InlineData("110105-19491231-002X", "110105********002X")]
    [InlineData("１１０１０５１９４９１２３１００２Ｘ", "１１０１０５********００２Ｘ")]
    public void A_resident_id_number_keeps_its_first_six_and_last_four(string text, string mask)
    {
        Assert.Equal(mask, MaskOf(text));
    }

    [Theory]
    [InlineData("13800138000", "138****8000")]
    [InlineData("15012345678", "150****5678")]
    [InlineData("138 0013 8000", "138 **** 8000")]
    [InlineData("138-0013-8000", "138-****-8000")]
    [InlineData("+86 138 0013 8000", "+86 138 **** 8000")]
    [InlineData("+8613800138000", "+86138****8000")]
    [InlineData("008613800138000", "0086138****8000")]
    [InlineData("１３８００１３８０００", "１３８****８０００")]
    public void A_mobile_number_keeps_its_first_three_and_last_four(string text, string mask)
    {
        Assert.Equal(mask, MaskOf(text));
    }

    [Theory]
    [InlineData("622202123456789012", 19)]
    [InlineData("411111111111111", 16)]
    [InlineData("62170012345678901", 18)]
    public void A_card_number_keeps_its_first_four_and_last_four(string withoutCheck, int length)
    {
        var card = Card(withoutCheck);

        Assert.Equal(card[..4] + new string('*', length - 8) + card[^4..], MaskOf(card));
    }

    [Fact]
    public void A_grouped_card_number_is_masked_without_its_separators()
    {
        var card = Card("622202123456789012");

        Assert.Equal(card[..4] + "***********" + card[^4..], MaskOf(Group(card, " ", 4, 4, 4, 4, 3)));
    }

    [Fact]
    public void A_unionpay_number_failing_luhn_is_masked_too()
    {
        var card = CardFailingLuhn("622202123456789012");

        Assert.Equal(card[..4] + "***********" + card[^4..], MaskOf(card));
    }

    [Theory]
    [InlineData("zhang@example.com", "z***@example.com")]
    [InlineData("a@b.io", "a***@b.io")]
    [InlineData("li.si+news@mail.gov.cn", "l***@mail.gov.cn")]
    [InlineData("13800138000@qq.com", "1***@qq.com")]
    [InlineData("ｚｈａｏ＠ｅｘａｍｐｌｅ．ｃｏｍ", "ｚ***＠ｅｘａｍｐｌｅ．ｃｏｍ")]
    public void An_email_address_keeps_its_first_character_and_domain(string text, string mask)
    {
        Assert.Equal(mask, MaskOf(text));
    }

    // ---- Masking texts ----

    [Fact]
    public void MaskAll_masks_every_finding_in_place()
    {
        const string text = "张某某，身份证号11010519491231002X，电话13800138000。";

        var masked = Masking.MaskAll(text, Scan(text));

        Assert.Equal("张某某，身份证号110105********002X，电话138****8000。", masked);
    }

    [Fact]
    public void MaskOne_masks_that_finding_only()
    {
        const string text = "张某某，身份证号11010519491231002X，电话13800138000。";
        var findings = Scan(text);

        Assert.Equal("张某某，身份证号11010519491231002X，电话138****8000。", Masking.MaskOne(text, findings[1]));
        Assert.Equal("张某某，身份证号110105********002X，电话13800138000。", Masking.MaskOne(text, findings[0]));
    }

    [Fact]
    public void MaskAll_takes_the_findings_in_any_order()
    {
        var card = Card("622202123456789012");
        var text = $"卡号 {Group(card, " ", 4, 4, 4, 4, 3)}；邮箱 zhang@example.com；电话 +86 138 0013 8000";
        var findings = Scan(text);

        var masked = Masking.MaskAll(text, findings.Reverse());

        Assert.Equal($"卡号 {card[..4]}***********{card[^4..]}；邮箱 z***@example.com；电话 +86 138 **** 8000", masked);
    }

    public static TheoryData<string> Texts => new()
    {
        "张某某，身份证号11010519491231002X，电话13800138000。",
        $"1\t张三\t{Id("44030419900307123")}\t138 0013 8000\t{Card("622202123456789012")}\tzhang@example.com",
        $"2\t李四\t110105 19491231 0021\t+8613900139000\t{Group(Card("622848001234567"), "-", 4, 4, 4, 4)}\tli.si@example.org",
        $"3\t王五\t{IdThatPassesLuhn()}\t008615012345678\t{CardFailingLuhn("622202123456789012")}\t13800138000@qq.com",
        "全角：１１０１０５１９４９１２３１００２Ｘ，１３８００１３８０００，ｚｈａｏ＠ｅｘａｍｐｌｅ．ｃｏｍ",
        $"{Card("411111111111111")} 13800138000 {Card("955880000000000000")}",
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void A_masked_text_scanned_again_has_no_findings(string text)
    {
        var findings = Scan(text);
        Assert.NotEmpty(findings);

        var masked = Masking.MaskAll(text, findings);

        Assert.Empty(Scan(masked));
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void Masking_findings_one_at_a_time_from_the_end_gives_the_same_text(string text)
    {
        var findings = Scan(text);

        var masked = findings.Reverse().Aggregate(text, Masking.MaskOne);

        Assert.Equal(Masking.MaskAll(text, findings), masked);
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void Masking_one_finding_leaves_the_others_where_they_were_found_from_its_end(string text)
    {
        var findings = Scan(text);
        var last = findings[^1];

        var masked = Masking.MaskOne(text, last);
        var again = Scan(masked);

        Assert.Equal(findings.Count - 1, again.Count);
        Assert.Equal(findings.SkipLast(1).Select(f => (f.Kind, f.Start, f.Text)), again.Select(f => (f.Kind, f.Start, f.Text)));
    }
}
