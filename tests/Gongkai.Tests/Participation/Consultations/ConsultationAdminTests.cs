using System.Globalization;
using System.Net;
using Gongkai.Bodies;
using Gongkai.Participation.Consultations;
using Gongkai.Staff;
using Gongkai.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Tests.Participation.Consultations;

/// <summary>Preparing, putting out and concluding a consultation in the back office, and who may do each.</summary>
public abstract class ConsultationAdminTests(GongkaiApp app)
{
    private static string Day(int fromToday) => DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).AddDays(fromToday).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static Dictionary<string, string> Draft(Body body, params (string Field, string Value)[] changes)
    {
        var form = new Dictionary<string, string>
        {
            ["BodyId"] = body.Id.ToString(CultureInfo.InvariantCulture),
            ["Title"] = "清河镇农村人居环境整治实施方案（征求意见稿）",
            ["DraftHtml"] = "<p>一、总体要求</p><p>二、垃圾清运费用由镇财政和村集体共同承担。</p>",
            ["Questions"] = "垃圾清运费用如何分担？",
            ["OpensOn"] = Day(1),
            ["ClosesOn"] = Day(30),
        };
        foreach (var (field, value) in changes)
        {
            form[field] = value;
        }
        return form;
    }

    private async Task<int> CreateAsync(HttpClient staff, Body body)
    {
        var (status, html, location) = await staff.SubmitAsync("/admin/consultations/new", Draft(body), tokenFrom: "/admin/consultations/new");
        Assert.True(status == HttpStatusCode.Redirect, html);
        return int.Parse(location!.Split('/')[^1], CultureInfo.InvariantCulture);
    }

    private Task<int> RevisionAsync(int id) => app.WithDbAsync((db, _) => db.Consultations.Where(c => c.Id == id).Select(c => c.Revision).SingleAsync());

    private async Task<(HttpStatusCode Status, string Html)> StepAsync(HttpClient staff, int id, string handler, params (string Field, string Value)[] fields)
    {
        var form = fields.ToDictionary(f => f.Field, f => f.Value);
        form["Revision"] = (await RevisionAsync(id)).ToString(CultureInfo.InvariantCulture);
        var (status, html, _) = await staff.SubmitAsync($"/admin/consultations/{id}?handler={handler}", form, tokenFrom: $"/admin/consultations/{id}");
        return (status, html);
    }

    [DbFact]
    public async Task A_draft_is_prepared_by_a_section_head_and_only_public_once_a_leader_puts_it_out()
    {
        app.SkipUnlessAvailable();
        var (body, _) = await app.CreateBodyAsync();
        var (_, sectionHead) = await app.SignedInAsync((StaffRole.SectionHead, body));
        var (_, leader) = await app.SignedInAsync((StaffRole.LeadershipApprover, body));

        var id = await CreateAsync(sectionHead, body);
        Assert.Contains("清河镇农村人居环境整治实施方案（征求意见稿）", await sectionHead.GetOkAsync("/admin/consultations"));
        Assert.DoesNotContain("人居环境整治", await app.Browser().GetOkAsync($"/bodies/{body.Slug}/consultations"));

        Assert.Equal(HttpStatusCode.Forbidden, (await StepAsync(sectionHead, id, "Publish")).Status);
        Assert.Equal(HttpStatusCode.Redirect, (await StepAsync(leader, id, "Publish")).Status);

        var list = await app.Browser().GetOkAsync($"/bodies/{body.Slug}/consultations");
        Assert.Contains($"href=\"/consultations/{id}\"", list);
        Assert.Contains("即将开始", list);
        var saved = await app.WithDbAsync((db, _) => db.Consultations.AsNoTracking().SingleAsync(c => c.Id == id));
        Assert.Equal(ConsultationStage.Published, saved.Stage);
    }

    [DbFact]
    public async Task The_account_of_adoption_comes_after_the_period_and_then_the_decision_is_linked()
    {
        app.SkipUnlessAvailable();
        var (body, category) = await app.CreateBodyAsync();
        var (_, leader) = await app.SignedInAsync((StaffRole.LeadershipApprover, body));
        var past = DateTimeOffset.UtcNow.AddDays(-40);
        var id = await app.WithDbAsync(async (db, _) =>
        {
            var c = new Consultation(await db.Bodies.SingleAsync(b => b.Id == body.Id), "示范镇集贸市场搬迁方案（征求意见稿）", "<p>方案全文</p>", null,
                DateOnly.FromDateTime(past.UtcDateTime), DateOnly.FromDateTime(past.UtcDateTime.AddDays(30)), past);
            c.Publish(past);
            db.Consultations.Add(c);
            await db.SaveChangesAsync();
            return c.Id;
        });
        var decision = await app.CreateItemAsync(body, category, "示范镇集贸市场搬迁方案");

        var (empty, emptyHtml) = await StepAsync(leader, id, "Conclude", ("AccountHtml", "<p> </p>"));
        Assert.Equal(HttpStatusCode.BadRequest, empty);
        Assert.Contains("请填写意见收集和采纳情况", emptyHtml);

        Assert.Equal(HttpStatusCode.Redirect, (await StepAsync(leader, id, "Conclude", ("AccountHtml", "<p>共收到意见 12 条，采纳 5 条；未采纳的意见及理由如下。</p>"))).Status);
        Assert.Equal(HttpStatusCode.Redirect, (await StepAsync(leader, id, "Link", ("DecisionItemId", decision.Id.ToString(CultureInfo.InvariantCulture)))).Status);

        var saved = await app.WithDbAsync((db, _) => db.Consultations.AsNoTracking().SingleAsync(c => c.Id == id));
        Assert.Equal((ConsultationStage.Concluded, decision.Id), (saved.Stage, saved.DecisionItemId));
        Assert.Contains("已公布采纳情况", await app.Browser().GetOkAsync($"/bodies/{body.Slug}/consultations"));
    }

    [DbFact]
    public async Task The_account_cannot_come_before_the_period_ends_and_a_stale_form_is_409()
    {
        app.SkipUnlessAvailable();
        var (body, _) = await app.CreateBodyAsync();
        var (_, head) = await app.SignedInAsync((StaffRole.DisclosureOfficeHead, body));
        var id = await CreateAsync(head, body);
        Assert.Equal(HttpStatusCode.Redirect, (await StepAsync(head, id, "Publish")).Status);

        var (early, earlyHtml) = await StepAsync(head, id, "Conclude", ("AccountHtml", "<p>采纳情况</p>"));
        Assert.Equal(HttpStatusCode.BadRequest, early);
        Assert.Contains("结束后才能公布采纳情况", earlyHtml);

        var (stale, _, _) = await head.SubmitAsync($"/admin/consultations/{id}?handler=Conclude", new() { ["Revision"] = "0", ["AccountHtml"] = "<p>x</p>" }, tokenFrom: $"/admin/consultations/{id}");
        Assert.Equal(HttpStatusCode.Conflict, stale);
    }

    [DbTheory]
    [InlineData("Title", "", "请填写标题")]
    [InlineData("OpensOn", "2026-13-01", "请填写开始日期")]
    [InlineData("ClosesOn", "2000-01-01", "截止日期不能早于开始日期")]
    public async Task A_bad_draft_is_400_with_the_reason_and_what_was_typed(string field, string value, string message)
    {
        app.SkipUnlessAvailable();
        var (body, _) = await app.CreateBodyAsync();
        var (_, head) = await app.SignedInAsync((StaffRole.SectionHead, body));

        var (status, html, _) = await head.SubmitAsync("/admin/consultations/new", Draft(body, (field, value)), tokenFrom: "/admin/consultations/new");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains(message, html);
        Assert.Contains("垃圾清运费用如何分担？", html);
        Assert.False(await app.WithDbAsync((db, _) => db.Consultations.AnyAsync(c => c.BodyId == body.Id)));
    }

    [DbFact]
    public async Task Wrong_role_is_403_and_another_bodys_consultation_is_404()
    {
        app.SkipUnlessAvailable();
        var (body, _) = await app.CreateBodyAsync();
        var (other, _) = await app.CreateBodyAsync();
        var (_, head) = await app.SignedInAsync((StaffRole.SectionHead, body));
        var id = await CreateAsync(head, body);

        var (_, drafter) = await app.SignedInAsync((StaffRole.Drafter, body));
        Assert.Equal(HttpStatusCode.Forbidden, (await drafter.FetchAsync("/admin/consultations/new")).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await drafter.FetchAsync("/admin/consultations")).Status);
        var (_, outsider) = await app.SignedInAsync((StaffRole.LeadershipApprover, other));
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.FetchAsync($"/admin/consultations/{id}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.FetchAsync($"/admin/consultations/{id}/edit")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await head.FetchAsync("/admin/consultations/999999")).Status);

        Assert.NotEqual(HttpStatusCode.OK, (await app.Browser().FetchAsync($"/admin/consultations/{id}")).Status);
    }
}

public sealed class ConsultationAdminTests_Sqlite(BackOfficeSqliteApp app) : ConsultationAdminTests(app), IClassFixture<BackOfficeSqliteApp>;

public sealed class ConsultationAdminTests_Postgres(BackOfficePostgresApp app) : ConsultationAdminTests(app), IClassFixture<BackOfficePostgresApp>;
