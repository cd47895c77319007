using System.Net;
using System.Text.RegularExpressions;
using Gongkai.Items;
using Gongkai.Tests.Infrastructure;

namespace Gongkai.Tests.Search;

/// <summary>Helpers of the search tests: words no other test uses, and reading a result page.</summary>
public static partial class SearchTestData
{
    // Characters that are the same in Simplified and Traditional, so folding leaves them alone.
    private const string Han = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥金木水火土日月星山川江河湖海天地人和春夏秋冬东西南北左右上下大小多少";

    /// <summary>A word of <paramref name="length"/> Han characters that no other test writes.</summary>
    public static string UniqueHan(int length = 6)
    {
        var bytes = Guid.NewGuid().ToByteArray();
        return new string(bytes.Take(length).Select(b => Han[b % Han.Length]).ToArray());
    }

    public static string Encode(string query) => Uri.EscapeDataString(query);

    /// <summary>The ids of the items a result page lists, in order (pinned ones first).</summary>
    public static List<int> ResultIds(string html) =>
        ResultLink().Matches(html).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();

    [GeneratedRegex("<h3 class=\"result-title\"><a href=\"/(?:admin/)?items/(\\d+)\">")]
    private static partial Regex ResultLink();

    public static string Summary(string html) => SummaryLine().Match(html).Groups[1].Value;

    [GeneratedRegex("<p class=\"search-summary\" role=\"status\">([^<]*)</p>")]
    private static partial Regex SummaryLine();
}

/// <summary>The public search pages, platform-wide and within one body, on both databases.</summary>
public abstract class SearchPageTests
{
    private readonly GongkaiApp app;

    protected SearchPageTests(GongkaiApp app)
    {
        this.app = app;
        app.SkipUnlessAvailable();
    }

    private static string BodySearch(Bodies.Body body, string query, string extra = "") => $"/bodies/{body.Slug}/search?q={SearchTestData.Encode(query)}{extra}";

    [DbFact]
    public async Task Traditional_finds_simplified_and_simplified_finds_traditional()
    {
        var (body, category) = await app.CreateBodyAsync();
        var simplified = await app.CreateItemAsync(body, category, "关于推进政务公开标准化工作的通知");
        var traditional = await app.CreateItemAsync(body, category, "關於加強政務公開工作的意見");
        var other = await app.CreateItemAsync(body, category, "关于开展安全生产检查的通知");
        var browser = app.Browser();
        foreach (var query in new[] { "政務公開", "政务公开" })
        {
            var html = await browser.GetOkAsync(BodySearch(body, query));
            var ids = SearchTestData.ResultIds(html);
            Assert.Contains(simplified.Id, ids);
            Assert.Contains(traditional.Id, ids);
            Assert.DoesNotContain(other.Id, ids);
            Assert.Contains("<mark>政务公开</mark>", html);
            Assert.Contains("<mark>政務公開</mark>", html);
            Assert.Contains("找到 2 条", SearchTestData.Summary(html));
        }
    }

    [DbFact]
    public async Task A_two_character_word_is_found_in_titles_and_in_text()
    {
        var (body, category) = await app.CreateBodyAsync();
        var inTitle = await app.CreateItemAsync(body, category, "城乡低保标准调整公告");
        var inText = await app.CreateItemAsync(body, category, "社会救助政策解读", change: b => b.Value = b.Value with { BodyHtml = "<p>本次调整涉及城市低保对象和特困人员。</p>" });
        var without = await app.CreateItemAsync(body, category, "保障性住房分配结果", change: b => b.Value = b.Value with { BodyHtml = "<p>低收入家庭住房保障。</p>" });
        var html = await app.Browser().GetOkAsync(BodySearch(body, "低保"));
        var ids = SearchTestData.ResultIds(html);
        Assert.Equal([inTitle.Id, inText.Id], ids);
        Assert.DoesNotContain(without.Id, ids);
        // The snippet shows the sentence of the match, highlighted.
        Assert.Contains("本次调整涉及城市<mark>低保</mark>对象和特困人员。", html);
    }

