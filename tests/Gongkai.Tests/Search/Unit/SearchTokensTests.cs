using Gongkai.Search;

namespace Gongkai.Tests.Search.Unit;

/// <summary>Segmentation: Han runs into overlapping bigrams and a tail, words and numbers whole, and queries found as phrases.</summary>
public class SearchTokensTests
{
    /// <summary>Real sentences from the seed document (Traditional) and the demo (Simplified), with 文号 in many bracket styles.</summary>
    public static readonly string[] Sentences =
    [
        "实行政务公开，是让人民群众了解残疾人工作，监督残联依法行政的有效途经。",
        "實行政務公開，是讓人民群眾了解殘疾人工作，監督殘聯依法行政的有效途經。",
        "我會著眼于建立政務公開長效機制和監督機制，使政務公開成為一種自覺的意識和行為。",
        "重點公開部門機構的設置；職能職責和法定權限；殘疾人的法律、法規及規範性文件。",
        "⑨社會保障情況。民政部門的優撫對象和標準、各種困難補助均張榜公布，防止不合理現象的發生。",
        "比如去年我鎮的通達工程，共計5條路，施工里程31公里，均進行了公開招投標。",
        "每个代表联系5-10户选民，征求人民群众对政府工作的建议和意见。",
        "关于2025年城乡低保标准和特困人员供养标准的公告",
        "2025年城市低保每人每月760元、农村低保620元。",
        "清河镇2025年3月城乡低保对象审核结果公示",
        "根据国办发〔2017〕47号文件精神，制定本办法。",
        "示县政发[2023]6号",
        "清政【2024】21号",
        "清政(2024)27号",
        "清政发 (2025) 8号",
        "示残联发〔2025〕2号同时废止。",
        "市残联发〔2025〕3号",
        "清河镇二〇二五年政务公开工作总结",
        "推进残疾人证办理“一网通办”和政务公开标准化。",
        "电话：0000-22340005，邮箱 office@qinghe.gov.cn",
        "第3号：ABC政务公开2025版",
        "清河𠀀镇的𪚥字",
    ];

    [Fact]
    public void A_han_run_becomes_overlapping_bigrams_and_its_last_character() =>
        Assert.Equal(["政务", "务公", "公开", "开"], SearchTokens.OfDocument("政务公开"));

    [Theory]
    [InlineData("政", new[] { "政" })]
    [InlineData("低保", new[] { "低保", "保" })]
    [InlineData("，政，", new[] { "政" })]
    public void Short_runs(string text, string[] expected) => Assert.Equal(expected, SearchTokens.OfDocument(text));

    [Fact]
    public void A_document_number_splits_into_han_digit_and_han_runs() =>
        Assert.Equal(["国办", "办发", "发", "2017", "47", "号"], SearchTokens.OfDocument("国办发〔2017〕47号"));

    [Fact]
    public void Every_bracket_style_gives_the_same_tokens()
    {
        var expected = SearchTokens.OfDocument("国办发〔2017〕47号");
        foreach (var number in new[] { "国办发[2017]47号", "国办发【2017】47号", "国办发(2017)47号", "国办发（2017）47号", "国办发［２０１７］４７号",
            "国办发〖2017〗47号", "国办发 2017 47号", "國辦發〔2017〕47號", "国办发{2017}47号", "国办发<2017>47号", "国办发《2017》47号" })
        {
            Assert.Equal(expected, SearchTokens.OfDocument(number));
        }
    }

    [Fact]
    public void Latin_words_are_lower_cased_whole()
    {
        Assert.Equal(["pdf", "ocr", "文件", "件"], SearchTokens.OfDocument("PDF OCR文件"));
        Assert.Equal(["office", "qinghe", "gov", "cn"], SearchTokens.OfDocument("Office@QingHe.GOV.cn"));
        Assert.Equal(["abc123"], SearchTokens.OfDocument("ＡＢＣ１２３"));
    }

