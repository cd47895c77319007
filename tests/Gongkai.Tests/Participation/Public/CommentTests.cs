using System.Net;
using Gongkai.Participation;
using Gongkai.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Tests.Participation.Public;

/// <summary>Comments on published items: the form on the item page, moderation, answers, bad input and double submits.</summary>
public abstract class CommentTests(GongkaiApp app)
{
    private async Task<(Gongkai.Bodies.Body Body, Gongkai.Items.DisclosureItem Item)> ItemAsync(TestData.Kind kind = TestData.Kind.Published)
    {
        var (body, category) = await app.CreateBodyAsync();
        return (body, await app.CreateItemAsync(body, category, "2025年秋季学期收费标准", kind));
    }

    [DbFact]
    public async Task A_comment_from_the_item_page_waits_for_moderation_and_its_tracking_page_says_so()
    {
        app.SkipUnlessAvailable();
        var browser = app.Browser();
        var (body, item) = await ItemAsync();
        var page = $"/items/{item.Id}";
        Assert.Contains("<h2 id=\"comments-heading\">留言</h2>", await browser.GetOkAsync(page));

        var (status, html, location) = await browser.SubmitAsync($"/items/{item.Id}/comment", OpinionTestData.Form("校服费是否包含冬季校服？"), tokenFrom: page);

        Assert.True(status == HttpStatusCode.Redirect, html);
        Assert.Matches("^/feedback/[A-Za-z0-9_-]{22}\\?submitted=1$", location);
        var saved = await app.OpinionAtAsync(location!);
        Assert.Equal((OpinionKind.Comment, item.Id, body.Id, true, Moderation.Pending), (saved.Kind, saved.ItemId, saved.BodyId, saved.WantsPublic, saved.Moderation));
        Assert.Equal(new OpinionAuthor("王小红", "13800001111", "hong@example.com"), saved.Author);
        var tracking = await browser.GetOkAsync(location!);
        Assert.Contains(saved.TrackingCode, tracking);
        Assert.Contains("经审核后在网站上公开显示", tracking);
        Assert.Contains("等待审核", tracking);
        Assert.DoesNotContain("13800001111", tracking);
        Assert.DoesNotContain("hong@example.com", tracking);
        Assert.DoesNotContain("校服费是否包含冬季校服", await browser.GetOkAsync(page));
    }