    [DbFact]
    public async Task Every_word_must_occur_and_a_quoted_phrase_must_occur_as_written()
    {
        var (body, category) = await app.CreateBodyAsync();
        var both = await app.CreateItemAsync(body, category, "义务教育阶段学费减免办法");
        var onlyFee = await app.CreateItemAsync(body, category, "高中学费标准");
        var onlySchool = await app.CreateItemAsync(body, category, "义务教育均衡发展报告");
        var browser = app.Browser();
        Assert.Equal([both.Id], SearchTestData.ResultIds(await browser.GetOkAsync(BodySearch(body, "义务教育 学费"))));

        var phrase = await app.CreateItemAsync(body, category, "最低生活保障标准");
        var apart = await app.CreateItemAsync(body, category, "最低工资和生活保障");
        var words = SearchTestData.ResultIds(await browser.GetOkAsync(BodySearch(body, "生活保障 最低")));
        Assert.Contains(phrase.Id, words);
        Assert.Contains(apart.Id, words);
        Assert.Equal([phrase.Id], SearchTestData.ResultIds(await browser.GetOkAsync(BodySearch(body, "\"最低生活保障\""))));
        Assert.Equal([phrase.Id], SearchTestData.ResultIds(await browser.GetOkAsync(BodySearch(body, "“最低生活保障”"))));
        Assert.DoesNotContain(onlyFee.Id, words);
        Assert.DoesNotContain(onlySchool.Id, words);
    }

    [DbFact]
    public async Task A_word_after_a_minus_sign_is_excluded()
    {
        var (body, category) = await app.CreateBodyAsync();
        var machinery = await app.CreateItemAsync(body, category, "农机购置补贴发放情况");
        var land = await app.CreateItemAsync(body, category, "耕地地力保护补贴发放情况");
        var browser = app.Browser();
        Assert.Equal([land.Id], SearchTestData.ResultIds(await browser.GetOkAsync(BodySearch(body, "补贴 -农机"))));
        Assert.Equal([land.Id], SearchTestData.ResultIds(await browser.GetOkAsync(BodySearch(body, "补贴 －農機"))));
        var both = SearchTestData.ResultIds(await browser.GetOkAsync(BodySearch(body, "补贴")));
        Assert.Contains(machinery.Id, both);
        Assert.Contains(land.Id, both);
    }

    [DbFact]
    public async Task A_document_number_typed_with_any_brackets_finds_its_item_first()
    {
        var (body, category) = await app.CreateBodyAsync();
        var agency = SearchTestData.UniqueHan(3) + "发";
        var item = await app.CreateItemAsync(body, category, "关于印发实施方案的通知", change: b => b.Value = b.Value with { DocumentNumber = $"{agency}〔2024〕17号" });
        // Another item that cites the number in its text: found, but not as the exact match.
        var citing = await app.CreateItemAsync(body, category, "实施方案解读", change: b => b.Value = b.Value with { BodyHtml = $"<p>对{agency}〔2024〕17号文件的解读。</p>" });
        var browser = app.Browser();
        foreach (var typed in new[] { $"{agency}[2024]17号", $"{agency}(2024)17号", $"{agency}【2024】17号", $"{agency}〔2024〕17号", $"{agency}（２０２４）１７号" })
        {
            var html = await browser.GetOkAsync($"/search?q={SearchTestData.Encode(typed)}");
            var ids = SearchTestData.ResultIds(html);
            Assert.Equal(item.Id, ids.FirstOrDefault());
            Assert.Contains(citing.Id, ids);
            Assert.Contains("文号完全匹配", html);
            Assert.Single(Regex.Matches(html, "<span class=\"badge warn\">文号完全匹配</span>"));
        }
    }

    [DbFact]
    public async Task An_index_number_typed_whole_opens_its_item()
    {
        var (body, category) = await app.CreateBodyAsync();
        var item = await app.CreateItemAsync(body, category, "索引号直达测试");
        var withdrawn = await app.CreateItemAsync(body, category, "已撤回的信息", TestData.Kind.Withdrawn);
        var browser = app.Browser();
        var fullWidth = new string(item.IndexNumber!.Select(c => c is >= '!' and <= '~' ? (char)(c + 0xFEE0) : c).ToArray());
        foreach (var url in new[] { $"/search?q={SearchTestData.Encode(item.IndexNumber!)}", $"/search?q={SearchTestData.Encode("  " + fullWidth + " ")}", BodySearch(body, item.IndexNumber!) })
        {
            using var response = await browser.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal($"/items/{item.Id}", response.Headers.Location!.OriginalString);
        }
        // A withdrawn item's number is searched like any text: no redirect, and the item is not listed.
        var (status, html) = await browser.FetchAsync($"/search?q={SearchTestData.Encode(withdrawn.IndexNumber!)}");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.DoesNotContain(withdrawn.Id, SearchTestData.ResultIds(html));
        // Another body's search does not open it.
        var (otherBody, _) = await app.CreateBodyAsync();
        Assert.Equal(HttpStatusCode.OK, (await browser.FetchAsync(BodySearch(otherBody, item.IndexNumber!))).Status);
    }