    [Fact]
    public void Punctuation_and_spaces_only_separate()
    {
        Assert.Equal(SearchTokens.OfDocument("政务 公开"), SearchTokens.OfDocument("政务，公开"));
        Assert.Equal(["政务", "务", "公开", "开"], SearchTokens.OfDocument("“政务”、（公开）……"));
        Assert.Empty(SearchTokens.OfDocument("，。；：“”‘’（）【】〔〕《》——……！？ \t\n"));
        Assert.Empty(SearchTokens.OfDocument(""));
        Assert.Empty(SearchTokens.OfDocument(null));
    }

    [Fact]
    public void Ling_and_extension_b_characters_are_han()
    {
        Assert.Equal(["二〇", "〇二", "二五", "五年", "年"], SearchTokens.OfDocument("二〇二五年"));
        Assert.Equal(["清河", "河𠀀", "𠀀镇", "镇"], SearchTokens.OfDocument("清河𠀀鎮"));
    }

    [Fact]
    public void Traditional_and_simplified_writings_give_the_same_tokens()
    {
        (string Traditional, string Simplified)[] pairs =
        [
            ("政務公開", "政务公开"),
            ("清河鎮二〇二五年政務公開工作總結", "清河镇二〇二五年政务公开工作总结"),
            ("實行政務公開，是讓人民群眾了解殘疾人工作，監督殘聯依法行政的有效途經。", "实行政务公开，是让人民群众了解残疾人工作，监督残联依法行政的有效途经。"),
            ("民政部門的優撫對象和標準、各種困難補助均張榜公布", "民政部门的优抚对象和标准、各种困难补助均张榜公布"),
            ("國辦發〔2017〕47號", "国办发[2017]47号"),
            ("依法公佈旅遊景區週末客流", "依法公布旅游景区周末客流"),
        ];
        foreach (var (traditional, simplified) in pairs)
        {
            Assert.Equal(SearchTokens.OfDocument(simplified), SearchTokens.OfDocument(traditional));
        }
    }

    [Fact]
    public void Text_beyond_the_indexed_length_is_left_out()
    {
        var text = new string('政', SearchTokens.MaxIndexedChars) + "务公开";
        var tokens = SearchTokens.OfDocument(text, maxTokens: int.MaxValue);
        Assert.Equal(SearchTokens.MaxIndexedChars, tokens.Count);
        Assert.DoesNotContain("务公", tokens);
    }

    [Theory]
    [InlineData(SearchTokens.MaxTextTokens)]
    [InlineData(SearchTokens.MaxTitleTokens)]
    public void Tokens_beyond_what_both_providers_can_place_are_left_out(int limit)
    {
        var text = string.Concat(Enumerable.Repeat("政务。", limit / 2)) + "公开";
        var tokens = SearchTokens.OfDocument(text, limit);
        Assert.Equal(limit, tokens.Count);
        Assert.DoesNotContain("公开", tokens);
        Assert.Equal(SearchTokens.MaxTextTokens, SearchTokens.OfDocument(new string('政', 20_000) + "务公开").Count);
    }

    [Fact]
    public void Cutting_at_the_indexed_length_inside_a_surrogate_pair_is_harmless()
    {
        var text = new string('政', SearchTokens.MaxIndexedChars - 1) + "𠀀务";
        var tokens = SearchTokens.OfDocument(text, maxTokens: int.MaxValue);
        var strict = new System.Text.UTF8Encoding(false, throwOnInvalidBytes: true);
        Assert.All(tokens, t => strict.GetBytes(t)); // throws on a lone surrogate
        Assert.Equal(SearchTokens.MaxIndexedChars - 1, tokens.Count);
        Assert.DoesNotContain(tokens, t => t.Contains('务'));
    }

    [Fact]
    public void Very_long_words_are_cut_alike_in_documents_and_queries()
    {
        var word = new string('x', 300);
        Assert.True(SearchTokens.OfDocument(word).Single().Length <= 40);
        Assert.True(TokenPhrase.Matches(SearchTokens.OfDocument("前 " + word + " 后"), word));
    }

