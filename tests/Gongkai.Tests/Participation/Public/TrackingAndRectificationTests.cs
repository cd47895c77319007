using System.Net;
using Gongkai.Participation;
using Gongkai.Participation.Public;
using Gongkai.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Tests.Participation.Public;

/// <summary>Following an opinion by its link or code; a body's answers and published rectifications, and opinions invited again on them.</summary>
public abstract class TrackingAndRectificationTests(GongkaiApp app)
{
    [DbFact]
    public async Task The_code_alone_finds_the_opinion_and_a_wrong_code_says_the_same_either_way()
    {
        app.SkipUnlessAvailable();
        var browser = app.Browser();
        var (body, _) = await app.CreateBodyAsync();
        var opinion = await app.CreateOpinionAsync(body, new(OpinionKind.Report, "匿名举报") { Author = OpinionAuthor.Anonymous });

        var found = await browser.SubmitAsync("/feedback", new() { ["Code"] = opinion.TrackingCode.ToLowerInvariant().Replace("-", " ") }, tokenFrom: "/feedback");

        Assert.Equal(HttpStatusCode.Redirect, found.Status);
        Assert.Equal($"/feedback/{opinion.AccessToken}", found.Location);
        foreach (var wrong in new[] { "ZZZZ-ZZZZ-ZZZZ", "' OR 1=1 --", "" })
        {
            var (status, html, _) = await browser.SubmitAsync("/feedback", new() { ["Code"] = wrong }, tokenFrom: "/feedback");
            Assert.Equal(HttpStatusCode.BadRequest, status);
            Assert.Contains(FeedbackModel.NotFoundMessage, html);
        }
        Assert.Equal(HttpStatusCode.NotFound, (await browser.FetchAsync("/feedback/AAAAAAAAAAAAAAAAAAAAAA")).Status);
    }

    [DbFact]
    public async Task The_tracking_page_shows_the_handling_and_the_private_answer_but_no_contact_details_nor_moderation_reasons()
    {
        app.SkipUnlessAvailable();
        var browser = app.Browser();
        var (body, _) = await app.CreateBodyAsync();
        var answered = await app.CreateOpinionAsync(body, new(OpinionKind.Suggestion, "路灯坏了") { Handling = Handling.Rectifying, AnswerPublic = false, Answer = "私下的答复", Task = "更换路灯", Owner = "城建办" });
        var hidden = await app.CreateOpinionAsync(body, new(OpinionKind.Comment, "被隐藏的留言") { Subject = new(ItemId: await ItemIdAsync(body)), Moderation = Moderation.Hidden });
        var pending = await app.CreateOpinionAsync(body, new(OpinionKind.Suggestion, "答复待批") { Handling = Handling.AnswerPending, Answer = "尚待审核的答复" });

        var page = await browser.GetOkAsync($"/feedback/{answered.AccessToken}");
        var hiddenPage = await browser.GetOkAsync($"/feedback/{hidden.AccessToken}");
        var pendingPage = await browser.GetOkAsync($"/feedback/{pending.AccessToken}");

        Assert.Contains("整改中", page);
        Assert.Contains("私下的答复", page);
        Assert.Contains("不在网站上公开", page);
        Assert.Contains("更换路灯", page);
        Assert.Contains("城建办", page);
        Assert.Contains("被隐藏的留言", hiddenPage);
        Assert.Contains("未予公开显示", hiddenPage);
        Assert.Contains("答复待审核", pendingPage);
        Assert.DoesNotContain("尚待审核的答复", pendingPage);
        foreach (var html in new[] { page, hiddenPage, pendingPage })
        {
            Assert.DoesNotContain("13912345678", html);
            Assert.DoesNotContain("li@example.com", html);
            Assert.DoesNotContain("李家长", html);
            Assert.DoesNotContain("HIDDENREASON", html);
        }
    }

    [DbFact]
    public async Task A_published_rectification_has_its_page_with_tasks_evidence_and_verification()
    {
        app.SkipUnlessAvailable();
        var browser = app.Browser();
        var (body, _) = await app.CreateBodyAsync();
        var shown = await app.CreateOpinionAsync(body, new(OpinionKind.Suggestion, "公开的原意见") { Moderation = Moderation.Shown, Handling = Handling.RectificationPublished });
        var notPublic = await app.CreateOpinionAsync(body, new(OpinionKind.Complaint, "投诉的原文") { Subject = new(AgainstBodyId: body.Id), Handling = Handling.RectificationPublished, AnswerPublic = false, Answer = "投诉的答复" });

        var list = await browser.GetOkAsync($"/bodies/{body.Slug}/feedback");
        var page = await browser.GetOkAsync($"/bodies/{body.Slug}/rectifications/{shown.Id}");
        var neutral = await browser.GetOkAsync($"/bodies/{body.Slug}/rectifications/{notPublic.Id}");

        Assert.Contains($"/bodies/{body.Slug}/rectifications/{shown.Id}", list);
        Assert.Contains($"/bodies/{body.Slug}/rectifications/{notPublic.Id}", list);
        foreach (var text in new[] { "公开的原意见", "在校门口张贴收费公示", "总务处", "已张贴，附照片", "经现场核实，已整改到位。", "收费公示已张贴，家长可随时查看。", "感谢您的意见，已研究答复。", "对整改结果发表意见" })
        {
            Assert.Contains(text, page);
        }
        Assert.Contains("一条投诉（内容不公开）", neutral);
        Assert.DoesNotContain("投诉的原文", neutral + list);
        Assert.DoesNotContain("投诉的答复", neutral + list);
        Assert.DoesNotContain("李家长", page + neutral + list);
    }

