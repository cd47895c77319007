using Gongkai.Search;

namespace Gongkai.Tests.Search.Unit;

/// <summary>Folding: Traditional to Simplified, full-width to ASCII, lower case; one UTF-16 unit for one.</summary>
public class ChineseFoldingTests
{
    [Theory]
    [InlineData("政務公開", "政务公开")]
    [InlineData("關於", "关于")]
    [InlineData("發展規劃", "发展规划")]
    [InlineData("頭髮", "头发")]
    [InlineData("乾燥", "干燥")]
    [InlineData("乾淨", "干净")]
    [InlineData("旅遊", "旅游")]
    [InlineData("公佈", "公布")]
    [InlineData("週一", "周一")]
    [InlineData("佔地", "占地")]
    [InlineData("僱員", "雇员")]
    [InlineData("爲人民服務", "为人民服务")]
    [InlineData("説明", "说明")]
    [InlineData("臺灣", "台湾")]
    [InlineData("殘疾人聯合會", "残疾人联合会")]
    [InlineData("鄉鎮政務公開工作總結", "乡镇政务公开工作总结")]
    [InlineData("領導重視、確保政務公開落到實處", "领导重视、确保政务公开落到实处")]
    [InlineData("監督殘聯依法行政", "监督残联依法行政")]
    [InlineData("審計理財", "审计理财")]
    [InlineData("國辦發〔2017〕47號", "国办发〔2017〕47号")]
    [InlineData("鄭州", "郑州")]
    [InlineData("學費", "学费")]
    public void Traditional_becomes_simplified(string traditional, string simplified) =>
        Assert.Equal(simplified, ChineseFolding.Fold(traditional));

    [Theory]
    [InlineData("政务公开")]
    [InlineData("关于做好残疾人证办理工作的通知")]
    [InlineData("低保")]
    [InlineData("清河镇二〇二五年")]
    [InlineData("头发")]
    [InlineData("台湾")]
    public void Simplified_text_is_left_as_it_is(string simplified) =>
        Assert.Equal(simplified, ChineseFolding.Fold(simplified));

    [Theory]
    [InlineData("ＡＢＣ１２３", "abc123")]
    [InlineData("ａｂｃ", "abc")]
    [InlineData("ＸＹＺ", "xyz")]
    [InlineData("ABC xyz", "abc xyz")]
    [InlineData("［２０２５］", "[2025]")]
    [InlineData("（１）", "(1)")]
    [InlineData("政务\u3000公开", "政务 公开")]
    [InlineData("＂引号＂", "\"引号\"")]
    [InlineData("，；：？！", ",;:?!")]
    public void Full_width_letters_and_digits_become_ascii_in_lower_case(string input, string expected) =>
        Assert.Equal(expected, ChineseFolding.Fold(input));

    [Theory]
    [InlineData("〔〕【】「」《》〖〗、。…—·“”‘’")]
    [InlineData("Ünïcödé ñ ß")]
    [InlineData("ひらがな カタカナ 한국어")]
    [InlineData("①②③ Ⅰ类 ⅱ")]
    [InlineData("😀 🇨🇳")]
    [InlineData("\t\n\r")]
    public void Other_characters_are_untouched(string input) => Assert.Equal(input, ChineseFolding.Fold(input));

    [Fact]
    public void A_character_outside_the_basic_plane_passes_through_whole()
    {
        // 𠀀 (U+20000) and 𪚥 (U+2A6A5) are Ext-B, written as surrogate pairs.
        var text = "清河𠀀鎮𪚥";
        var folded = ChineseFolding.Fold(text);
        Assert.Equal("清河𠀀镇𪚥", folded);
        Assert.Equal(text.Length, folded.Length);
        Assert.True(char.IsSurrogatePair(folded, 2));
    }

    [Fact]
    public void Null_and_empty_fold_to_empty()
    {
        Assert.Equal("", ChineseFolding.Fold((string)null!));
        Assert.Equal("", ChineseFolding.Fold(""));
    }

    [Fact]
    public void Folding_keeps_the_length_and_every_position()
    {
        var random = new Random(20251128);
        for (var n = 0; n < 500; n++)
        {
            var chars = new char[random.Next(0, 60)];
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = (char)random.Next(0, char.MaxValue + 1);
            }
            var text = new string(chars);
            var folded = ChineseFolding.Fold(text);
            Assert.Equal(text.Length, folded.Length);
            for (var i = 0; i < text.Length; i++)
            {
                Assert.Equal(ChineseFolding.Fold(text[i]), folded[i]);
            }
        }
    }

    [Fact]
    public void Folding_twice_changes_nothing_more()
    {
        for (var c = 0; c <= char.MaxValue; c++)
        {
            var once = ChineseFolding.Fold((char)c);
            Assert.True(once == ChineseFolding.Fold(once), $"U+{c:X4} folds to U+{(int)once:X4}, which folds again");
        }
    }

    [Fact]
    public void A_chain_of_variants_folds_to_its_end()
    {
        // Unihan lists 薴 → 苧 and 苧 → 苎: all three must meet, or a document and a query written differently miss each other.
        Assert.Equal("苎", ChineseFolding.Fold("薴"));
        Assert.Equal("苎", ChineseFolding.Fold("苧"));
        Assert.Equal("苎", ChineseFolding.Fold("苎"));
    }

    [Fact]
    public void Surrogates_and_ascii_outside_letters_are_never_changed()
    {
        for (var c = 0xD800; c <= 0xDFFF; c++)
        {
            Assert.Equal((char)c, ChineseFolding.Fold((char)c));
        }
        for (var c = 0; c < 128; c++)
        {
            var expected = c is >= 'A' and <= 'Z' ? (char)(c + 32) : (char)c;
            Assert.Equal(expected, ChineseFolding.Fold((char)c));
        }
    }

    [Fact]
    public void A_long_traditional_paragraph_folds_to_its_simplified_form()
    {
        const string traditional = "實行政務公開，是讓人民群眾了解殘疾人工作，監督殘聯依法行政的有效途經。為了使政務公開工作不流于形式，不走過場，我會著眼于建立政務公開長效機制和監督機制。";
        const string simplified = "实行政务公开,是让人民群众了解残疾人工作,监督残联依法行政的有效途经。为了使政务公开工作不流于形式,不走过场,我会着眼于建立政务公开长效机制和监督机制。";
        Assert.Equal(simplified, ChineseFolding.Fold(traditional));
    }
}
