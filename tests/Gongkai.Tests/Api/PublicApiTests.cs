using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using Gongkai.Tests.Infrastructure;

namespace Gongkai.Tests.Api;

/// <summary>The read API, the OpenAPI document and the Atom feeds.</summary>
public abstract class PublicApiTests
{
    private readonly GongkaiApp app;

    protected PublicApiTests(GongkaiApp app)
    {
        this.app = app;
        app.SkipUnlessAvailable();
    }

    private async Task<JsonElement> GetJsonAsync(string url)
    {
        using var response = await app.Browser().GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    [DbFact]
    public async Task Bodies_are_listed_with_their_type_in_chinese()
    {
        var (body, _) = await app.CreateBodyAsync();
        var bodies = await GetJsonAsync("/api/v1/bodies");
        var mine = bodies.EnumerateArray().Single(b => b.GetProperty("slug").GetString() == body.Slug);
        Assert.Equal("GovernmentDepartment", mine.GetProperty("type").GetString());
        Assert.Equal("政府部门", mine.GetProperty("typeName").GetString());
        var detail = await GetJsonAsync($"/api/v1/bodies/{body.Slug}");
        Assert.Equal("0000-1234567", detail.GetProperty("contacts").GetProperty("phone").GetString());
    }

    [DbFact]
    public async Task Catalogue_is_a_tree_with_item_counts()
    {
        var (body, category) = await app.CreateBodyAsync();
        await app.CreateItemAsync(body, category, "目录计数");
        await app.CreateItemAsync(body, category, "草稿不计数", TestData.Kind.Draft);
        var tree = await GetJsonAsync($"/api/v1/bodies/{body.Slug}/catalogue");
        var root = tree.EnumerateArray().Single();
        Assert.Equal(1, root.GetProperty("itemCount").GetInt32());
        Assert.Equal(category.Name, root.GetProperty("children")[0].GetProperty("name").GetString());
    }

    [DbFact]
    public async Task Items_page_by_twenty_and_filter_by_category_year_and_validity()
    {
        var (body, category) = await app.CreateBodyAsync();
        var other = await app.CreateCategoryAsync(body, "其他栏目");
        for (var i = 0; i < 21; i++)
        {
            await app.CreateItemAsync(body, category, $"接口信息{i}", publishedAt: new DateTimeOffset(2024, 1, 10 + i, 2, 0, 0, TimeSpan.Zero));
        }
        await app.CreateItemAsync(body, other, "另一栏目的信息", publishedAt: new DateTimeOffset(2025, 2, 1, 2, 0, 0, TimeSpan.Zero));
        var first = await GetJsonAsync($"/api/v1/bodies/{body.Slug}/items");
        Assert.Equal(22, first.GetProperty("total").GetInt32());
        Assert.Equal(2, first.GetProperty("pageCount").GetInt32());
        Assert.Equal(20, first.GetProperty("items").GetArrayLength());
        Assert.Equal("另一栏目的信息", first.GetProperty("items")[0].GetProperty("title").GetString());
        var second = await GetJsonAsync($"/api/v1/bodies/{body.Slug}/items?page=2");
        Assert.Equal(2, second.GetProperty("items").GetArrayLength());
        var byCategory = await GetJsonAsync($"/api/v1/bodies/{body.Slug}/items?category={other.Id}");
        Assert.Equal(1, byCategory.GetProperty("total").GetInt32());
        var byYear = await GetJsonAsync($"/api/v1/bodies/{body.Slug}/items?year=2024&validity=valid");
        Assert.Equal(21, byYear.GetProperty("total").GetInt32());
    }

    [DbTheory]
    [InlineData("page=x")]
    [InlineData("year=abcd")]
    [InlineData("validity=forever")]
    [InlineData("category=notanumber")]
    [InlineData("category=999999")]
    public async Task Bad_filters_are_400_problems_in_chinese(string query)
    {
        var (body, _) = await app.CreateBodyAsync();
        using var response = await app.Browser().GetAsync($"/api/v1/bodies/{body.Slug}/items?{query}");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var title = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("title").GetString()!;
        Assert.Matches("[\u4e00-\u9fff]", title);
    }

    [DbFact]
    public async Task Item_has_full_metadata_attachments_and_versions()
    {
        var (body, category) = await app.CreateBodyAsync();
        var item = await app.CreateItemAsync(body, category, "接口详情", change: b => b.Value = b.Value with { DocumentNumber = "测发(2025)3号" }, attachmentText: "附件");
        await app.ReviseAsync(item.Id, m => m with { Summary = "新增概述" }, "补充概述", TestData.Now.AddDays(1));
        var json = await GetJsonAsync($"/api/v1/items/{item.Id}");
        Assert.Equal(item.IndexNumber, json.GetProperty("indexNumber").GetString());
        Assert.Equal("测发〔2025〕3号", json.GetProperty("metadata").GetProperty("documentNumber").GetString());
        Assert.Equal("Proactive", json.GetProperty("metadata").GetProperty("attribute").GetString());
        Assert.Equal(1, json.GetProperty("attachments").GetArrayLength());
        Assert.Equal(2, json.GetProperty("versions").GetArrayLength());
        Assert.Equal("GovernmentWebsite", json.GetProperty("channels")[0].GetProperty("channel").GetString());
    }

    [DbFact]
    public async Task Unknown_or_hidden_records_are_404_problems()
    {
        var (body, category) = await app.CreateBodyAsync();
        var draft = await app.CreateItemAsync(body, category, "接口草稿", TestData.Kind.Draft);
        foreach (var url in new[] { $"/api/v1/items/{draft.Id}", "/api/v1/items/999999", "/api/v1/bodies/none", "/api/v1/bodies/none/items", "/api/v1/bodies/none/catalogue", "/api/v1/bodies/none/guide" })
        {
            using var response = await app.Browser().GetAsync(url);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        }
    }

    [DbFact]
    public async Task OpenApi_document_describes_the_read_api()
    {
        var doc = await GetJsonAsync("/openapi/v1.json");
        var paths = doc.GetProperty("paths");
        foreach (var path in new[] { "/api/v1/bodies", "/api/v1/bodies/{slug}", "/api/v1/bodies/{slug}/catalogue", "/api/v1/bodies/{slug}/items", "/api/v1/items/{id}" })
        {
            Assert.True(paths.TryGetProperty(path, out _), path);
        }
    }

    [DbFact]
    public async Task Atom_feed_lists_the_latest_public_items_of_a_body()
    {
        var (body, category) = await app.CreateBodyAsync();
        var item = await app.CreateItemAsync(body, category, "订阅测试通知");
        await app.CreateItemAsync(body, category, "订阅草稿", TestData.Kind.Draft);
        using var response = await app.Browser().GetAsync($"/bodies/{body.Slug}/feed.atom");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType!.MediaType);
        var feed = XDocument.Parse(await response.Content.ReadAsStringAsync());
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var entries = feed.Root!.Elements(atom + "entry").ToList();
        Assert.Equal(["订阅测试通知"], entries.Select(e => e.Element(atom + "title")!.Value));
        Assert.EndsWith($"/items/{item.Id}", entries[0].Element(atom + "link")!.Attribute("href")!.Value);
        Assert.Equal(HttpStatusCode.NotFound, (await app.Browser().FetchAsync("/bodies/none/feed.atom")).Status);
    }
}

