using System.Net;
using Gongkai.Items;
using Gongkai.Tests.Infrastructure;

namespace Gongkai.Tests.Portal;

/// <summary>The public pages render, answer 404 for unknown records and 400 for malformed parameters.</summary>
public abstract class PortalPageTests
{
    private readonly GongkaiApp app;

    protected PortalPageTests(GongkaiApp app)
    {
        this.app = app;
        app.SkipUnlessAvailable();
    }

    [DbFact]
    public async Task Home_lists_bodies_and_latest_items_in_chinese_characters()
    {
        var (body, category) = await app.CreateBodyAsync();
        var item = await app.CreateItemAsync(body, category, "关于公布" + TestData.Unique() + "的通知", publishedAt: DateTimeOffset.UtcNow);
        var html = await app.Browser().GetOkAsync("/");
        Assert.Contains(body.Name, html);
        Assert.Contains(item.Title, html);
        Assert.Contains("最新公开信息", html);
        Assert.DoesNotContain("&#x", html);
        Assert.Contains("lang=\"zh-CN\"", html);
    }

    [DbFact]
    public async Task Body_home_shows_guide_catalogue_latest_and_contacts()
    {
        var (body, category) = await app.CreateBodyAsync();
        await app.AddGuideAsync(body, 1, "<p>指南正文</p>");
        var item = await app.CreateItemAsync(body, category, "机构职能" + TestData.Unique());
        var html = await app.Browser().GetOkAsync($"/bodies/{body.Slug}");
        Assert.Contains("政府信息公开指南", html);
        Assert.Contains("政府信息公开目录", html);
        Assert.Contains(category.Name, html);
        Assert.Contains("（1 条）", html);
        Assert.Contains(item.Title, html);
        Assert.Contains("0000-1234567", html);
    }

    [DbFact]
    public async Task Unknown_body_is_a_chinese_404_page()
    {
        var (status, html) = await app.Browser().FetchAsync("/bodies/no-such-body");
        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Contains("页面不存在", html);
    }