    [DbFact]
    public async Task Facets_count_the_results_and_filter_them()
    {
        var (body, category) = await app.CreateBodyAsync();
        var second = await app.CreateCategoryAsync(body, "财政预决算");
        var word = SearchTestData.UniqueHan();
        var y2023 = new DateTimeOffset(2023, 4, 1, 2, 0, 0, TimeSpan.Zero);
        var y2024 = new DateTimeOffset(2024, 4, 1, 2, 0, 0, TimeSpan.Zero);
        await app.CreateItemAsync(body, category, $"{word}一", change: b => b.Value = b.Value with { Genre = "通知" }, publishedAt: y2023);
        await app.CreateItemAsync(body, category, $"{word}二", change: b => b.Value = b.Value with { Genre = "通知" }, publishedAt: y2024);
        await app.CreateItemAsync(body, second, $"{word}三", change: b => b.Value = b.Value with { Genre = "公告" }, publishedAt: y2024);
        await app.CreateItemAsync(body, second, $"{word}四", change: b => b.Value = b.Value with { Genre = "公告", Validity = Validity.Repealed, ValidUntil = new DateOnly(2024, 12, 31) }, publishedAt: y2024);
        var browser = app.Browser();
        var html = await browser.GetOkAsync($"/search?q={SearchTestData.Encode(word)}");
        Assert.Contains("找到 4 条", SearchTestData.Summary(html));
        Assert.Matches($"<a href=\"/search\\?q=[^\"]+&amp;body={body.Slug}\">{body.Name}</a> <span class=\"count\">（4）</span>", html);
        Assert.Matches("<a href=\"[^\"]+year=2024\">2024年</a> <span class=\"count\">（3）</span>", html);
        Assert.Matches("<a href=\"[^\"]+year=2023\">2023年</a> <span class=\"count\">（1）</span>", html);
        Assert.Contains($"财政预决算（{body.Name}）</a> <span class=\"count\">（2）</span>", html);
        Assert.Matches("<a href=\"[^\"]+genre=%E5%85%AC%E5%91%8A\">公告</a> <span class=\"count\">（2）</span>", html);
        Assert.Matches("<a href=\"[^\"]+validity=repealed\">废止</a> <span class=\"count\">（1）</span>", html);

        // Following a facet link narrows to as many results as it said, and shows the filter, removable.
        var year = WebUtility.HtmlDecode(Regex.Match(html, "<a href=\"([^\"]+year=2024)\">").Groups[1].Value);
        var filtered = await browser.GetOkAsync(year);
        Assert.Contains("找到 3 条", SearchTestData.Summary(filtered));
        Assert.Contains("年份：2024年", filtered);
        Assert.Contains("<strong aria-current=\"true\">2024年</strong>", filtered);
        var genre = WebUtility.HtmlDecode(Regex.Match(filtered, "<a href=\"([^\"]+genre=[^\"]+)\">公告</a>").Groups[1].Value);
        var both = await browser.GetOkAsync(genre);
        Assert.Contains("找到 2 条", SearchTestData.Summary(both));
        Assert.Contains("体裁：公告", both);
        var removeYear = WebUtility.HtmlDecode(Regex.Match(both, "<a href=\"([^\"]+)\">移除<span class=\"visually-hidden\">年份筛选").Groups[1].Value);
        Assert.DoesNotContain("year=", removeYear);
        Assert.Contains("找到 2 条", SearchTestData.Summary(await browser.GetOkAsync(removeYear)));
        Assert.Contains("找到 1 条", SearchTestData.Summary(await browser.GetOkAsync($"/search?q={SearchTestData.Encode(word)}&category={category.Id}&year=2023")));
        Assert.Contains("找到 1 条", SearchTestData.Summary(await browser.GetOkAsync(BodySearch(body, word, "&validity=repealed"))));
    }