public sealed class PublicApiTests_Sqlite(SqliteApp app) : PublicApiTests(app), IClassFixture<SqliteApp>;

public sealed class PublicApiTests_Postgres(PostgresApp app) : PublicApiTests(app), IClassFixture<PostgresApp>;

/// <summary>The public working-day calendar API (no database state involved beyond the shipped years).</summary>
public sealed class CalendarApiTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Theory]
    [InlineData("2025-09-26", 20, "2025-10-30", false)]
    [InlineData("2024-12-20", 20, "2025-01-20", false)]
    [InlineData("2026-12-20", 20, "2027-01-15", true)]
    public async Task Add_working_days_answers_the_date_and_whether_it_is_provisional(string from, int days, string date, bool provisional)
    {
        var json = JsonDocument.Parse(await app.Browser().GetOkAsync($"/api/v1/calendar/add-working-days?from={from}&days={days}")).RootElement;
        Assert.Equal(date, json.GetProperty("date").GetString());
        Assert.Equal(provisional, json.GetProperty("provisional").GetBoolean());
    }

    [Fact]
    public async Task Is_working_day_knows_make_up_days()
    {
        var json = JsonDocument.Parse(await app.Browser().GetOkAsync("/api/v1/calendar/is-working-day?date=2026-02-28")).RootElement;
        Assert.True(json.GetProperty("workingDay").GetBoolean());
        Assert.True(json.GetProperty("known").GetBoolean());
    }

    [Fact]
    public async Task Application_deadline_lists_the_days_that_shaped_it()
    {
        var json = JsonDocument.Parse(await app.Browser().GetOkAsync(
            "/api/v1/calendar/application-deadline?received=2025-09-26&pause=2025-10-09:2025-10-15&extension=10")).RootElement;
        Assert.Equal("2025-11-20", json.GetProperty("due").GetString());
        Assert.Equal("2025-11-06", json.GetProperty("dueWithoutExtension").GetString());
        Assert.Equal("2025-10-13", json.GetProperty("correctionNoticeDue").GetString());
        Assert.False(json.GetProperty("provisional").GetBoolean());
        Assert.Equal(30, json.GetProperty("countedDays").GetArrayLength());
        Assert.Equal(["2025-10-10", "2025-10-11", "2025-10-13", "2025-10-14", "2025-10-15"],
            json.GetProperty("pausedDays").EnumerateArray().Select(d => d.GetString()!));
    }

    [Fact]
    public async Task Application_deadline_restarts_from_a_correction_and_marks_unknown_years()
    {
        var corrected = JsonDocument.Parse(await app.Browser().GetOkAsync("/api/v1/calendar/application-deadline?received=2025-09-26&corrected=2025-10-20")).RootElement;
        Assert.Equal("2025-11-17", corrected.GetProperty("due").GetString());
        Assert.Equal("2025-10-20", corrected.GetProperty("dayZero").GetString());
        var future = JsonDocument.Parse(await app.Browser().GetOkAsync("/api/v1/calendar/application-deadline?received=2026-12-10")).RootElement;
        Assert.True(future.GetProperty("provisional").GetBoolean());
    }

    [Theory]
    [InlineData("/api/v1/calendar/add-working-days?from=2025-02-30&days=1")]
    [InlineData("/api/v1/calendar/add-working-days?from=2025-02-03&days=abc")]
    [InlineData("/api/v1/calendar/add-working-days?from=2025-02-03&days=-5")]
    [InlineData("/api/v1/calendar/add-working-days")]
    [InlineData("/api/v1/calendar/is-working-day?date=%3Cscript%3E")]
    [InlineData("/api/v1/calendar/application-deadline")]
    [InlineData("/api/v1/calendar/application-deadline?received=2025-09-26&extension=30")]
    [InlineData("/api/v1/calendar/application-deadline?received=2025-09-26&corrected=2025-09-01")]
    [InlineData("/api/v1/calendar/application-deadline?received=2025-09-26&pause=2025-10-15:2025-10-01")]
    [InlineData("/api/v1/calendar/application-deadline?received=2025-09-26&pause=%27%3B--")]
    public async Task Bad_parameters_are_400_in_chinese(string url)
    {
        using var response = await app.Browser().GetAsync(url);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Matches("[\u4e00-\u9fff]", await response.Content.ReadAsStringAsync());
    }
}
