using System.Net;
using System.Text.Json;
using Gongkai.Staff;
using Gongkai.Tests.Infrastructure;

namespace Gongkai.Tests.Search;

/// <summary>
/// Whatever is typed or put in the address, search answers a normal page (or, in the API, 200
/// or a 400 with a Chinese error): never a 500, never a database or FTS syntax error.
/// </summary>
public abstract class SearchBadInputTests
{
    private readonly BackOfficeApp app;

    protected SearchBadInputTests(BackOfficeApp app)
    {
        this.app = app;
        app.SkipUnlessAvailable();
    }

    /// <summary>Queries as they arrive in the address (already percent-encoded where needed).</summary>
    public static TheoryData<string> BadQueries => new(
        Uri.EscapeDataString(new string('政', 2500) + new string('x', 2500)),
        Uri.EscapeDataString(string.Join(' ', Enumerable.Repeat("低保", 1000))),
        "%22",
        "%22%22%22",
        "-",
        "--",
        "-%22",
        "AND%20OR%20NOT",
        "NOT",
        "*",
        "%E4%BD%8E%E4%BF%9D*",
        "NEAR(",
        "NEAR(a%20b,%203)",
        "%27%3B%20DROP%20TABLE%20items%3B--",
        "%27",
        "title%3Ax",
        "%E4%BD%8E%E4%BF%9D%20title%3A%E4%BD%8E%E4%BF%9D",
        "%00%07",
        "a%00b",
        "%ED%A0%80",
        "%FF%FE",
        "%F0%9F%98%80",
        "%E3%80%80%E3%80%80",
        "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
        "(%20)%20%5E%20%7B%20%7D%20%5C%20%25%20_%20%7C%7C%20%2F*",
        "%5B2017%5D",
        "%E3%80%942017%E3%80%95",
        "%E2%80%AE%E4%BD%8E%E4%BF%9D",
        "a%26b%3Dc");

    [DbTheory]
    [MemberData(nameof(BadQueries))]
    public async Task Any_query_gives_a_normal_page_and_a_normal_answer(string query)
    {
        var (body, category) = await app.CreateBodyAsync();
        await app.CreateItemAsync(body, category, "城乡低保标准调整公告");
        var (_, staff) = await app.SignedInAsync((StaffRole.Drafter, body));
        var browser = app.Browser();
        foreach (var (client, url) in new[]
        {
            (browser, $"/search?q={query}"), (browser, $"/bodies/{body.Slug}/search?q={query}"), (browser, $"/search?q={query}&sort=date&page=3"),
            (staff, $"/admin/search?q={query}"),
        })
        {
            var (status, html) = await client.FetchAsync(url);
            Assert.True(status == HttpStatusCode.OK, $"{url} → {(int)status}");
            Assert.True(html.Contains("检索结果", StringComparison.Ordinal) || html.Contains("请输入要查找的内容", StringComparison.Ordinal) || html.Contains("输入标题、正文中的词语", StringComparison.Ordinal), url);
            Assert.DoesNotContain("SQLite", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("syntax", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<script>alert", html);
        }
        var (apiStatus, json) = await browser.FetchAsync($"/api/v1/search?q={query}");
        Assert.True(apiStatus == HttpStatusCode.OK, $"/api/v1/search?q={query} → {(int)apiStatus} {json}");
        var root = JsonDocument.Parse(json).RootElement;
        Assert.True(root.GetProperty("query").GetString()!.Length <= 100);
        // The table is still there and the index still answers.
        Assert.Contains("找到 1 条", await browser.GetOkAsync($"/bodies/{body.Slug}/search?q=%E4%BD%8E%E4%BF%9D"));
    }

    [DbFact]
    public async Task Lone_operators_and_punctuation_are_explained()
    {
        var browser = app.Browser();
        foreach (var query in new[] { "%22", "-", "*", "%00%07", "%E3%80%80" })
        {
            var html = await browser.GetOkAsync($"/search?q={query}");
            Assert.Contains("请输入要查找的内容", html);
        }
        Assert.Contains("检索词里没有可查找的文字或数字", await browser.GetOkAsync("/search?q=*"));
        Assert.Contains("检索词过长", await browser.GetOkAsync($"/search?q={new string('x', 300)}"));
    }

    public static TheoryData<string, string> BadParameters => new()
    {
        { "page=abc", "页码" },
        { "page=-5", "页码" },
        { "page=99999999999", "页码" },
        { "year=x", "年份" },
        { "year=3000", "年份" },
        { "body=999999", "机构" },
        { "body=%27%3B--", "机构" },
        { "category=abc", "目录栏目" },
        { "category=999999", "目录栏目" },
        { "genre=%00%07", "体裁" },
        { "genre=" + new string('x', 40), "体裁" },
        { "validity=junk", "有效性" },
        { "sort=random", "排序" },
    };

    [DbTheory]
    [MemberData(nameof(BadParameters))]
    public async Task Malformed_parameters_are_left_out_with_a_message(string parameter, string name)
    {
        var (body, category) = await app.CreateBodyAsync();
        var item = await app.CreateItemAsync(body, category, "城乡低保标准调整公告");
        var browser = app.Browser();
        // Within a body's search the body is the page's own: a body parameter means nothing there.
        foreach (var path in parameter.StartsWith("body=", StringComparison.Ordinal) ? ["/search"] : new[] { "/search", $"/bodies/{body.Slug}/search" })
        {
            var html = await browser.GetOkAsync($"{path}?q=%E4%BD%8E%E4%BF%9D&{parameter}");
            Assert.Contains(name, html);
            Assert.Contains("已忽略这一条件", html);
            Assert.Contains(item.Id, SearchTestData.ResultIds(html));
        }
    }

    [DbFact]
    public async Task Odd_but_wellformed_filters_give_an_empty_result_not_an_error()
    {
        var (body, category) = await app.CreateBodyAsync();
        await app.CreateItemAsync(body, category, "城乡低保标准调整公告");
        var browser = app.Browser();
        foreach (var parameter in new[] { "genre=%27%3B%20DROP%20TABLE%20items%3B--", "genre=%E9%80%9A%E7%9F%A5%22%3E%3Cb%3E", "year=1949", "page=999999", "body=" + body.Slug + "&category=" + category.Id + "&validity=expired" })
        {
            var html = await browser.GetOkAsync($"/bodies/{body.Slug}/search?q=%E4%BD%8E%E4%BF%9D&{parameter}");
            Assert.DoesNotContain("<b>", html);
            Assert.Contains("检索结果", html);
        }
        // A category of another body is no filter on this body's page.
        var (_, otherCategory) = await app.CreateBodyAsync();
        Assert.Contains("目录栏目", await browser.GetOkAsync($"/bodies/{body.Slug}/search?q=%E4%BD%8E%E4%BF%9D&category={otherCategory.Id}"));
    }
}

public sealed class SearchBadInputTests_Sqlite(BackOfficeSqliteApp app) : SearchBadInputTests(app), IClassFixture<BackOfficeSqliteApp>;

public sealed class SearchBadInputTests_Postgres(BackOfficePostgresApp app) : SearchBadInputTests(app), IClassFixture<BackOfficePostgresApp>;
