using System.Net;
using System.Text.Json;
using Gongkai.Items;
using Gongkai.Tests.Infrastructure;

namespace Gongkai.Tests.Search;

/// <summary><c>/api/v1/search</c>: the public search as JSON, on both databases.</summary>
public abstract class SearchApiTests
{
    private readonly GongkaiApp app;

    protected SearchApiTests(GongkaiApp app)
    {
        this.app = app;
        app.SkipUnlessAvailable();
    }

    private async Task<JsonElement> SearchAsync(string query)
    {
        using var response = await app.Browser().GetAsync("/api/v1/search?" + query);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{query} → {(int)response.StatusCode} {text}");
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        return JsonDocument.Parse(text).RootElement;
    }

    private static List<int> Ids(JsonElement json, string list = "items") =>
        json.GetProperty(list).EnumerateArray().Select(i => i.GetProperty("id").GetInt32()).ToList();

    [DbFact]
    public async Task Results_carry_highlighted_title_snippet_metadata_and_facets()
    {
        var (body, category) = await app.CreateBodyAsync();
        var word = SearchTestData.UniqueHan();
        var item = await app.CreateItemAsync(body, category, $"關於{word}的通知", change: b => b.Value = b.Value with
        {
            Genre = "通知",
            DocumentNumber = "测试发〔2025〕9号",
            BodyHtml = $"<p>根据有关规定，现将{word}有关事项通知如下。</p>",
        });
        var json = await SearchAsync($"q={SearchTestData.Encode(word)}");
        Assert.Equal(word, json.GetProperty("query").GetString());
        Assert.Equal(1, json.GetProperty("total").GetInt32());
        Assert.Equal(1, json.GetProperty("page").GetInt32());
        Assert.Equal(20, json.GetProperty("pageSize").GetInt32());
        Assert.Equal(1, json.GetProperty("pageCount").GetInt32());
        Assert.Equal(JsonValueKind.Null, json.GetProperty("directHit").ValueKind);
        var found = Assert.Single(json.GetProperty("items").EnumerateArray());
        Assert.Equal(item.Id, found.GetProperty("id").GetInt32());
        Assert.Equal($"關於{word}的通知", found.GetProperty("title").GetString());
        Assert.Equal($"關於<mark>{word}</mark>的通知", found.GetProperty("titleHtml").GetString());
        Assert.Equal($"根据有关规定，现将<mark>{word}</mark>有关事项通知如下。", found.GetProperty("snippetHtml").GetString());
        Assert.Equal(body.Slug, found.GetProperty("body").GetProperty("slug").GetString());
        Assert.Equal(body.Name, found.GetProperty("body").GetProperty("name").GetString());
        Assert.Equal("2025-06-02", found.GetProperty("publishedOn").GetString());
        Assert.Equal("测试发〔2025〕9号", found.GetProperty("documentNumber").GetString());
        Assert.Equal(item.IndexNumber, found.GetProperty("indexNumber").GetString());
        Assert.Equal("通知", found.GetProperty("genre").GetString());
        Assert.Equal("Valid", found.GetProperty("validity").GetString());
        Assert.Equal($"/items/{item.Id}", found.GetProperty("url").GetString());
        var facets = json.GetProperty("facets");
        var bodyFacet = Assert.Single(facets.GetProperty("bodies").EnumerateArray());
        Assert.Equal(body.Slug, bodyFacet.GetProperty("slug").GetString());
        Assert.Equal(1, bodyFacet.GetProperty("count").GetInt32());
        Assert.Equal(2025, Assert.Single(facets.GetProperty("years").EnumerateArray()).GetProperty("year").GetInt32());
        Assert.Equal(category.Id, Assert.Single(facets.GetProperty("categories").EnumerateArray()).GetProperty("id").GetInt32());
        Assert.Equal("通知", Assert.Single(facets.GetProperty("genres").EnumerateArray()).GetProperty("genre").GetString());
        var validity = Assert.Single(facets.GetProperty("validities").EnumerateArray());
        Assert.Equal("Valid", validity.GetProperty("validity").GetString());
        Assert.Equal("有效", validity.GetProperty("name").GetString());
        Assert.Equal(1, facets.GetProperty("counted").GetInt32());
        Assert.False(facets.GetProperty("isSample").GetBoolean());
    }

    [DbFact]
    public async Task Filters_sort_and_page_size_apply()
    {
        var (body, category) = await app.CreateBodyAsync();
        var word = SearchTestData.UniqueHan();
        var ids = new List<int>();
        for (var i = 0; i < 7; i++)
        {
            ids.Add((await app.CreateItemAsync(body, category, $"{word}第{i}号", change: b => b.Value = b.Value with { Genre = i % 3 == 0 ? "公告" : "通知" },
                publishedAt: new DateTimeOffset(2023 + i % 2, 3, 1 + i, 2, 0, 0, TimeSpan.Zero))).Id);
        }
        var q = $"q={SearchTestData.Encode(word)}";
        var page = await SearchAsync($"{q}&sort=date&pageSize=3&page=2");
        Assert.Equal(7, page.GetProperty("total").GetInt32());
        Assert.Equal(3, page.GetProperty("pageCount").GetInt32());
        Assert.Equal(3, page.GetProperty("pageSize").GetInt32());
        var newestFirst = ids.Select((id, i) => (id, date: new DateTimeOffset(2023 + i % 2, 3, 1 + i, 2, 0, 0, TimeSpan.Zero))).OrderByDescending(p => p.date).Select(p => p.id).ToList();
        Assert.Equal(newestFirst.Skip(3).Take(3), Ids(page));
        Assert.Equal(3, Ids(await SearchAsync($"{q}&year=2024")).Count);
        Assert.Equal(3, Ids(await SearchAsync($"{q}&genre={SearchTestData.Encode("公告")}")).Count);
        Assert.Single(Ids(await SearchAsync($"{q}&genre={SearchTestData.Encode("公告")}&year=2024")));
        Assert.Equal(7, Ids(await SearchAsync($"{q}&body={body.Slug}&category={category.Id}&validity=valid&pageSize=50")).Count);
        Assert.Empty(Ids(await SearchAsync($"{q}&validity=repealed")));
        var beyond = await SearchAsync($"{q}&pageSize=3&page=999999");
        Assert.Equal(3, beyond.GetProperty("page").GetInt32());
        Assert.Single(Ids(beyond));
        Assert.Contains(beyond.GetProperty("notices").EnumerateArray(), n => n.GetString()!.Contains("已显示最后一页", StringComparison.Ordinal));
    }