    [DbTheory]
    [InlineData(Handling.Verified, Moderation.Shown)]
    [InlineData(Handling.Rectifying, Moderation.Shown)]
    [InlineData(Handling.RectificationPublished, Moderation.Hidden)]
    public async Task A_rectification_not_published_or_hidden_is_404(Handling handling, Moderation moderation)
    {
        app.SkipUnlessAvailable();
        var browser = app.Browser();
        var (body, _) = await app.CreateBodyAsync();
        var (other, _) = await app.CreateBodyAsync();
        var opinion = await app.CreateOpinionAsync(body, new(OpinionKind.Suggestion, "整改未公开") { Moderation = moderation, Handling = handling });
        var published = await app.CreateOpinionAsync(body, new(OpinionKind.Suggestion, "已公开") { Moderation = Moderation.Shown, Handling = Handling.RectificationPublished });

        Assert.Equal(HttpStatusCode.NotFound, (await browser.FetchAsync($"/bodies/{body.Slug}/rectifications/{opinion.Id}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.FetchAsync($"/bodies/{other.Slug}/rectifications/{published.Id}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.SubmitAsync($"/bodies/{body.Slug}/rectifications/{opinion.Id}", OpinionTestData.Form("不应收到"), tokenFrom: "/feedback")).Status);
        var list = await browser.GetOkAsync($"/bodies/{body.Slug}/feedback");
        Assert.DoesNotContain($"/rectifications/{opinion.Id}\"", list);
        Assert.Contains($"/rectifications/{published.Id}\"", list);
    }

    [DbFact]
    public async Task An_opinion_on_the_result_follows_the_rectified_opinion_and_shows_there_once_accepted()
    {
        app.SkipUnlessAvailable();
        var browser = app.Browser();
        var (body, _) = await app.CreateBodyAsync();
        var rectified = await app.CreateOpinionAsync(body, new(OpinionKind.Suggestion, "原意见") { Moderation = Moderation.Shown, Handling = Handling.RectificationPublished });
        var url = $"/bodies/{body.Slug}/rectifications/{rectified.Id}";

        var (status, html, location) = await browser.SubmitAsync(url, OpinionTestData.Form("公示位置太高，看不清"), tokenFrom: url);

        Assert.True(status == HttpStatusCode.Redirect, html);
        var followUp = await app.OpinionAtAsync(location!);
        Assert.Equal((OpinionKind.Suggestion, body.Id, (int?)rectified.Id), (followUp.Kind, followUp.BodyId, followUp.FollowsOpinionId));
        Assert.DoesNotContain("公示位置太高", await browser.GetOkAsync(url));
        await app.WithDbAsync(async (db, _) =>
        {
            var o = await db.Opinions.SingleAsync(x => x.Id == followUp.Id);
            o.Show(new OpinionActor(null, "审核员"), DateTimeOffset.UtcNow);
            return await db.SaveChangesAsync();
        });
        Assert.Contains("公示位置太高，看不清", await browser.GetOkAsync(url));
    }

    [DbFact]
    public async Task The_body_feedback_page_lists_public_answers_and_is_linked_from_the_body_home()
    {
        app.SkipUnlessAvailable();
        var browser = app.Browser();
        var (body, _) = await app.CreateBodyAsync();
        await app.CreateOpinionAsync(body, new(OpinionKind.Suggestion, "已答复的公开建议") { Moderation = Moderation.Shown, Handling = Handling.Answered, Answer = "公开答复甲" });
        await app.CreateOpinionAsync(body, new(OpinionKind.Suggestion, "私下答复") { Moderation = Moderation.Shown, Handling = Handling.Answered, AnswerPublic = false, Answer = "私下答复乙" });
        await app.CreateOpinionAsync(body, new(OpinionKind.Report, "举报原文") { Handling = Handling.Answered, Answer = "举报答复丙" });

        var home = await browser.GetOkAsync($"/bodies/{body.Slug}");
        var list = await browser.GetOkAsync($"/bodies/{body.Slug}/feedback");

        Assert.Contains($"href=\"/bodies/{body.Slug}/feedback\"", home);
        Assert.Contains($"href=\"/bodies/{body.Slug}/suggestions\"", home);
        Assert.Contains($"href=\"/bodies/{body.Slug}/complain\"", home);
        Assert.Contains("已答复的公开建议", list);
        Assert.Contains("公开答复甲", list);
        Assert.DoesNotContain("私下答复", list);
        Assert.DoesNotContain("举报原文", list);
        Assert.DoesNotContain("举报答复丙", list);
        Assert.Contains("共 1 条", list);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.FetchAsync("/bodies/no-such-body/feedback")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.FetchAsync($"/bodies/{body.Slug}/feedback?page=0")).Status);
    }

    private async Task<int> ItemIdAsync(Bodies.Body body)
    {
        var category = await app.CreateCategoryAsync(body, "留言测试");
        return (await app.CreateItemAsync(body, category, "有留言的信息")).Id;
    }
}

public sealed class TrackingAndRectificationTests_Sqlite(SqliteApp app) : TrackingAndRectificationTests(app), IClassFixture<SqliteApp>;

public sealed class TrackingAndRectificationTests_Postgres(PostgresApp app) : TrackingAndRectificationTests(app), IClassFixture<PostgresApp>;
