using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Gongkai.Staff;
using Gongkai.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Tests.Items;

/// <summary>
/// The item body field in the back office: a textarea that wwwroot/js/rich-text.js turns into a
/// rich-text editor when scripts run, and that works on its own when they do not.
/// </summary>
public abstract partial class ItemBodyFieldTests
{
    private const string EditorHtml =
        "<h2>一、补贴对象</h2><p>持证的<strong>重度残疾人</strong>每月<em>10日前</em>领取。</p><ul><li>一级</li><li>二级</li></ul>"
        + "<table><thead><tr><th scope=\"col\">等级</th><th scope=\"col\">金额（元）</th></tr></thead><tbody><tr><td>一级</td><td>200</td></tr></tbody></table>";

    private readonly GongkaiApp app;

    protected ItemBodyFieldTests(GongkaiApp app)
    {
        this.app = app;
        app.SkipUnlessAvailable();
    }

    private static Dictionary<string, string> Form(int bodyId, int categoryId, string title, string bodyHtml) => new()
    {
        ["BodyId"] = bodyId.ToString(CultureInfo.InvariantCulture),
        ["Input.CategoryId"] = categoryId.ToString(CultureInfo.InvariantCulture),
        ["Input.Title"] = title,
        ["Input.IssuingBody"] = "测试机关",
        ["Input.CreatedOn"] = "2026-03-02",
        ["Input.Validity"] = "Valid",
        ["Input.Attribute"] = "Proactive",
        ["Input.Audience"] = "Everyone",
        ["Input.Timeliness"] = "AdHoc",
        ["Input.Timing"] = "AfterDecision",
        ["Input.BodyHtml"] = bodyHtml,
    };

    [DbFact]
    public async Task The_body_field_is_marked_for_the_editor_whose_script_is_same_origin_and_deferred()
    {
        var (body, _) = await app.CreateBodyAsync();
        var (_, browser) = await app.SignedInAsync((StaffRole.Drafter, body));

        using var response = await browser.GetAsync($"/admin/items/new?body={body.Slug}");
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<textarea id=\"Input_BodyHtml\" name=\"Input.BodyHtml\" rows=\"14\" aria-describedby=\"hint-body\" data-rich-text>", html);
        var script = ScriptTag().Match(html);
        Assert.True(script.Success, "the layout has no rich-text script");
        Assert.Contains("script-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);

        using var file = await browser.GetAsync(WebUtility.HtmlDecode(script.Groups[1].Value));
        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        Assert.Equal("text/javascript", file.Content.Headers.ContentType?.MediaType);
        Assert.Contains("textarea[data-rich-text]", await file.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [DbFact]
    public async Task What_the_editor_posts_is_stored_as_it_is()
    {
        var (body, category) = await app.CreateBodyAsync();
        var (_, browser) = await app.SignedInAsync((StaffRole.Drafter, body));

        var (status, _, location) = await browser.SubmitAsync("/admin/items/new", Form(body.Id, category.Id, "护理补贴发放说明", EditorHtml), $"/admin/items/new?body={body.Slug}");

        Assert.Equal(HttpStatusCode.Redirect, status);
        var id = int.Parse(location!.Split('/')[^1], CultureInfo.InvariantCulture);
        var stored = await app.WithDbAsync((db, _) => db.Items.Where(i => i.Id == id).Select(i => i.BodyHtml).SingleAsync());
        Assert.Equal(EditorHtml, stored);
    }

    [DbFact]
    public async Task A_form_sent_back_with_errors_keeps_the_body_for_the_editor_to_load()
    {
        var (body, category) = await app.CreateBodyAsync();
        var (_, browser) = await app.SignedInAsync((StaffRole.Drafter, body));

        var (status, html, _) = await browser.SubmitAsync("/admin/items/new", Form(body.Id, category.Id, "", EditorHtml + "<script>alert(1)</script>"), $"/admin/items/new?body={body.Slug}");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("请填写标题", html);
        var field = Regex.Match(html, "data-rich-text>(.*?)</textarea>", RegexOptions.Singleline);
        Assert.True(field.Success);
        Assert.Equal(EditorHtml + "<script>alert(1)</script>", WebUtility.HtmlDecode(field.Groups[1].Value));
        Assert.DoesNotContain("<script>alert(1)", html, StringComparison.Ordinal); // kept as text in the field, never as markup
    }

    [GeneratedRegex("<script src=\"(/js/rich-text\\.js\\?v=[^\"]+)\" defer></script>")]
    private static partial Regex ScriptTag();
}

public sealed class ItemBodyFieldTests_Sqlite(BackOfficeSqliteApp app) : ItemBodyFieldTests(app), IClassFixture<BackOfficeSqliteApp>;

public sealed class ItemBodyFieldTests_Postgres(BackOfficePostgresApp app) : ItemBodyFieldTests(app), IClassFixture<BackOfficePostgresApp>;