    [DbFact]
    public async Task Index_number_is_a_direct_hit_and_document_number_is_pinned()
    {
        var (body, category) = await app.CreateBodyAsync();
        var agency = SearchTestData.UniqueHan(3) + "办";
        var item = await app.CreateItemAsync(body, category, "直达测试", change: b => b.Value = b.Value with { DocumentNumber = $"{agency}〔2023〕5号" });
        var hit = await SearchAsync($"q={SearchTestData.Encode(item.IndexNumber!)}");
        Assert.Equal(item.Id, hit.GetProperty("directHit").GetProperty("id").GetInt32());
        Assert.Equal(item.IndexNumber, hit.GetProperty("directHit").GetProperty("indexNumber").GetString());
        Assert.Equal($"/items/{item.Id}", hit.GetProperty("directHit").GetProperty("url").GetString());
        var pinned = await SearchAsync($"q={SearchTestData.Encode($"{agency}[2023]5号")}");
        Assert.Equal([item.Id], Ids(pinned, "pinned"));
        Assert.DoesNotContain(item.Id, Ids(pinned));
        Assert.Equal(1, pinned.GetProperty("total").GetInt32());
    }

    [DbFact]
    public async Task Only_public_items_are_found_and_counted()
    {
        var (body, category) = await app.CreateBodyAsync();
        var word = SearchTestData.UniqueHan();
        var items = new Dictionary<TestData.Kind, DisclosureItem>();
        foreach (var kind in Enum.GetValues<TestData.Kind>())
        {
            items[kind] = await app.CreateItemAsync(body, category, $"{word}{kind}", kind, change: b => b.Value = b.Value with { Genre = kind.ToString() });
        }
        var json = await SearchAsync($"q={SearchTestData.Encode(word)}");
        Assert.Equal([items[TestData.Kind.Published].Id], Ids(json));
        Assert.Equal(1, json.GetProperty("total").GetInt32());
        Assert.Equal(1, json.GetProperty("facets").GetProperty("counted").GetInt32());
        Assert.Equal("Published", Assert.Single(json.GetProperty("facets").GetProperty("genres").EnumerateArray()).GetProperty("genre").GetString());
        foreach (var kind in items.Keys.Where(k => k != TestData.Kind.Published))
        {
            Assert.DoesNotContain(kind.ToString(), json.GetRawText());
            if (items[kind].IndexNumber is { } number)
            {
                Assert.Equal(JsonValueKind.Null, (await SearchAsync($"q={SearchTestData.Encode(number)}")).GetProperty("directHit").ValueKind);
            }
        }
    }

    [DbTheory]
    [InlineData("q=x&page=abc", "页码")]
    [InlineData("q=x&page=-5", "页码")]
    [InlineData("q=x&page=0", "页码")]
    [InlineData("q=x&page=99999999999", "页码")]
    [InlineData("q=x&pageSize=0", "每页条数")]
    [InlineData("q=x&pageSize=51", "每页条数")]
    [InlineData("q=x&pageSize=ten", "每页条数")]
    [InlineData("q=x&year=x", "年份")]
    [InlineData("q=x&year=1800", "年份")]
    [InlineData("q=x&sort=best", "排序")]
    [InlineData("q=x&validity=junk", "有效性")]
    [InlineData("q=x&body=999999", "机构")]
    [InlineData("q=x&body=%3Cscript%3E", "机构")]
    [InlineData("q=x&category=abc", "目录栏目")]
    [InlineData("q=x&category=999999", "目录栏目")]
    [InlineData("q=x&genre=%07%00", "体裁")]
    public async Task Malformed_parameters_answer_400_with_a_chinese_error(string query, string names)
    {
        using var response = await app.Browser().GetAsync("/api/v1/search?" + query);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Contains(names, json.GetProperty("error").GetString());
        Assert.Contains(names, json.GetProperty("title").GetString());
    }

    [DbFact]
    public async Task An_empty_query_is_answered_with_a_notice()
    {
        var json = await SearchAsync("q=");
        Assert.Equal(0, json.GetProperty("total").GetInt32());
        Assert.Empty(json.GetProperty("items").EnumerateArray());
        var onlyExcluded = await SearchAsync("q=-%E5%86%9C%E6%9C%BA");
        Assert.Contains(onlyExcluded.GetProperty("notices").EnumerateArray(), n => n.GetString()!.Contains("只有排除的词", StringComparison.Ordinal));
    }

    [DbFact]
    public async Task The_openapi_document_describes_the_search_in_chinese()
    {
        var doc = await app.Browser().GetOkAsync("/openapi/v1.json");
        Assert.Contains("/api/v1/search", doc);
        Assert.Contains("全文检索已公开的信息", doc);
    }
}

public sealed class SearchApiTests_Sqlite(SqliteApp app) : SearchApiTests(app), IClassFixture<SqliteApp>;

public sealed class SearchApiTests_Postgres(PostgresApp app) : SearchApiTests(app), IClassFixture<PostgresApp>;
