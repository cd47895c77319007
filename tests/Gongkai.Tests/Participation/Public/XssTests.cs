using System.Net;
using Gongkai.Participation;
using Gongkai.Tests.Infrastructure;

namespace Gongkai.Tests.Participation.Public;

/// <summary>Scripts and markup in comments, suggestions and answers are shown as text and never executed.</summary>
public abstract class XssTests(GongkaiApp app)
{
    public static readonly string[] Payloads =
    [
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "\"><svg onload=alert(1)>",
        "<a href=\"javascript:alert(1)\">点我</a>",
        "'><iframe src=javascript:alert(1)>",
    ];

    private static readonly string Text = "留言：" + string.Join(" ", Payloads);

    /// <summary>None of the payloads' markup is on the page, and the first one is there as encoded text.</summary>
    private static void AssertOnlyEncoded(string html)
    {
        foreach (var raw in new[] { "<script>alert", "<img src=x", "<svg onload", "href=\"javascript:", "<iframe src=javascript", "onerror=alert(1)>" })
        {
            Assert.DoesNotContain(raw, html, StringComparison.OrdinalIgnoreCase);
        }
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", html);
    }

    [DbFact]
    public async Task Payloads_in_a_comment_and_its_answer_are_text_on_the_item_page_the_tracking_page_and_the_rectification_page()
    {
        app.SkipUnlessAvailable();
        var browser = app.Browser();
        var (body, category) = await app.CreateBodyAsync();
        var item = await app.CreateItemAsync(body, category, "有留言的信息");
        await app.ShowCommentsAtOnceAsync(body);
        var (status, html, location) = await browser.SubmitAsync($"/items/{item.Id}/comment", OpinionTestData.Form(Text, ("Input.Name", "<b>王</b>")), tokenFrom: $"/items/{item.Id}");
        Assert.True(status == HttpStatusCode.Redirect, html);
        var rectified = await app.CreateOpinionAsync(body, new(OpinionKind.Suggestion, Text)
        {
            Title = Payloads[2],
            Moderation = Moderation.Shown,
            Handling = Handling.RectificationPublished,
            Answer = "答复：" + Text,
            Task = Text,
            Owner = Payloads[1],
            Evidence = Text,
            Verification = Text,
            Summary = Text,
        });

        AssertOnlyEncoded(await browser.GetOkAsync($"/items/{item.Id}"));
        AssertOnlyEncoded(await browser.GetOkAsync(location!));
        AssertOnlyEncoded(await browser.GetOkAsync($"/feedback/{rectified.AccessToken}"));
        AssertOnlyEncoded(await browser.GetOkAsync($"/bodies/{body.Slug}/rectifications/{rectified.Id}"));
        AssertOnlyEncoded(await browser.GetOkAsync($"/bodies/{body.Slug}/suggestions"));
        AssertOnlyEncoded(await browser.GetOkAsync($"/bodies/{body.Slug}/feedback"));
    }

    [DbFact]
    public async Task Payloads_typed_into_a_form_sent_back_with_errors_are_text()
    {
        app.SkipUnlessAvailable();
        var browser = app.Browser();
        var (body, _) = await app.CreateBodyAsync();
        var url = $"/bodies/{body.Slug}/suggestions";

        var (status, html, _) = await browser.SubmitAsync(url, OpinionTestData.Form(Text, ("Input.Title", Payloads[2]), ("Input.Email", "<script>alert(1)</script>")), tokenFrom: url);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        AssertOnlyEncoded(html);
        Assert.Contains("value=\"&quot;&gt;&lt;svg onload=alert(1)&gt;\"", html);
    }
}

public sealed class XssTests_Sqlite(SqliteApp app) : XssTests(app), IClassFixture<SqliteApp>;

public sealed class XssTests_Postgres(PostgresApp app) : XssTests(app), IClassFixture<PostgresApp>;
