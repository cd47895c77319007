using Gongkai.Items;
using Gongkai.Search;
using Gongkai.Tests.Items;

namespace Gongkai.Tests.Search.Unit;

/// <summary>What the index stores for an item: its sort key, facets, scope and tokens.</summary>
public class SearchDocumentTests
{
    private const int OurBodyId = 7;

    private static DisclosureItem Item(string state, ItemMetadata? metadata = null, int id = 42) =>
        TestItems.InState(state, OurBodyId, metadata).WithKey(nameof(DisclosureItem.Id), id);

    [Fact]
    public void Sort_keys_put_the_newest_first_then_the_higher_id()
    {
        var day = new DateTimeOffset(2025, 6, 1, 0, 0, 0, TimeSpan.Zero);
        long[] ordered =
        [
            SearchDocument.SortKeyOf(day.AddYears(-20), 99),
            SearchDocument.SortKeyOf(day, 1),
            SearchDocument.SortKeyOf(day, 2),
            SearchDocument.SortKeyOf(day, int.MaxValue),
            SearchDocument.SortKeyOf(day.AddSeconds(1), 1),
            SearchDocument.SortKeyOf(day.AddDays(1), 0),
            SearchDocument.SortKeyOf(new DateTimeOffset(2060, 1, 1, 0, 0, 0, TimeSpan.Zero), 5),
        ];
        Assert.Equal(ordered.OrderDescending(), ordered);
        Assert.Equal(ordered.Length, ordered.Distinct().Count());
        Assert.All(ordered, k => Assert.True(k >= 0));
    }

    [Fact]
    public void Sort_keys_follow_the_instant_whatever_the_offset()
    {
        var utc = new DateTimeOffset(2025, 6, 1, 2, 0, 0, TimeSpan.Zero);
        Assert.Equal(SearchDocument.SortKeyOf(utc, 3), SearchDocument.SortKeyOf(utc.ToOffset(TimeSpan.FromHours(8)), 3));
    }

