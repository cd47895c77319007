using System.Net;
using Gongkai.Participation;
using Gongkai.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Gongkai.Tests.Infrastructure.StaffTestData;

namespace Gongkai.Tests.Participation.Public;

/// <summary>The suggestion box of each body, and complaints and reports routed to the body that must handle them.</summary>
public abstract class SuggestionAndComplaintTests(GongkaiApp app)
{
    [DbFact]
    public async Task A_suggestion_goes_to_the_body_and_the_box_lists_answered_ones_with_only_what_is_public()
    {
        app.SkipUnlessAvailable();
        var browser = app.Browser();
        var (body, _) = await app.CreateBodyAsync();
        var url = $"/bodies/{body.Slug}/suggestions";
        await app.CreateOpinionAsync(body, new(OpinionKind.Suggestion, "公开且已答复的建议") { Title = "关于食堂", Moderation = Moderation.Shown, Handling = Handling.Answered, Answer = "食堂的答复" });
        await app.CreateOpinionAsync(body, new(OpinionKind.Suggestion, "不愿公开的建议") { WantsPublic = false, Handling = Handling.Answered, Answer = "公开的答复" });
        await app.CreateOpinionAsync(body, new(OpinionKind.Suggestion, "私下答复的建议") { Moderation = Moderation.Shown, Handling = Handling.Answered, AnswerPublic = false, Answer = "只给本人的答复" });
        await app.CreateOpinionAsync(body, new(OpinionKind.Suggestion, "尚未答复的建议") { Moderation = Moderation.Shown });

        var (status, html, location) = await browser.SubmitAsync(url, OpinionTestData.Form("建议延长阅览室开放时间", ("Input.Title", "阅览室")), tokenFrom: url);

        Assert.True(status == HttpStatusCode.Redirect, html);
        var saved = await app.OpinionAtAsync(location!);
        Assert.Equal((OpinionKind.Suggestion, body.Id, "阅览室", (int?)null), (saved.Kind, saved.BodyId, saved.Title, saved.AgainstBodyId));
        var box = await browser.GetOkAsync(url);
        Assert.Contains("公开且已答复的建议", box);
        Assert.Contains("关于食堂", box);
        Assert.Contains("食堂的答复", box);
        Assert.Contains("一条意见建议（内容不公开）", box);
        Assert.Contains("公开的答复", box);
        Assert.DoesNotContain("不愿公开的建议", box);
        Assert.Contains("私下答复的建议", box);
        Assert.DoesNotContain("只给本人的答复", box);
        Assert.DoesNotContain("尚未答复的建议", box);
        Assert.DoesNotContain("建议延长阅览室开放时间", box);
        Assert.Contains("只给本人的答复", await browser.GetOkAsync((await TrackingLinkAsync(body.Id, "私下答复的建议"))));
    }