    [DbFact]
    public async Task Relevance_puts_title_matches_first_and_date_puts_the_newest_first()
    {
        var (body, category) = await app.CreateBodyAsync();
        var word = SearchTestData.UniqueHan();
        var olderTitle = await app.CreateItemAsync(body, category, $"{word}实施细则", publishedAt: TestData.Now.AddDays(-30));
        var newerText = await app.CreateItemAsync(body, category, "工作动态", change: b => b.Value = b.Value with { BodyHtml = $"<p>会议研究了{word}有关事项。</p>" }, publishedAt: TestData.Now);
        var browser = app.Browser();
        Assert.Equal([olderTitle.Id, newerText.Id], SearchTestData.ResultIds(await browser.GetOkAsync(BodySearch(body, word))));
        var byDate = await browser.GetOkAsync(BodySearch(body, word, "&sort=date"));
        Assert.Equal([newerText.Id, olderTitle.Id], SearchTestData.ResultIds(byDate));
        Assert.Contains("<strong aria-current=\"true\">按发布日期</strong>", byDate);
        Assert.Contains("<input type=\"hidden\" name=\"sort\" value=\"date\">", byDate);
    }

    [DbFact]
    public async Task Pages_hold_twenty_and_a_page_past_the_end_shows_the_last_page()
    {
        var (body, category) = await app.CreateBodyAsync();
        var word = SearchTestData.UniqueHan();
        var ids = new List<int>();
        for (var i = 0; i < 23; i++)
        {
            ids.Add((await app.CreateItemAsync(body, category, $"{word}第{i:D2}号", publishedAt: TestData.Now.AddDays(i))).Id);
        }
        var browser = app.Browser();
        var first = await browser.GetOkAsync(BodySearch(body, word));
        Assert.Equal(20, SearchTestData.ResultIds(first).Count);
        Assert.Contains("找到 23 条", SearchTestData.Summary(first));
        Assert.Contains("第 1/2 页", SearchTestData.Summary(first));
        Assert.Contains("<span aria-current=\"page\" aria-label=\"第 1 页，当前页\">1</span>", first);
        Assert.Contains("rel=\"next\">下一页</a>", first);
        Assert.Contains("末页", first);
        var second = await browser.GetOkAsync(BodySearch(body, word, "&page=2"));
        var secondIds = SearchTestData.ResultIds(second);
        Assert.Equal(3, secondIds.Count);
        Assert.Empty(secondIds.Intersect(SearchTestData.ResultIds(first)));
        Assert.Equal(ids.Order(), SearchTestData.ResultIds(first).Concat(secondIds).Order());
        Assert.Contains("<ol class=\"search-results\" start=\"21\">", second);
        Assert.Contains("首页", second);
        foreach (var beyond in new[] { "3", "999999", "2147483647" })
        {
            var last = await browser.GetOkAsync(BodySearch(body, word, "&page=" + beyond));
            Assert.Equal(secondIds, SearchTestData.ResultIds(last));
            Assert.Contains("已显示最后一页", last);
            Assert.Contains("第 2/2 页", SearchTestData.Summary(last));
        }
    }