    [DbFact]
    public async Task Unknown_item_and_category_are_404()
    {
        var (body, _) = await app.CreateBodyAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await app.Browser().FetchAsync("/items/987654")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await app.Browser().FetchAsync($"/bodies/{body.Slug}/catalogue/987654")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await app.Browser().FetchAsync("/items/abc")).Status);
    }

    [DbFact]
    public async Task Guide_shows_current_version_and_earlier_ones_on_request()
    {
        var (body, _) = await app.CreateBodyAsync();
        await app.AddGuideAsync(body, 1, "<p>旧指南：办公时间上午九点</p>");
        await app.AddGuideAsync(body, 2, "<p>新指南：办公时间上午八点半</p>", "调整办公时间");
        var browser = app.Browser();
        var current = await browser.GetOkAsync($"/bodies/{body.Slug}/guide");
        Assert.Contains("新指南", current);
        Assert.DoesNotContain("旧指南", current);
        Assert.Contains("调整办公时间", current);
        var old = await browser.GetOkAsync($"/bodies/{body.Slug}/guide?version=1");
        Assert.Contains("旧指南", old);
        Assert.Contains("历史版本", old);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.FetchAsync($"/bodies/{body.Slug}/guide?version=9")).Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await browser.FetchAsync($"/bodies/{body.Slug}/guide?version=x")).Status);
    }

    [DbFact]
    public async Task Category_listing_pages_by_twenty_with_total_count()
    {
        var (body, category) = await app.CreateBodyAsync();
        for (var i = 0; i < 23; i++)
        {
            await app.CreateItemAsync(body, category, $"第{i:D2}号通知", publishedAt: TestData.Now.AddDays(i));
        }
        var browser = app.Browser();
        var first = await browser.GetOkAsync($"/bodies/{body.Slug}/catalogue/{category.Id}");
        Assert.Contains("共 23 条信息，第 1/2 页", first);
        Assert.Contains("第22号通知", first);
        Assert.DoesNotContain("第02号通知", first);
        var second = await browser.GetOkAsync($"/bodies/{body.Slug}/catalogue/{category.Id}?page=2");
        Assert.Contains("第00号通知", second);
        Assert.DoesNotContain("第22号通知", second);
    }

    [DbFact]
    public async Task Parent_category_lists_the_items_of_its_children()
    {
        var (body, category) = await app.CreateBodyAsync();
        var item = await app.CreateItemAsync(body, category, "子栏目信息" + TestData.Unique());
        var parentId = await app.WithDbAsync((db, _) => Task.FromResult(db.CatalogueCategories.Single(c => c.Id == category.Id).ParentId!.Value));
        var html = await app.Browser().GetOkAsync($"/bodies/{body.Slug}/catalogue/{parentId}");
        Assert.Contains(item.Title, html);
    }

    [DbFact]
    public async Task Category_listing_filters_by_year_and_validity()
    {
        var (body, category) = await app.CreateBodyAsync();
        await app.CreateItemAsync(body, category, "二〇二三年文件", publishedAt: new DateTimeOffset(2023, 3, 1, 2, 0, 0, TimeSpan.Zero));
        await app.CreateItemAsync(body, category, "二〇二四年文件", publishedAt: new DateTimeOffset(2024, 3, 1, 2, 0, 0, TimeSpan.Zero));
        await app.CreateItemAsync(body, category, "已废止文件", change: b => b.Value = b.Value with { Validity = Validity.Repealed, ValidUntil = new DateOnly(2024, 12, 31) },
            publishedAt: new DateTimeOffset(2024, 5, 1, 2, 0, 0, TimeSpan.Zero));
        var browser = app.Browser();
        var y2023 = await browser.GetOkAsync($"/bodies/{body.Slug}/catalogue/{category.Id}?year=2023");
        Assert.Contains("二〇二三年文件", y2023);
        Assert.DoesNotContain("二〇二四年文件", y2023);
        var repealed = await browser.GetOkAsync($"/bodies/{body.Slug}/catalogue/{category.Id}?validity=repealed");
        Assert.Contains("已废止文件", repealed);
        Assert.DoesNotContain("二〇二三年文件", repealed);
        var none = await browser.GetOkAsync($"/bodies/{body.Slug}/catalogue/{category.Id}?year=2020");
        Assert.Contains("没有符合筛选条件的信息", none);
    }

    [DbTheory]
    [InlineData("page=abc", "页码")]
    [InlineData("page=0", "页码")]
    [InlineData("page=-3", "页码")]
    [InlineData("page=99999999999999999999", "页码")]
    [InlineData("year=20x4", "年份")]
    [InlineData("year=1800", "年份")]
    [InlineData("validity=maybe", "有效性")]
    [InlineData("validity=%3Cscript%3E", "有效性")]
    public async Task Malformed_paging_or_filter_is_400_with_a_chinese_message(string query, string word)
    {
        var (body, category) = await app.CreateBodyAsync();
        var (status, html) = await app.Browser().FetchAsync($"/bodies/{body.Slug}/catalogue/{category.Id}?{query}");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("筛选条件有误", html);
        Assert.Contains(word, html);
        Assert.DoesNotContain("<script>", html);
    }

    [DbFact]
    public async Task Page_beyond_the_last_shows_the_last_page_with_a_note()
    {
        var (body, category) = await app.CreateBodyAsync();
        await app.CreateItemAsync(body, category, "唯一一条");
        var html = await app.Browser().GetOkAsync($"/bodies/{body.Slug}/catalogue/{category.Id}?page=7");
        Assert.Contains("没有第 7 页", html);
        Assert.Contains("唯一一条", html);
    }

    [DbFact]
    public async Task Item_page_shows_the_standard_metadata_box_first()
    {
        var (body, category) = await app.CreateBodyAsync();
        var item = await app.CreateItemAsync(body, category, "关于调整残疾人证办理时限的通知", change: b => b.Value = b.Value with
        {
            DocumentNumber = "示残联发[2025]7号",
            SubjectClass = "社会保障",
            Keywords = "残疾人证 时限",
        });
        var html = await app.Browser().GetOkAsync($"/items/{item.Id}");
        foreach (var label in new[] { "索引号", "主题分类", "发布机构", "成文日期", "发布日期", "文号", "有效性", "主题词" })
        {
            Assert.Contains($"<th scope=\"row\">{label}</th>", html);
        }
        Assert.Contains("示残联发〔2025〕7号", html);
        Assert.Contains(item.IndexNumber!, html);
        Assert.Contains("2025年5月20日", html);
        Assert.True(html.IndexOf("class=\"meta-box\"", StringComparison.Ordinal) < html.IndexOf("class=\"item-title\"", StringComparison.Ordinal));
        Assert.Contains($"/items/{item.Id}/print", html);
    }

    [DbFact]
    public async Task Print_view_has_the_document_without_site_chrome()
    {
        var (body, category) = await app.CreateBodyAsync();
        var item = await app.CreateItemAsync(body, category, "打印测试通知");
        var html = await app.Browser().GetOkAsync($"/items/{item.Id}/print");
        Assert.Contains("打印测试通知", html);
        Assert.Contains("/css/print.css", html);
        Assert.DoesNotContain("site-header", html);
    }

    [DbFact]
    public async Task History_shows_what_changed_between_versions()
    {
        var (body, category) = await app.CreateBodyAsync();
        var item = await app.CreateItemAsync(body, category, "收费标准公示", change: b => b.Value = b.Value with { BodyHtml = "<p>作业本费每学期30元。</p><p>投诉电话不变。</p>" });
        await app.ReviseAsync(item.Id, m => m with { BodyHtml = "<p>作业本费每学期25元。</p><p>投诉电话不变。</p>", Keywords = "收费" }, "下调作业本费", TestData.Now.AddDays(30));
        var browser = app.Browser();
        var history = await browser.GetOkAsync($"/items/{item.Id}/history");
        Assert.Contains("共 2 个版本", history);
        Assert.Contains("下调作业本费", history);
        Assert.Contains("<del>作业本费每学期30元。</del>", history);
        Assert.Contains("<ins>作业本费每学期25元。</ins>", history);
        Assert.Contains("<th scope=\"row\">主题词</th>", history);
        var v1 = await browser.GetOkAsync($"/items/{item.Id}/versions/1");
        Assert.Contains("作业本费每学期30元", v1);
        Assert.Contains("已被新版本替代", v1);
        var current = await browser.GetOkAsync($"/items/{item.Id}");
        Assert.Contains("作业本费每学期25元", current);
        Assert.Contains("查看历史版本", current);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.FetchAsync($"/items/{item.Id}/versions/3")).Status);
    }

    [DbFact]
    public async Task Withdrawn_item_is_404_with_date_and_kind_of_reason_only()
    {
        var (body, category) = await app.CreateBodyAsync();
        var item = await app.CreateItemAsync(body, category, "将被撤回的通知", TestData.Kind.Withdrawn);
        var (status, html) = await app.Browser().FetchAsync($"/items/{item.Id}");
        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Contains("该信息已撤回", html);
        Assert.Contains("内容有误", html);
        Assert.Contains("2025年6月3日", html);
        Assert.DoesNotContain("将被撤回的通知", html);
        Assert.DoesNotContain("测试撤回", html);
    }

    [DbFact]
    public async Task Attachment_downloads_with_its_name_and_type()
    {
        var (body, category) = await app.CreateBodyAsync();
        var item = await app.CreateItemAsync(body, category, "带附件的通知", attachmentText: "附件内容：名单");
        var attachmentId = await app.WithDbAsync((db, _) => Task.FromResult(db.Attachments.Single(a => a.ItemId == item.Id).Id));
        using var response = await app.Browser().GetAsync($"/items/{item.Id}/attachments/{attachmentId}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("附件内容：名单", await response.Content.ReadAsStringAsync());
        Assert.Contains("text/plain", response.Content.Headers.ContentType!.ToString());
        Assert.Equal("说明.txt", response.Content.Headers.ContentDisposition!.FileNameStar);
        var page = await app.Browser().GetOkAsync($"/items/{item.Id}");
        Assert.Contains("说明.txt", page);
        Assert.Contains("（文本，", page);
    }

    [DbFact]
    public async Task Display_modes_persist_in_a_cookie_and_return_to_the_page()
    {
        var browser = app.Browser();
        using var response = await browser.GetAsync("/preferences/elder?return=%2Fsitemap");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/sitemap", response.Headers.Location!.OriginalString);
        var cookie = response.Headers.GetValues("Set-Cookie").Single();
        Assert.Contains("gk-mode=elder", cookie);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/sitemap");
        request.Headers.Add("Cookie", "gk-mode=elder");
        using var page = await browser.SendAsync(request);
        Assert.Contains("class=\"mode-elder\"", await page.Content.ReadAsStringAsync());
        using var offsite = await browser.GetAsync("/preferences/a11y?return=https%3A%2F%2Fevil.example");
        Assert.Equal("/", offsite.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.FetchAsync("/preferences/bogus")).Status);
    }
}

public sealed class PortalPageTests_Sqlite(SqliteApp app) : PortalPageTests(app), IClassFixture<SqliteApp>;

public sealed class PortalPageTests_Postgres(PostgresApp app) : PortalPageTests(app), IClassFixture<PostgresApp>;