    // Query terms (OfQueryTerm): the rules documented in SearchTokens.

    [Fact]
    public void A_han_query_term_has_bigrams_without_its_tail()
    {
        var (tokens, prefix, runs) = SearchTokens.OfQueryTerm("政務公開");
        Assert.Equal(["政务", "务公", "公开"], tokens);
        Assert.False(prefix);
        Assert.Equal(["政务公开"], runs);
    }

    [Fact]
    public void A_two_character_query_is_one_bigram()
    {
        var (tokens, prefix, _) = SearchTokens.OfQueryTerm("低保");
        Assert.Equal(["低保"], tokens);
        Assert.False(prefix);
    }

    [Fact]
    public void A_single_han_character_at_the_end_is_a_prefix()
    {
        var (tokens, prefix, _) = SearchTokens.OfQueryTerm("政");
        Assert.Equal(["政"], tokens);
        Assert.True(prefix);
        (tokens, prefix, _) = SearchTokens.OfQueryTerm("国办发〔2017〕47号");
        Assert.Equal(["国办", "办发", "发", "2017", "47", "号"], tokens);
        Assert.True(prefix);
    }

    [Fact]
    public void A_han_run_followed_by_another_run_keeps_its_tail()
    {
        var (tokens, prefix, runs) = SearchTokens.OfQueryTerm("发[2017]47");
        Assert.Equal(["发", "2017", "47"], tokens);
        Assert.False(prefix);
        Assert.Equal(["发", "2017", "47"], runs);
        (tokens, _, _) = SearchTokens.OfQueryTerm("政务公开2025");
        Assert.Equal(["政务", "务公", "公开", "开", "2025"], tokens);
    }

    [Fact]
    public void Latin_and_digits_in_a_query_are_never_prefixes()
    {
        var (tokens, prefix, _) = SearchTokens.OfQueryTerm("ABC");
        Assert.Equal(["abc"], tokens);
        Assert.False(prefix);
        (tokens, prefix, _) = SearchTokens.OfQueryTerm("2025");
        Assert.Equal(["2025"], tokens);
        Assert.False(prefix);
    }

    [Fact]
    public void A_term_of_punctuation_has_no_tokens() =>
        Assert.Empty(SearchTokens.OfQueryTerm("〔】（）“”*:^~").Tokens);

    // Properties: whatever piece of a real sentence a person types is found as a phrase.

    public static TheoryData<string> EachSentence() => [.. Sentences];

    [Theory]
    [MemberData(nameof(EachSentence))]
    public void Every_typable_piece_of_a_sentence_is_found_in_it(string sentence)
    {
        var document = SearchTokens.OfDocument(sentence);
        var checkedCount = 0;
        foreach (var piece in TokenPhrase.TypableSpans(sentence, maxLength: 14))
        {
            if (SearchTokens.OfQueryTerm(piece).Tokens.Count == 0)
            {
                continue;
            }
            Assert.True(TokenPhrase.Matches(document, piece), $"「{piece}」 is not found in 「{sentence}」");
            checkedCount++;
        }
        Assert.True(checkedCount > sentence.Length, $"only {checkedCount} pieces checked");
    }

    [Theory]
    [MemberData(nameof(EachSentence))]
    public void Every_piece_is_found_whichever_script_either_side_is_written_in(string sentence)
    {
        var simplified = ChineseFolding.Fold(sentence);
        var ofSimplified = SearchTokens.OfDocument(simplified);
        var ofOriginal = SearchTokens.OfDocument(sentence);
        Assert.Equal(ofSimplified, ofOriginal);
        foreach (var piece in TokenPhrase.TypableSpans(sentence, maxLength: 8))
        {
            if (SearchTokens.OfQueryTerm(piece).Tokens.Count == 0)
            {
                continue;
            }
            // A piece of the original finds the simplified document, and the simplified piece the original.
            Assert.True(TokenPhrase.Matches(ofSimplified, piece), $"「{piece}」 not found in 「{simplified}」");
            Assert.True(TokenPhrase.Matches(ofOriginal, ChineseFolding.Fold(piece)), $"「{ChineseFolding.Fold(piece)}」 not found in 「{sentence}」");
        }
    }