    [DbFact]
    public async Task A_body_search_stays_in_the_body_and_offers_the_whole_platform()
    {
        var (body, category) = await app.CreateBodyAsync();
        var (other, otherCategory) = await app.CreateBodyAsync();
        var word = SearchTestData.UniqueHan();
        var mine = await app.CreateItemAsync(body, category, $"{word}本机构");
        var theirs = await app.CreateItemAsync(other, otherCategory, $"{word}其他机构");
        var browser = app.Browser();
        var html = await browser.GetOkAsync(BodySearch(body, word));
        Assert.Equal([mine.Id], SearchTestData.ResultIds(html));
        Assert.Contains($"<a href=\"/search?q={SearchTestData.Encode(word)}\">在全平台检索“{word}”</a>", html);
        // The header's box searches this body; the platform search finds both.
        Assert.Contains($"action=\"/bodies/{body.Slug}/search\"", html);
        var everywhere = SearchTestData.ResultIds(await browser.GetOkAsync($"/search?q={SearchTestData.Encode(word)}"));
        Assert.Contains(mine.Id, everywhere);
        Assert.Contains(theirs.Id, everywhere);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.FetchAsync($"/bodies/no-such-body/search?q={SearchTestData.Encode(word)}")).Status);
        // A slug in the query string is not a body: the platform-wide search ignores it.
        Assert.Contains(theirs.Id, SearchTestData.ResultIds(await browser.GetOkAsync($"/search?q={SearchTestData.Encode(word)}&slug={body.Slug}")));
    }

    [DbFact]
    public async Task An_empty_query_explains_how_to_search()
    {
        var (body, _) = await app.CreateBodyAsync();
        var browser = app.Browser();
        foreach (var url in new[] { "/search", "/search?q=", "/search?q=%20%20", $"/bodies/{body.Slug}/search" })
        {
            var html = await browser.GetOkAsync(url);
            Assert.Contains("请输入要查找的内容", html);
            Assert.Contains("两个字的词就能检索", html);
            Assert.DoesNotContain("检索结果", html);
            Assert.Contains("<meta name=\"robots\" content=\"noindex, nofollow\">", html);
        }
        Assert.Contains($"href=\"/bodies/{body.Slug}/search?q=%E4%BD%8E%E4%BF%9D\"", await browser.GetOkAsync($"/bodies/{body.Slug}/search"));
        var onlyExcluded = await browser.GetOkAsync("/search?q=-%E5%86%9C%E6%9C%BA");
        Assert.Contains("只有排除的词", onlyExcluded);
    }

    [DbFact]
    public async Task The_page_is_accessible_and_its_html_is_safe()
    {
        var (body, category) = await app.CreateBodyAsync();
        var word = SearchTestData.UniqueHan();
        var item = await app.CreateItemAsync(body, category, $"{word} <b>粗体</b> & \"引号\"",
            change: b => b.Value = b.Value with { BodyHtml = $"<p>正文 &lt;script&gt;alert(1)&lt;/script&gt; {word}</p>" });
        var html = await app.Browser().GetOkAsync(BodySearch(body, word));
        Assert.Equal([item.Id], SearchTestData.ResultIds(html));
        Assert.Contains($"<mark>{word}</mark> &lt;b&gt;粗体&lt;/b&gt; &amp; &quot;引号&quot;", html);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; <mark>", html);
        Assert.DoesNotContain("<b>粗体", html);
        Assert.DoesNotContain("<script>alert", html);
        Assert.Contains("<label for=\"search-q\">", html);
        Assert.Contains("<input type=\"search\" id=\"search-q\" name=\"q\"", html);
        Assert.Contains("role=\"search\"", html);
        Assert.Contains("<ol class=\"search-results\" start=\"1\">", html);
        Assert.Contains("<p class=\"search-summary\" role=\"status\">", html);
        Assert.Contains("<h2 id=\"results-heading\">检索结果</h2>", html);
        Assert.DoesNotContain("&#x", html);
        Assert.Contains("lang=\"zh-CN\"", html);
    }

    [DbFact]
    public async Task Every_page_has_a_search_box_and_the_site_map_lists_the_search()
    {
        var (body, _) = await app.CreateBodyAsync();
        var browser = app.Browser();
        var home = await browser.GetOkAsync("/");
        Assert.Contains("<form class=\"header-search\" method=\"get\" action=\"/search\" role=\"search\"", home);
        Assert.Contains("<label for=\"header-q\" class=\"visually-hidden\">", home);
        var bodyHome = await browser.GetOkAsync($"/bodies/{body.Slug}");
        Assert.Contains($"action=\"/bodies/{body.Slug}/search\"", bodyHome);
        Assert.Contains("<a href=\"/search\">全站搜索</a>", bodyHome);
        var map = await browser.GetOkAsync("/sitemap");
        Assert.Contains("<a href=\"/search\">全站搜索</a>", map);
        Assert.Contains($"<a href=\"/bodies/{body.Slug}/search\">本机构信息搜索</a>", map);
    }

    [DbFact]
    public async Task Nothing_that_is_not_public_is_found()
    {
        var (body, category) = await app.CreateBodyAsync();
        var word = SearchTestData.UniqueHan();
        var found = new Dictionary<TestData.Kind, DisclosureItem>();
        foreach (var kind in Enum.GetValues<TestData.Kind>())
        {
            found[kind] = await app.CreateItemAsync(body, category, $"{word} {kind}", kind, change: b => b.Value = b.Value with { DocumentNumber = $"{word}发〔2025〕{(int)kind + 1}号" });
        }
        var browser = app.Browser();
        foreach (var url in new[] { $"/search?q={SearchTestData.Encode(word)}", BodySearch(body, word), BodySearch(body, $"{word}发[2025]{(int)TestData.Kind.Draft + 1}号") })
        {
            var html = await browser.GetOkAsync(url);
            Assert.True(SearchTestData.ResultIds(html).All(id => id == found[TestData.Kind.Published].Id), url);
            foreach (var kind in found.Keys.Where(k => k != TestData.Kind.Published))
            {
                Assert.DoesNotContain($"{word} {kind}", html);
            }
        }
        var all = await browser.GetOkAsync($"/search?q={SearchTestData.Encode(word)}");
        Assert.Equal([found[TestData.Kind.Published].Id], SearchTestData.ResultIds(all));
        Assert.Contains("（1）</span>", all);
        Assert.DoesNotContain("（2）</span>", all);
    }
}

