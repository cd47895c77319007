using Gongkai.Privacy;
using static Gongkai.Tests.Privacy.TestNumbers;

namespace Gongkai.Tests.Privacy;

public class PrivacyScannerTests
{
    private static readonly DateOnly Today = new(2025, 6, 1);

    private static IReadOnlyList<Finding> Scan(string text) => PrivacyScanner.Scan(text, Today);

    private static Finding Only(string text, FindingKind kind)
    {
        var finding = Assert.Single(Scan(text));
        Assert.Equal(kind, finding.Kind);
        return finding;
    }

    private static void NoneOf(string text, FindingKind kind) => Assert.DoesNotContain(Scan(text), f => f.Kind == kind);

    // ---- Edge cases first ----

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("\n\n")]
    [InlineData("关于2025年度最低生活保障资金发放情况的公示")]
    [InlineData("文号：某政发〔2025〕12号，金额 1234567.89 元")]
    [InlineData("统一社会信用代码 91110105MA01234567")]
    [InlineData("电话 010-12345678")]
    public void Ordinary_text_has_no_findings(string text)
    {
        Assert.Empty(Scan(text));
    }

    [Fact]
    public void Null_text_is_refused()
    {
        Assert.Throws<ArgumentNullException>(() => PrivacyScanner.Scan(null!, Today));
    }

    [Fact]
    public void The_check_digit_helper_agrees_with_the_classic_example()
    {
        Assert.Equal("11010519491231002X", Id("11010519491231002"));
    }

    // ---- Resident ID numbers ----

    [Theory]
    [InlineData("11010519491231002X", true)]
    [InlineData("11010519491231002x", true)] // a lower-case x is the same check character
    [InlineData("110105194912310021", false)] // wrong check digit: still an ID number, flagged
    [InlineData("110105194912310020", false)]
    [InlineData("11010519491231002Y", null)] // Y is no check character
    public void A_resident_id_number_is_checked_by_its_check_character(string text, bool? valid)
    {
        if (valid is null)
        {
            NoneOf(text, FindingKind.ResidentId);
            return;
        }
        var finding = Only(text, FindingKind.ResidentId);
        Assert.Equal(text, finding.Text);
        Assert.Equal(0, finding.Start);
        Assert.Equal(18, finding.Length);
        Assert.Equal(valid, finding.Valid);
    }

    [Theory]
    [InlineData("44030419900307123")]
    [InlineData("31010119000101001")] // the first plausible birth date
    [InlineData("31010120000229001")] // a leap day
    [InlineData("31010120250601001")] // born today
    [InlineData("65010219751031441")]
    [InlineData("71000019800101001")] // Taiwan
    [InlineData("81000019800101001")] // Hong Kong
    [InlineData("82000019800101001")] // Macao
    [InlineData("62010219800101001")] // Gansu: starts like a UnionPay card
    public void Computed_valid_resident_id_numbers_are_valid(string first17)
    {
        var id = Id(first17);

        var finding = Only($"身份证号：{id}。", FindingKind.ResidentId);

        Assert.Equal(id, finding.Text);
        Assert.Equal(5, finding.Start);
        Assert.True(finding.Valid);
    }

    [Theory]
    [InlineData("44030419900307123")]
    [InlineData("62010219800101001")] // a wrong Gansu ID number is not reported as a failed UnionPay card
    public void Computed_resident_id_numbers_with_a_wrong_check_are_reported_as_invalid(string first17)
    {
        var finding = Only(IdWithWrongCheck(first17), FindingKind.ResidentId);

        Assert.False(finding.Valid);
    }

    [Theory]
    [InlineData("11010519990230001")] // 30 February
    [InlineData("11010519990231001")]
    [InlineData("11010519000229001")] // 1900 was no leap year
    [InlineData("11010519991301001")] // month 13
    [InlineData("11010519990001001")] // month 0
    [InlineData("11010519990100001")] // day 0
    [InlineData("11010518000101001")] // 1800
    [InlineData("11010518991231001")] // the day before 1900
    [InlineData("11010520250602001")] // tomorrow
    [InlineData("11010520990101001")] // the future
    [InlineData("11010500000000001")]
    public void An_implausible_birth_date_is_no_resident_id_number(string first17)
    {
        NoneOf(Id(first17), FindingKind.ResidentId);
        NoneOf(IdWithWrongCheck(first17), FindingKind.ResidentId);
    }

    [Theory]
    [InlineData("00")]
    [InlineData("10")]
    [InlineData("16")]
    [InlineData("20")]
    [InlineData("24")]
    [InlineData("30")]
    [InlineData("38")]
    [InlineData("40")]
    [InlineData("47")]
    [InlineData("49")]
    [InlineData("55")]
    [InlineData("60")]
    [InlineData("66")]
    [InlineData("70")]
    [InlineData("72")]
    [InlineData("80")]
    [InlineData("83")]
    [InlineData("90")]
    [InlineData("91")]
    [InlineData("99")]
    public void An_unknown_province_is_no_resident_id_number(string province)
    {
        NoneOf(Id($"{province}010519491231002"), FindingKind.ResidentId);
        NoneOf(Id($"{province}000019491231002"), FindingKind.ResidentId);
    }

    [Theory]
    [InlineData("11")]
    [InlineData("15")]
    [InlineData("21")]
    [InlineData("23")]
    [InlineData("31")]
    [InlineData("37")]
    [InlineData("41")]
    [InlineData("46")]
    [InlineData("50")]
    [InlineData("54")]
    [InlineData("61")]
    [InlineData("65")]
    public void Every_province_range_is_known(string province)
    {
        Assert.True(Only(Id($"{province}010519491231002"), FindingKind.ResidentId).Valid);
    }

    [Theory]
    [InlineData("1{0}")]
    [InlineData("{0}1")]
    [InlineData("0{0}0")]
    [InlineData("A{0}")]
    [InlineData("{0}b")]
    [InlineData("x{0}")]
    [InlineData("ID{0}")]
    [InlineData("12345678901234567890{0}")]
    public void An_id_number_touching_other_digits_or_letters_is_not_reported(string template)
    {
        Assert.Empty(Scan(string.Format(template, "11010519491231002X")));
    }

    [Theory]
    [InlineData("1101051949123100")] // 16 characters
    [InlineData("11010519491231002")] // 17
    [InlineData("1101051949123100X")] // X too early
    [InlineData("X11010519491231002")]
    [InlineData("1101051949123100XX")]
    public void Other_lengths_and_shapes_are_no_resident_id_number(string text)
    {
        NoneOf(text, FindingKind.ResidentId);
    }

    [Theory]
    [InlineData("身份证号{0}")]
    [InlineData("{0}，")]
    [InlineData("（{0}）")]
    [InlineData("\t{0}\t")]
    [InlineData("身份证号:{0};")]
    [InlineData("{0}-1")]
    public void An_id_number_beside_chinese_text_or_punctuation_is_reported(string template)
    {
        var text = string.Format(template, "11010519491231002X");

        var finding = Only(text, FindingKind.ResidentId);

        Assert.Equal(text.IndexOf("110105", StringComparison.Ordinal), finding.Start);
    }

    [Theory]
    [InlineData("110105 19491231 002X", true)]
    [InlineData("110105-19491231-002X", true)]
    [InlineData("110105 19491231 0021", false)]
    [InlineData("110105\u300019491231\u3000002X", true)] // ideographic spaces
    public void An_id_number_grouped_6_8_4_is_one_finding(string text, bool valid)
    {
        var finding = Only($"号码 {text} 。", FindingKind.ResidentId);

        Assert.Equal(text, finding.Text);
        Assert.Equal(3, finding.Start);
        Assert.Equal(20, finding.Length);
        Assert.Equal(valid, finding.Valid);
    }

    [Theory]
    [InlineData("110105 19491231-002X")] // two kinds of separator
    [InlineData("110105  19491231  002X")] // double spaces
    [InlineData("1101 0519 4912 3100 2X")] // grouped in fours
    public void Other_groupings_are_no_resident_id_number(string text)
    {
        NoneOf(text, FindingKind.ResidentId);
    }

    [Fact]
    public void A_full_width_id_number_is_found_as_written()
    {
        const string text = "身份证号１１０１０５１９４９１２３１００２Ｘ。";

        var finding = Only(text, FindingKind.ResidentId);

        Assert.Equal("１１０１０５１９４９１２３１００２Ｘ", finding.Text);
        Assert.Equal(4, finding.Start);
        Assert.True(finding.Valid);
    }

    [Fact]
    public void The_birth_date_is_judged_against_the_given_day()
    {
        var id = Id("11010520250602001");

        Assert.Empty(PrivacyScanner.Scan(id, new DateOnly(2025, 6, 1)));
        Assert.Single(PrivacyScanner.Scan(id, new DateOnly(2025, 6, 2)));
    }

    [Fact]
    public void Without_a_day_the_scan_uses_today()
    {
        Assert.Single(PrivacyScanner.Scan("11010519491231002X"));
        Assert.DoesNotContain(PrivacyScanner.Scan(Id("11010521000101001")), f => f.Kind == FindingKind.ResidentId);
    }

    [Fact]
    public void An_id_number_that_also_passes_luhn_is_reported_once_as_an_id_number()
    {
        var id = IdThatPassesLuhn();
        Assert.True(Luhn(id));

        var finding = Only(id, FindingKind.ResidentId);

        Assert.True(finding.Valid);
    }

    // ---- Mobile numbers ----

    [Theory]
    [InlineData("13800138000", "13800138000", 0)]
    [InlineData("19912345678", "19912345678", 0)]
    [InlineData("15000000000", "15000000000", 0)]
    [InlineData("电话：13800138000。", "13800138000", 3)]
    [InlineData("138 0013 8000", "138 0013 8000", 0)]
    [InlineData("138-0013-8000", "138-0013-8000", 0)]
    [InlineData("+86 138 0013 8000", "+86 138 0013 8000", 0)]
    [InlineData("+8613800138000", "+8613800138000", 0)]
    [InlineData("+86-13800138000", "+86-13800138000", 0)]
    [InlineData("008613800138000", "008613800138000", 0)]
    [InlineData("86 13800138000", "86 13800138000", 0)]
    [InlineData("手机(+86)13800138000", "13800138000", 7)]
    [InlineData("１３８００１３８０００", "１３８００１３８０００", 0)]
    [InlineData("联系人李四13800138000", "13800138000", 5)]
    public void A_mobile_number_is_found(string text, string expected, int start)
    {
        var finding = Only(text, FindingKind.Mobile);

        Assert.Equal(expected, finding.Text);
        Assert.Equal(start, finding.Start);
        Assert.Equal(expected.Length, finding.Length);
        Assert.True(finding.Valid);
    }

    [Theory]
    [InlineData("12800138000")] // no mobile number starts 12
    [InlineData("11800138000")]
    [InlineData("10800138000")]
    [InlineData("23800138000")]
    [InlineData("1380013800")] // 10 digits
    [InlineData("138001380001")] // 12 digits
    [InlineData("12345678913800138000")] // inside a 20-digit run
    [InlineData("013800138000")]
    [InlineData("Tel13800138000")]
    [InlineData("13800138000a")]
    [InlineData("138 0013-8000")] // two kinds of separator
    [InlineData("1380 013 8000")]
    [InlineData("138.0013.8000")]
    public void Other_numbers_are_no_mobile_number(string text)
    {
        Assert.Empty(Scan(text));
    }

    [Fact]
    public void Two_mobile_numbers_side_by_side_are_two_findings()
    {
        var findings = Scan("13800138000、13900139000 和 15012345678");

        Assert.Equal(["13800138000", "13900139000", "15012345678"], findings.Select(f => f.Text));
        Assert.Equal([0, 12, 26], findings.Select(f => f.Start));
    }

    // ---- Bank card numbers ----

    [Theory]
    [InlineData("622202123456789012")] // 19 digits with the check digit
    [InlineData("622848001234567")] // 16
    [InlineData("62170012345678901")] // 18
    [InlineData("411111111111111")] // a Visa test number
    [InlineData("52000000000000000")]
    [InlineData("955880000000000000")]
    public void A_luhn_valid_card_number_is_found_and_valid(string withoutCheck)
    {
        var card = Card(withoutCheck);

        var finding = Only($"卡号{card}。", FindingKind.BankCard);

        Assert.Equal(card, finding.Text);
        Assert.Equal(2, finding.Start);
        Assert.True(finding.Valid);
    }

    [Theory]
    [InlineData("622202123456789012")]
    [InlineData("622848001234567")]
    [InlineData("620000000000000")]
    public void A_unionpay_number_failing_luhn_is_reported_as_invalid(string withoutCheck)
    {
        var finding = Only(CardFailingLuhn(withoutCheck), FindingKind.BankCard);

        Assert.False(finding.Valid);
    }

    [Theory]
    [InlineData("411111111111111")]
    [InlineData("955880000000000000")]
    [InlineData("123456789012345")]
    public void Another_number_failing_luhn_is_not_reported(string withoutCheck)
    {
        Assert.Empty(Scan(CardFailingLuhn(withoutCheck)));
    }

    [Theory]
    [InlineData("62220212345678")] // 15 digits
    [InlineData("6222021234567890123")] // 20 digits
    [InlineData("41111111111111")]
    public void Runs_shorter_than_16_or_longer_than_19_digits_are_no_card_number(string withoutCheck)
    {
        Assert.Empty(Scan(Card(withoutCheck)));
    }

    [Theory]
    [InlineData("1{0}")]
    [InlineData("{0}9")]
    [InlineData("No{0}")]
    [InlineData("{0}x")]
    public void A_card_number_touching_other_digits_or_letters_is_not_reported(string template)
    {
        Assert.Empty(Scan(string.Format(template, Card("622202123456789012"))));
    }

    [Theory]
    [InlineData(" ", 4, 4, 4, 4, 3)]
    [InlineData("-", 4, 4, 4, 4, 3)]
    [InlineData(" ", 4, 4, 4, 4)]
    [InlineData(" ", 4, 4, 4, 4, 1)]
    public void A_card_number_grouped_in_fours_is_one_finding(string separator, params int[] sizes)
    {
        var card = Card("622202123456789012"[..(sizes.Sum() - 1)]);
        var grouped = Group(card, separator, sizes);

        var finding = Only($"开户行账号：{grouped}", FindingKind.BankCard);

        Assert.Equal(grouped, finding.Text);
        Assert.Equal(6, finding.Start);
        Assert.True(finding.Valid);
    }

    [Fact]
    public void A_longer_grouped_run_is_no_card_number()
    {
        var card = Card("622202123456789");

        Assert.Empty(Scan("1234 " + Group(card, " ", 4, 4, 4, 4)));
        Assert.Empty(Scan(Group(card, " ", 4, 4, 4, 4) + " 1234"));
    }

    [Fact]
    public void A_card_number_and_a_mobile_number_a_space_apart_are_two_findings()
    {
        var card = Card("622202123456789012");

        var findings = Scan($"{card} 13800138000");

        Assert.Equal([FindingKind.BankCard, FindingKind.Mobile], findings.Select(f => f.Kind));
        Assert.Equal([0, 20], findings.Select(f => f.Start));
    }

    // ---- E-mail addresses ----

    [Theory]
    [InlineData("zhang.san@example.com", "zhang.san@example.com", 0)]
    [InlineData("联系邮箱：li_si+news@mail.gov.cn。", "li_si+news@mail.gov.cn", 5)]
    [InlineData("请发送至 wang-wu@sub.example.org.cn.", "wang-wu@sub.example.org.cn", 5)]
    [InlineData("(a@b.io)", "a@b.io", 1)]
    [InlineData("Zhao@Example.COM", "Zhao@Example.COM", 0)]
    [InlineData("邮箱ｚｈａｏ＠ｅｘａｍｐｌｅ．ｃｏｍ", "ｚｈａｏ＠ｅｘａｍｐｌｅ．ｃｏｍ", 2)]
    public void An_email_address_is_found(string text, string expected, int start)
    {
        var finding = Only(text, FindingKind.Email);

        Assert.Equal(expected, finding.Text);
        Assert.Equal(start, finding.Start);
        Assert.True(finding.Valid);
    }

    [Theory]
    [InlineData("@example.com")]
    [InlineData("zhang@")]
    [InlineData("zhang@example")]
    [InlineData("zhang@example.c")]
    [InlineData("zhang@-example.com")]
    [InlineData("zhang@@example.com")]
    [InlineData("张三@example.com")]
    [InlineData("zhang at example.com")]
    public void Other_text_with_at_signs_is_no_email_address(string text)
    {
        NoneOf(text, FindingKind.Email);
    }

    [Fact]
    public void A_mobile_number_as_a_mail_name_is_one_email_address()
    {
        var finding = Only("13800138000@qq.com", FindingKind.Email);

        Assert.Equal("13800138000@qq.com", finding.Text);
    }

    // ---- Mixed text, positions and context ----

    [Fact]
    public void Findings_in_chinese_text_have_utf16_positions()
    {
        const string text = "张某某，身份证号11010519491231002X，电话13800138000。";

        var findings = Scan(text);

        Assert.Collection(
            findings,
            f =>
            {
                Assert.Equal(FindingKind.ResidentId, f.Kind);
                Assert.Equal(8, f.Start);
                Assert.Equal("11010519491231002X", text.Substring(f.Start, f.Length));
            },
            f =>
            {
                Assert.Equal(FindingKind.Mobile, f.Kind);
                Assert.Equal(29, f.Start);
                Assert.Equal("13800138000", text.Substring(f.Start, f.Length));
            });
    }

    [Fact]
    public void Characters_outside_the_basic_plane_count_as_two()
    {
        var finding = Only("𠀀𠀁13800138000", FindingKind.Mobile);

        Assert.Equal(4, finding.Start);
    }

    [Fact]
    public void A_subsidy_list_gives_every_finding_in_order_without_overlaps()
    {
        var card = Card("622202123456789012");
        var text = string.Join('\n',
            "序号\t姓名\t身份证号\t电话\t卡号\t邮箱",
            $"1\t张三\t11010519491231002X\t13800138000\t{card}\tzhang@example.com",
            $"2\t李四\t{Id("44030419900307123")}\t+86 139 0013 9000\t{Group(card, " ", 4, 4, 4, 4, 3)}\tli.si@example.org",
            $"3\t王五\t110105194912310021\t15012345678\t无\t无");

        var findings = Scan(text);

        Assert.Equal(
            [
                FindingKind.ResidentId, FindingKind.Mobile, FindingKind.BankCard, FindingKind.Email,
                FindingKind.ResidentId, FindingKind.Mobile, FindingKind.BankCard, FindingKind.Email,
                FindingKind.ResidentId, FindingKind.Mobile,
            ],
            findings.Select(f => f.Kind));
        Assert.Equal(findings.OrderBy(f => f.Start).Select(f => f.Start), findings.Select(f => f.Start));
        Assert.All(findings.Zip(findings.Skip(1)), pair => Assert.True(pair.First.End <= pair.Second.Start));
        Assert.All(findings, f => Assert.Equal(f.Text, text.Substring(f.Start, f.Length)));
        Assert.Equal([true, true, true, true, true, true, true, true, false, true], findings.Select(f => f.Valid));
    }

    [Fact]
    public void The_context_has_up_to_15_characters_either_side()
    {
        var text = new string('前', 20) + "13800138000" + new string('后', 20);

        var finding = Only(text, FindingKind.Mobile);

        Assert.Equal(new string('前', 15) + "13800138000" + new string('后', 15), finding.Context);
    }

    [Fact]
    public void The_context_is_shorter_at_the_edges_of_the_text()
    {
        Assert.Equal("电话13800138000。", Only("电话13800138000。", FindingKind.Mobile).Context);
    }

    [Fact]
    public void The_context_stays_on_the_line_of_the_finding()
    {
        var finding = Only("第一行\r\n电话13800138000\n第三行", FindingKind.Mobile);

        Assert.Equal("电话13800138000", finding.Context);
    }

    [Fact]
    public void Tabs_in_the_context_become_spaces()
    {
        var finding = Only("李四\t13800138000\t一组", FindingKind.Mobile);

        Assert.Equal("李四 13800138000 一组", finding.Context);
    }

    [Fact]
    public void The_context_does_not_cut_a_character_in_half()
    {
        var text = "𠀀" + new string('字', 14) + "13800138000" + new string('字', 14) + "𠀁";

        var finding = Only(text, FindingKind.Mobile);

        Assert.Equal(new string('字', 14) + "13800138000" + new string('字', 14), finding.Context);
    }

    [Theory]
    [InlineData(FindingKind.ResidentId, "resident_id", "身份证号")]
    [InlineData(FindingKind.Mobile, "mobile", "手机号")]
    [InlineData(FindingKind.BankCard, "bank_card", "银行卡号")]
    [InlineData(FindingKind.Email, "email", "电子邮箱")]
    public void Each_kind_has_a_code_and_a_name(FindingKind kind, string code, string name)
    {
        var finding = new Finding(kind, "x", 0, 1, true, "x");

        Assert.Equal(code, finding.KindCode);
        Assert.Equal(name, finding.KindName);
    }
}