    [Fact]
    public void Simplified_queries_find_traditional_documents_and_the_other_way_round()
    {
        var traditional = SearchTokens.OfDocument("20**年鄉鎮政務公開工作總結。領導重視，確保政務公開落到實處");
        var simplified = SearchTokens.OfDocument("清河镇政务公开阅览室；乡镇政务公开标准化规范化");
        foreach (var query in new[] { "政务公开", "政务", "公开", "乡镇", "乡镇政务公开" })
        {
            Assert.True(TokenPhrase.Matches(traditional, query), query);
        }
        foreach (var query in new[] { "政務公開", "政務", "公開", "鄉鎮", "鄉鎮政務公開", "閱覽室", "標準化" })
        {
            Assert.True(TokenPhrase.Matches(simplified, query), query);
        }
        Assert.True(TokenPhrase.Matches(traditional, "确保"));
        Assert.True(TokenPhrase.Matches(traditional, "實處"));
    }

    [Theory]
    [InlineData("国办发[2017]47号")]
    [InlineData("国办发【2017】47号")]
    [InlineData("国办发（2017）47号")]
    [InlineData("国办发(2017)47号")]
    [InlineData("国办发［２０１７］４７号")]
    [InlineData("国办发〔2017〕47号")]
    [InlineData("國辦發〔2017〕47號")]
    [InlineData("国办发2017]47号")]
    [InlineData("[2017]47号")]
    [InlineData("国办发〔2017")]
    [InlineData("办发〔2017〕47")]
    [InlineData("47号")]
    [InlineData("国办发")]
    public void A_document_number_is_found_whatever_brackets_are_typed(string query)
    {
        foreach (var document in new[] { "根据国办发〔2017〕47号文件精神", "国办发[2017]47号", "依据國辦發【2017】47號執行" })
        {
            Assert.True(TokenPhrase.Matches(SearchTokens.OfDocument(document), query), $"「{query}」 not found in 「{document}」");
        }
    }

    [Theory]
    [InlineData("国办发〔2017〕48号")]
    [InlineData("国办发〔2016〕47号")]
    [InlineData("国发〔2017〕47号")]
    [InlineData("国办发〔2017〕4号")]
    [InlineData("国办发〔201〕47号")]
    [InlineData("国办发〔2017〕47号文件")]
    public void Another_document_number_is_not_found(string query) =>
        Assert.False(TokenPhrase.Matches(SearchTokens.OfDocument("根据国办发〔2017〕47号通知"), query), query);

    [Theory]
    [InlineData("公开政务")]
    [InlineData("务政")]
    [InlineData("开公")]
    [InlineData("政务公开开")]
    [InlineData("政公")]
    [InlineData("务公")] // across the comma below
    [InlineData("低保")]
    public void Characters_that_do_not_stand_together_are_not_found(string query) =>
        Assert.False(TokenPhrase.Matches(SearchTokens.OfDocument("政务，公开工作"), query), query);

    [Fact]
    public void Random_han_strings_not_in_a_sentence_are_not_found()
    {
        var random = new Random(6);
        var sentence = Sentences[0];
        var document = SearchTokens.OfDocument(sentence);
        var alphabet = ChineseFolding.Fold(sentence).Where(c => SearchTokens.IsHan(new System.Text.Rune(c))).Distinct().ToArray();
        var tried = 0;
        for (var n = 0; n < 3000; n++)
        {
            var query = new string([.. Enumerable.Range(0, random.Next(2, 6)).Select(_ => alphabet[random.Next(alphabet.Length)])]);
            if (!ChineseFolding.Fold(sentence).Contains(query, StringComparison.Ordinal))
            {
                Assert.False(TokenPhrase.Matches(document, query), query);
                tried++;
            }
        }
        Assert.True(tried > 1000);
    }
}