    [DbFact]
    public async Task The_suggestion_box_is_paged()
    {
        app.SkipUnlessAvailable();
        var (body, _) = await app.CreateBodyAsync();
        for (var i = 0; i < Gongkai.Portal.ListQuery.PageSize + 1; i++)
        {
            await app.CreateOpinionAsync(body, new(OpinionKind.Suggestion, $"第{i}条建议") { Moderation = Moderation.Shown, Handling = Handling.Answered });
        }
        var browser = app.Browser();

        var first = await browser.GetOkAsync($"/bodies/{body.Slug}/suggestions");
        var second = await browser.GetOkAsync($"/bodies/{body.Slug}/suggestions?page=2");

        Assert.Contains("共 21 条", first);
        Assert.Contains("第20条建议", first);
        Assert.DoesNotContain("第0条建议", first);
        Assert.Contains("第0条建议", second);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.FetchAsync("/bodies/no-such-body/suggestions")).Status);
    }

    [DbFact]
    public async Task A_complaint_goes_to_the_supervising_body_and_names_the_body_complained_of()
    {
        app.SkipUnlessAvailable();
        var browser = app.Browser();
        var (county, _) = await app.CreateBodyAsync("示范县教育局");
        var school = await app.CreateChildBodyAsync(county, "示范小学");
        var url = $"/bodies/{school.Slug}/complain";
        var page = await browser.GetOkAsync(url);
        Assert.Contains("不记录您的网络地址", page);
        Assert.True(HasSelectedOption(page, school.Slug));

        var (status, html, location) = await browser.SubmitAsync(url, OpinionTestData.Form("申请逾期未答复", ("Kind", "Complaint"), ("BodySlug", school.Slug)), tokenFrom: url);

        Assert.True(status == HttpStatusCode.Redirect, html);
        var saved = await app.OpinionAtAsync(location!);
        Assert.Equal((OpinionKind.Complaint, county.Id, (int?)school.Id, false), (saved.Kind, saved.BodyId, saved.AgainstBodyId, saved.WantsPublic));
        var tracking = await browser.GetOkAsync(location!);
        Assert.Contains("被投诉机关", tracking);
        Assert.Contains(school.Name, tracking);
        Assert.DoesNotContain("网站公开", tracking);
    }

    [DbTheory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_report_goes_to_the_body_chosen_unless_it_is_about_that_body(bool aboutTheBody)
    {
        app.SkipUnlessAvailable();
        var browser = app.Browser();
        var (federation, _) = await app.CreateBodyAsync("示范县残联");
        var office = await app.CreateChildBodyAsync(federation, "康复中心");
        var form = new Dictionary<string, string>
        {
            ["SubmissionKey"] = Guid.NewGuid().ToString("N"),
            ["Kind"] = "Report",
            ["BodySlug"] = office.Slug,
            ["Input.Text"] = "有人冒领补贴",
        };
        if (aboutTheBody)
        {
            form["AboutTheBody"] = "true";
        }

        var (status, html, location) = await browser.SubmitAsync("/complaints", form, tokenFrom: "/complaints");

        Assert.True(status == HttpStatusCode.Redirect, html);
        var saved = await app.OpinionAtAsync(location!);
        Assert.Equal(OpinionKind.Report, saved.Kind);
        Assert.True(saved.Author.IsAnonymous);
        Assert.Equal(aboutTheBody ? federation.Id : office.Id, saved.BodyId);
        Assert.Equal(aboutTheBody ? office.Id : null, saved.AgainstBodyId);
    }

    [DbFact]
    public async Task A_complaint_without_its_kind_or_body_is_400_with_everything_typed()
    {
        app.SkipUnlessAvailable();
        var browser = app.Browser();
        var (body, _) = await app.CreateBodyAsync();

        var (status, html, _) = await browser.SubmitAsync("/complaints", OpinionTestData.Form("保留的投诉内容"), tokenFrom: "/complaints");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("请选择投诉还是举报", html);
        Assert.Contains("请选择所涉及的机关", html);
        Assert.Contains("href=\"#Input_Kind\"", html);
        Assert.Contains("href=\"#Input_BodySlug\"", html);
        Assert.Contains("保留的投诉内容</textarea>", html);
        Assert.Contains("value=\"hong@example.com\"", html);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.FetchAsync("/bodies/no-such-body/complain")).Status);
        Assert.Equal(0, await app.WithDbAsync((db, _) => db.Opinions.CountAsync(o => o.Text == "保留的投诉内容")));
    }

    private Task<string> TrackingLinkAsync(int bodyId, string text) =>
        app.WithDbAsync((db, _) => db.Opinions.Where(o => o.BodyId == bodyId && o.Text == text).Select(o => "/feedback/" + o.AccessToken).SingleAsync());
}

public sealed class SuggestionAndComplaintTests_Sqlite(SqliteApp app) : SuggestionAndComplaintTests(app), IClassFixture<SqliteApp>;

public sealed class SuggestionAndComplaintTests_Postgres(PostgresApp app) : SuggestionAndComplaintTests(app), IClassFixture<PostgresApp>;
