using System.Net;
using Gongkai.Bodies;
using Gongkai.Participation;
using Gongkai.Participation.Consultations;
using Gongkai.Tests.Infrastructure;
using Gongkai.Tests.Participation.Public;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Tests.Participation.Consultations;

/// <summary>A consultation on the portal: comments only within the period, shown after moderation; the account and the decision after it.</summary>
public abstract class ConsultationPublicTests(GongkaiApp app)
{
    private static DateOnly Today => DateOnly.FromDateTime(DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).DateTime);

    private Task<Consultation> ConsultationAsync(Body body, DateOnly opens, DateOnly closes, bool publish = true, DateTimeOffset? at = null) =>
        app.WithDbAsync(async (db, _) =>
        {
            var when = at ?? DateTimeOffset.UtcNow;
            var c = new Consultation(await db.Bodies.SingleAsync(b => b.Id == body.Id), "清河镇农村人居环境整治实施方案（征求意见稿）",
                "<p>垃圾清运费用由镇财政和村集体共同承担。</p>", "费用分担是否合理？", opens, closes, when);
            if (publish)
            {
                c.Publish(when);
            }
            db.Consultations.Add(c);
            await db.SaveChangesAsync();
            return c;
        });

    [DbFact]
    public async Task A_comment_sent_within_the_period_is_tracked_and_shown_once_a_moderator_accepts_it()
    {
        app.SkipUnlessAvailable();
        var (body, _) = await app.CreateBodyAsync();
        var c = await ConsultationAsync(body, Today.AddDays(-3), Today.AddDays(20));
        var url = $"/consultations/{c.Id}";
        Assert.Contains("费用分担是否合理？", await app.Browser().GetOkAsync(url));

        var (status, html, location) = await app.Browser().SubmitAsync(url, OpinionTestData.Form("建议<script>alert(1)</script>村集体少承担一些。"), tokenFrom: url);

        Assert.True(status == HttpStatusCode.Redirect, html);
        Assert.StartsWith("/feedback/", location);
        var opinion = await app.WithDbAsync((db, _) => db.Opinions.SingleAsync(o => o.ConsultationId == c.Id));
        Assert.Equal((OpinionKind.ConsultationComment, body.Id, Moderation.Pending), (opinion.Kind, opinion.BodyId, opinion.Moderation));
        Assert.DoesNotContain("村集体少承担", await app.Browser().GetOkAsync(url));

        await app.WithDbAsync(async (db, _) =>
        {
            var tracked = await db.Opinions.SingleAsync(o => o.Id == opinion.Id);
            tracked.Show(new OpinionActor(null, "审核员"), DateTimeOffset.UtcNow);
            await db.SaveChangesAsync();
            return 0;
        });
        var page = await app.Browser().GetOkAsync(url);
        Assert.Contains("建议&lt;script&gt;alert(1)&lt;/script&gt;村集体少承担一些。", page);
        Assert.DoesNotContain("<script>alert(1)", page);
        Assert.DoesNotContain("13800001111", page);
    }

    [DbFact]
    public async Task After_the_period_no_comment_is_taken_and_before_it_neither()
    {
        app.SkipUnlessAvailable();
        var (body, _) = await app.CreateBodyAsync();
        var past = DateTimeOffset.UtcNow.AddDays(-40);
        var closed = await ConsultationAsync(body, Today.AddDays(-40), Today.AddDays(-1), at: past);
        var future = await ConsultationAsync(body, Today.AddDays(3), Today.AddDays(33));

        foreach (var (c, message) in new[] { (closed, "截止，不再接收意见"), (future, "征求意见尚未开始") })
        {
            var url = $"/consultations/{c.Id}";
            Assert.DoesNotContain("提交意见", await app.Browser().GetOkAsync(url));
            var (status, html, _) = await app.Browser().SubmitAsync(url, OpinionTestData.Form("迟到的意见"), tokenFrom: "/feedback");
            Assert.Equal(HttpStatusCode.BadRequest, status);
            Assert.Contains(message, html);
        }
        Assert.False(await app.WithDbAsync((db, _) => db.Opinions.AnyAsync(o => o.ConsultationId == closed.Id || o.ConsultationId == future.Id)));
    }

    [DbFact]
    public async Task A_draft_or_unknown_consultation_is_404()
    {
        app.SkipUnlessAvailable();
        var (body, _) = await app.CreateBodyAsync();
        var draft = await ConsultationAsync(body, Today.AddDays(1), Today.AddDays(30), publish: false);
        Assert.Equal(HttpStatusCode.NotFound, (await app.Browser().FetchAsync($"/consultations/{draft.Id}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await app.Browser().FetchAsync("/consultations/999999")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await app.Browser().SubmitAsync($"/consultations/{draft.Id}", OpinionTestData.Form("x"), tokenFrom: "/feedback")).Status);
    }

    [DbFact]
    public async Task A_concluded_consultation_shows_its_account_and_the_decision_links_back()
    {
        app.SkipUnlessAvailable();
        var (body, category) = await app.CreateBodyAsync();
        var decision = await app.CreateItemAsync(body, category, "清河镇农村人居环境整治实施方案");
        var past = DateTimeOffset.UtcNow.AddDays(-40);
        var c = await ConsultationAsync(body, Today.AddDays(-40), Today.AddDays(-10), at: past);
        await app.WithDbAsync(async (db, _) =>
        {
            var tracked = await db.Consultations.SingleAsync(x => x.Id == c.Id);
            tracked.Conclude("<p>共收到意见3条，采纳2条。</p>", DateTimeOffset.UtcNow);
            tracked.LinkDecision(await db.Items.SingleAsync(i => i.Id == decision.Id));
            await db.SaveChangesAsync();
            return 0;
        });

        var page = await app.Browser().GetOkAsync($"/consultations/{c.Id}");
        Assert.Contains("共收到意见3条，采纳2条。", page);
        Assert.Contains($"href=\"/items/{decision.Id}\"", page);
        Assert.Contains($"href=\"/consultations/{c.Id}\"", await app.Browser().GetOkAsync($"/items/{decision.Id}"));
    }
}

public sealed class ConsultationPublicTests_Sqlite(BackOfficeSqliteApp app) : ConsultationPublicTests(app), IClassFixture<BackOfficeSqliteApp>;

public sealed class ConsultationPublicTests_Postgres(BackOfficePostgresApp app) : ConsultationPublicTests(app), IClassFixture<BackOfficePostgresApp>;