    [DbFact]
    public async Task A_shown_comment_appears_with_the_surname_only_its_public_answer_once_approved_and_its_published_rectification()
    {
        app.SkipUnlessAvailable();
        var (body, item) = await ItemAsync();
        var subject = new OpinionSubject(ItemId: item.Id);
        await app.CreateOpinionAsync(body, new(OpinionKind.Comment, "已公开的留言") { Subject = subject, Moderation = Moderation.Shown, Handling = Handling.Answered, Answer = "已批准的答复" });
        await app.CreateOpinionAsync(body, new(OpinionKind.Comment, "答复待审核的留言") { Subject = subject, Moderation = Moderation.Shown, Handling = Handling.AnswerPending, Answer = "尚待审核的答复" });
        var rectified = await app.CreateOpinionAsync(body, new(OpinionKind.Comment, "已整改的留言") { Subject = subject, Moderation = Moderation.Shown, Handling = Handling.RectificationPublished, Summary = "整改结果甲" });
        await app.CreateOpinionAsync(body, new(OpinionKind.Comment, "整改未公开的留言") { Subject = subject, Moderation = Moderation.Shown, Handling = Handling.Verified });

        var page = await app.Browser().GetOkAsync($"/items/{item.Id}");

        Assert.Contains("已公开的留言", page);
        Assert.Contains("已批准的答复", page);
        Assert.Contains("答复待审核的留言", page);
        Assert.DoesNotContain("尚待审核的答复", page);
        Assert.Contains("整改结果甲", page);
        Assert.Contains($"href=\"/bodies/{body.Slug}/rectifications/{rectified.Id}\"", page);
        Assert.Contains("整改未公开的留言", page);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(page, "/rectifications/"));
        Assert.Contains("李*", page);
        Assert.DoesNotContain("李家长", page);
        Assert.DoesNotContain("13912345678", page);
    }

    [DbFact]
    public async Task A_body_that_shows_comments_at_once_shows_them_at_once_unless_the_author_said_no()
    {
        app.SkipUnlessAvailable();
        var browser = app.Browser();
        var (body, item) = await ItemAsync();
        await app.ShowCommentsAtOnceAsync(body);
        var page = $"/items/{item.Id}";

        var shown = await browser.SubmitAsync($"/items/{item.Id}/comment", OpinionTestData.Form("马上公开的留言"), tokenFrom: page);
        var form = OpinionTestData.Form("不愿公开的留言");
        form.Remove("Input.Public");
        var kept = await browser.SubmitAsync($"/items/{item.Id}/comment", form, tokenFrom: page);

        Assert.Contains("已在网站上公开显示", await browser.GetOkAsync(shown.Location!));
        Assert.False((await app.OpinionAtAsync(kept.Location!)).WantsPublic);
        Assert.Contains("您未同意公开", await browser.GetOkAsync(kept.Location!));
        var html = await browser.GetOkAsync(page);
        Assert.Contains("马上公开的留言", html);
        Assert.DoesNotContain("不愿公开的留言", html);
    }

    [DbFact]
    public async Task A_comment_with_personal_data_waits_for_a_moderator_even_where_comments_show_at_once()
    {
        app.SkipUnlessAvailable();
        var browser = app.Browser();
        var (body, item) = await ItemAsync();
        await app.ShowCommentsAtOnceAsync(body);

        var (_, _, location) = await browser.SubmitAsync($"/items/{item.Id}/comment", OpinionTestData.Form("请联系我 13912345678"), tokenFrom: $"/items/{item.Id}");

        Assert.Equal(Moderation.Pending, (await app.OpinionAtAsync(location!)).Moderation);
        Assert.DoesNotContain("请联系我", await browser.GetOkAsync($"/items/{item.Id}"));
    }

    [DbTheory]
    [InlineData(TestData.Kind.Draft)]
    [InlineData(TestData.Kind.UnderReview)]
    [InlineData(TestData.Kind.OnApplication)]
    [InlineData(TestData.Kind.Withdrawn)]
    [InlineData(TestData.Kind.StaffOnly)]
    public async Task An_item_the_public_cannot_see_takes_no_comment(TestData.Kind kind)
    {
        app.SkipUnlessAvailable();
        var browser = app.Browser();
        var (body, item) = await ItemAsync(kind);
        var (_, visible) = await ItemAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await browser.FetchAsync($"/items/{item.Id}/comment")).Status);
        var (status, _, _) = await browser.SubmitAsync($"/items/{item.Id}/comment", OpinionTestData.Form("不应收到"), tokenFrom: $"/items/{visible.Id}");

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.SubmitAsync("/items/99999999/comment", OpinionTestData.Form("不应收到"), tokenFrom: $"/items/{visible.Id}")).Status);
        Assert.Equal(0, await app.WithDbAsync((db, _) => db.Opinions.CountAsync(o => o.BodyId == body.Id)));
    }

    [DbTheory]
    [InlineData("Input.Text", "", "请填写留言内容")]
    [InlineData("Input.Text", "LONG", "留言内容不能超过 5000 字，现为 5001 字")]
    [InlineData("Input.Phone", "打电话给我", "联系电话只能包含数字")]
    [InlineData("Input.Email", "not-an-address", "电子邮箱格式不正确")]
    [InlineData("Input.Name", "NAME", "姓名不能超过 50 字")]
    public async Task Bad_input_is_400_with_the_message_and_everything_typed(string field, string value, string message)
    {
        app.SkipUnlessAvailable();
        var browser = app.Browser();
        var (body, item) = await ItemAsync();
        value = value switch { "LONG" => new string('长', Opinion.TextMaxLength + 1), "NAME" => new string('名', 51), _ => value };
        var form = OpinionTestData.Form("保留我写的内容", (field, value), ("Input.Public", "false"));

        var (status, html, _) = await browser.SubmitAsync($"/items/{item.Id}/comment", form, tokenFrom: $"/items/{item.Id}");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains(message, html);
        Assert.Contains("class=\"error-summary\"", html);
        if (field != "Input.Text")
        {
            Assert.Contains("保留我写的内容</textarea>", html);
        }
        if (field != "Input.Phone")
        {
            Assert.Contains("value=\"13800001111\"", html);
        }
        Assert.DoesNotContain("name=\"Input.Public\" value=\"true\" checked", html);
        Assert.Equal(0, await app.WithDbAsync((db, _) => db.Opinions.CountAsync(o => o.BodyId == body.Id)));
    }

    [DbFact]
    public async Task A_form_sent_twice_makes_one_comment()
    {
        app.SkipUnlessAvailable();
        var browser = app.Browser();
        var (body, item) = await ItemAsync();
        var form = OpinionTestData.Form("只提交一次");

        var first = await browser.SubmitAsync($"/items/{item.Id}/comment", form, tokenFrom: $"/items/{item.Id}");
        var second = await browser.SubmitAsync($"/items/{item.Id}/comment", form, tokenFrom: $"/items/{item.Id}");

        Assert.Equal(HttpStatusCode.Redirect, second.Status);
        Assert.Equal(first.Location!.Split('?')[0], second.Location);
        Assert.Equal(1, await app.WithDbAsync((db, _) => db.Opinions.CountAsync(o => o.BodyId == body.Id)));
    }

    [DbFact]
    public async Task A_robot_filling_the_honeypot_is_turned_away()
    {
        app.SkipUnlessAvailable();
        var (body, item) = await ItemAsync();

        var (status, _, _) = await app.Browser().SubmitAsync($"/items/{item.Id}/comment", OpinionTestData.Form("广告", ("Website", "http://spam.example")), tokenFrom: $"/items/{item.Id}");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(0, await app.WithDbAsync((db, _) => db.Opinions.CountAsync(o => o.BodyId == body.Id)));
    }
}

public sealed class CommentTests_Sqlite(SqliteApp app) : CommentTests(app), IClassFixture<SqliteApp>;

public sealed class CommentTests_Postgres(PostgresApp app) : CommentTests(app), IClassFixture<PostgresApp>;