public sealed class SearchPageTests_Sqlite(SqliteApp app) : SearchPageTests(app), IClassFixture<SqliteApp>;

public sealed class SearchPageTests_Postgres(PostgresApp app) : SearchPageTests(app), IClassFixture<PostgresApp>;

/// <summary>The issue's "done when", tried on the demo portal as a new user would.</summary>
public sealed class DemoSearchPageTests(DemoApp app) : IClassFixture<DemoApp>
{
    [Fact]
    public async Task Traditional_and_simplified_find_the_same_items()
    {
        var browser = app.Browser();
        var traditional = await browser.GetOkAsync("/search?q=%E6%94%BF%E5%8B%99%E5%85%AC%E9%96%8B");
        var simplified = await browser.GetOkAsync("/search?q=%E6%94%BF%E5%8A%A1%E5%85%AC%E5%BC%80");
        Assert.NotEmpty(SearchTestData.ResultIds(traditional));
        Assert.Equal(SearchTestData.ResultIds(simplified), SearchTestData.ResultIds(traditional));
        Assert.Contains("<mark>政务公开</mark>", traditional);
        Assert.DoesNotContain("&#x", traditional);
    }

    [Fact]
    public async Task Two_characters_find_the_social_assistance_notices()
    {
        var html = await app.Browser().GetOkAsync("/search?q=%E4%BD%8E%E4%BF%9D");
        Assert.Contains("对象公示</a></h3>", html);
        Assert.Matches("<h3 class=\"result-title\"><a href=\"/items/\\d+\">[^<]*<mark>低保</mark>（最低生活保障）对象公示</a>", html);
        Assert.DoesNotContain("&#x", html);
    }

    [Fact]
    public async Task A_document_number_with_square_brackets_finds_its_item()
    {
        var html = await app.Browser().GetOkAsync("/search?q=" + Uri.EscapeDataString("示残联发[2025]1号"));
        Assert.Matches("<h3 class=\"result-title\"><a href=\"/items/\\d+\">关于调整2025年困难残疾人生活补贴和重度残疾人护理补贴标准的通告</a><span class=\"badge warn\">文号完全匹配</span>", html);
    }

    [Fact]
    public async Task The_demo_items_that_are_not_public_are_never_found()
    {
        var browser = app.Browser();
        // The demo titles every item it plants in a non-public state 非公开演示.
        var html = await browser.GetOkAsync("/search?q=%E9%9D%9E%E5%85%AC%E5%BC%80%E6%BC%94%E7%A4%BA");
        Assert.Empty(SearchTestData.ResultIds(html));
        Assert.Contains("没有找到", html);
        var json = System.Text.Json.JsonDocument.Parse(await browser.GetOkAsync("/api/v1/search?q=%E9%9D%9E%E5%85%AC%E5%BC%80%E6%BC%94%E7%A4%BA&pageSize=50")).RootElement;
        Assert.Equal(0, json.GetProperty("total").GetInt32());
        Assert.Empty(json.GetProperty("facets").GetProperty("bodies").EnumerateArray());
    }
}