    [Fact]
    public void Dates_before_2000_sort_last_and_keep_their_id()
    {
        var key = SearchDocument.SortKeyOf(new DateTimeOffset(1990, 1, 1, 0, 0, 0, TimeSpan.Zero), 17);
        Assert.Equal(SearchDocument.SortKeyOf(new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero), 17), key);
        Assert.True(key > SearchDocument.SortKeyOf(new DateTimeOffset(2000, 1, 1, 0, 0, 1, TimeSpan.Zero), 17));
        Assert.Equal(17, SearchDocument.ItemIdOf(key));
    }

    [Fact]
    public void Dates_after_the_horizon_sort_first_and_keep_their_id()
    {
        var key = SearchDocument.SortKeyOf(new DateTimeOffset(2090, 1, 1, 0, 0, 0, TimeSpan.Zero), 17);
        Assert.True(key >= 0);
        Assert.True(key < SearchDocument.SortKeyOf(new DateTimeOffset(2060, 1, 1, 0, 0, 0, TimeSpan.Zero), 17));
        Assert.Equal(17, SearchDocument.ItemIdOf(key));
    }

    [Fact]
    public void The_item_id_comes_back_out_of_a_sort_key()
    {
        var random = new Random(14);
        foreach (var id in new[] { 0, 1, 2, 255, 65_536, 1_000_000, int.MaxValue }.Concat(Enumerable.Range(0, 200).Select(_ => random.Next())))
        {
            var date = new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero).AddSeconds(random.NextInt64(0, 60L * 365 * 24 * 3600));
            Assert.Equal(id, SearchDocument.ItemIdOf(SearchDocument.SortKeyOf(date, id)));
        }
    }

    [Theory]
    [InlineData("published", SearchScope.Public)]
    [InlineData("draft", SearchScope.Internal)]
    [InlineData("under review", SearchScope.Internal)]
    [InlineData("withdrawn", SearchScope.Internal)]
    public void Scope_by_status(string state, SearchScope expected) => Assert.Equal(expected, SearchDocument.ScopeOf(Item(state)));

    public static TheoryData<string, string, SearchScope> AttributeCases() => new()
    {
        { "on application", "published", SearchScope.Internal },
        { "withheld", "published", SearchScope.Internal },
        { "group only", "published", SearchScope.BodyStaff },
        { "group only", "draft", SearchScope.Internal },
        { "group only", "withdrawn", SearchScope.Internal },
        { "on application", "draft", SearchScope.Internal },
    };

    [Theory]
    [MemberData(nameof(AttributeCases))]
    public void Scope_by_disclosure_attribute_and_audience(string kind, string state, SearchScope expected)
    {
        var metadata = kind switch
        {
            "on application" => TestItems.Metadata() with { Attribute = DisclosureAttribute.OnApplication },
            "withheld" => TestItems.Metadata() with { Attribute = DisclosureAttribute.Withheld, WithholdingGround = WithholdingGround.ProcessInformation, NextReviewOn = new DateOnly(2026, 1, 1) },
            _ => TestItems.Metadata() with { Audience = Audience.SpecificGroup, AudienceGroup = "本会职工" },
        };
        Assert.Equal(expected, SearchDocument.ScopeOf(Item(state, metadata)));
    }

    [Fact]
    public void Group_only_scope_is_decided_for_the_item_own_body()
    {
        var metadata = TestItems.Metadata() with { Audience = Audience.SpecificGroup, AudienceGroup = "本会职工" };
        var first = Item("published", metadata);
        var second = Item("published", metadata).WithKey(nameof(DisclosureItem.BodyId), 8);
        Assert.Equal(SearchScope.BodyStaff, SearchDocument.ScopeOf(first));
        Assert.Equal(SearchScope.BodyStaff, SearchDocument.ScopeOf(second));
    }

    [Fact]
    public void A_document_carries_facets_and_tokens_of_every_searchable_field()
    {
        var metadata = TestItems.Metadata("關於做好殘疾人證辦理工作的通知") with
        {
            Summary = "摘要写明办理时限",
            Keywords = "残疾人证 低保",
            Genre = "通知",
            Validity = Validity.Valid,
            BodyHtml = "<p>正文&amp;附表</p><table><tr><td>城市低保</td><td>特困供养</td></tr></table>",
        };
        var item = Item("published", metadata, id: 1234);
        var document = SearchDocument.From(item);
        Assert.Equal(1234, document.ItemId);
        Assert.Equal(OurBodyId, document.BodyId);
        Assert.Equal(item.CategoryId, document.CategoryId);
        Assert.Equal("通知", document.Genre);
        Assert.Equal(Validity.Valid, document.Validity);
        Assert.Equal(SearchScope.Public, document.Scope);
        Assert.Equal(2025, document.Year);
        Assert.Equal(SearchDocument.SortKeyOf(TestItems.Published, 1234), document.SortKey);
        Assert.Equal(1234, SearchDocument.ItemIdOf(document.SortKey));
        Assert.Equal(SearchTokens.OfDocument("关于做好残疾人证办理工作的通知"), document.TitleTokens);
        foreach (var query in new[] { "市残联发〔2025〕3号", "014523671/2025-00001", "办理时限", "低保", "附表", "某市残疾人联合会", "城市低保", "特困供养" })
        {
            Assert.True(TokenPhrase.Matches(document.TextTokens, query), query);
        }
        Assert.False(TokenPhrase.Matches(document.TextTokens, "低保特困"), "table cells are separate");
        Assert.False(TokenPhrase.Matches(document.TextTokens, "amp"));
        Assert.False(TokenPhrase.Matches(document.TextTokens, "td"));
    }

    [Fact]
    public void A_never_published_item_is_dated_by_its_creation_in_china_time()
    {
        var metadata = TestItems.Metadata() with { CreatedOn = new DateOnly(2024, 12, 31) };
        var document = SearchDocument.From(Item("draft", metadata));
        Assert.Equal(2024, document.Year);
        Assert.Equal(SearchDocument.SortKeyOf(new DateTimeOffset(2024, 12, 31, 0, 0, 0, TimeSpan.FromHours(8)), 42), document.SortKey);
        Assert.Equal(SearchScope.Internal, document.Scope);
    }

    [Fact]
    public void The_year_is_the_china_date_of_publication()
    {
        var body = TestItems.Body().WithId(OurBodyId);
        var item = TestItems.Draft(body).WithKey(nameof(DisclosureItem.BodyId), OurBodyId);
        item.Publish(TestItems.Index(), new DateTimeOffset(2024, 12, 31, 17, 0, 0, TimeSpan.Zero)); // 2025-01-01 01:00 in China
        Assert.Equal(2025, SearchDocument.From(item).Year);
    }

    [Fact]
    public void A_missing_genre_is_empty()
    {
        var document = SearchDocument.From(Item("published", TestItems.Metadata() with { Genre = null }));
        Assert.Equal("", document.Genre);
    }

    [Theory]
    [InlineData("<p>政务公开</p><p>低保</p>", "政务公开\n低保\n")]
    [InlineData("政务<b>公</b>开", "政务公开")]
    [InlineData("<p>政务&amp;公开 &lt;script&gt; &quot;引号&quot; &#20844;&#x5F00;</p>", "政务&公开 <script> \"引号\" 公开\n")]
    [InlineData("第一行<br>第二行<br/>第三行<BR />", "第一行\n第二行\n第三行\n")]
    [InlineData("<h2>标题</h2><ul><li>一</li><li>二</li></ul>", "标题\n一\n二\n\n")]
    [InlineData("", "")]
    [InlineData(null, "")]
    [InlineData("没有标签的文字", "没有标签的文字")]
    [InlineData("a&nbsp;b", "a\u00a0b")]
    public void Plain_text_drops_tags_and_decodes_entities(string? html, string expected) =>
        Assert.Equal(expected, SearchDocument.PlainText(html));

    [Fact]
    public void Table_cells_stay_separate_words()
    {
        var text = SearchDocument.PlainText("<table><tr><th>项目</th><th>标准</th></tr><tr><td>城市低保</td><td>特困供养</td></tr></table>");
        var tokens = SearchTokens.OfDocument(text);
        Assert.True(TokenPhrase.Matches(tokens, "城市低保"));
        Assert.True(TokenPhrase.Matches(tokens, "特困供养"));
        Assert.False(TokenPhrase.Matches(tokens, "保特"));
        Assert.False(TokenPhrase.Matches(tokens, "目标"));
    }

    [Fact]
    public void Tag_names_and_attributes_are_never_text()
    {
        var tokens = SearchTokens.OfDocument(SearchDocument.PlainText("<p class=\"lead\" style=\"color:red\"><a href=\"https://example.org/x\">链接</a></p>"));
        Assert.Equal(["链接", "接"], tokens);
    }
}
