using System.Net;
using Gongkai.Applications;
using Gongkai.Bodies;
using Gongkai.Staff;
using Gongkai.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Gongkai.Tests.Applications.ApplicationTestData;

namespace Gongkai.Tests.Applications.Admin;

/// <summary>The appeals page: filing reconsideration and litigation against an application, and recording results.</summary>
public abstract class AppealsTests(BackOfficeApp app)
{
    private static string Url(int id) => $"/admin/applications/{id}/appeals";

    private static Dictionary<string, string> Form(params (string Field, string Value)[] fields) =>
        fields.ToDictionary(f => $"Input.{f.Field}", f => f.Value);

    private async Task<(Body Body, DisclosureApplication Application, HttpClient Head)> ClosedAsync()
    {
        var (body, _) = await app.CreateBodyAsync();
        var application = await app.CreateApplicationAsync(body, "2025-03-03", steps: a => a.Reply("3.4", "2025-03-20"));
        var (_, head) = await app.SignedInAsync((StaffRole.DisclosureOfficeHead, body));
        return (body, application, head);
    }

    private Task<List<ApplicationAppeal>> AppealsAsync(int applicationId) =>
        app.WithDbAsync((db, _) => db.ApplicationAppeals.Where(x => x.ApplicationId == applicationId).OrderBy(x => x.Id).ToListAsync());

    [DbFact]
    public async Task Filing_a_reconsideration_lists_it_as_pending_and_is_audited()
    {
        app.SkipUnlessAvailable();
        var (body, application, head) = await ClosedAsync();

        var (status, _, location) = await head.SubmitAsync($"{Url(application.Id)}?handler=Add",
            Form(("Kind", "Reconsideration"), ("FiledOn", "2025-04-15"), ("Organ", "测试市人民政府"), ("CaseNumber", "测复〔2025〕8号")), tokenFrom: Url(application.Id));

        Assert.Equal(HttpStatusCode.Redirect, status);
        Assert.Equal(Url(application.Id), location);
        var appeal = Assert.Single(await AppealsAsync(application.Id));
        Assert.Equal((AppealKind.Reconsideration, D("2025-04-15"), "测试市人民政府", AppealResult.Pending), (appeal.Kind, appeal.FiledOn, appeal.Organ, appeal.Result));
        var html = await head.GetOkAsync(Url(application.Id));
        Assert.Contains("测复〔2025〕8号", html);
        Assert.Contains("尚未审结", html);
        Assert.True(await app.WithDbAsync((db, _) => db.AuditRecords.AnyAsync(r => r.Action == "登记行政复议" && r.EntityType == nameof(ApplicationAppeal) && r.BodyId == body.Id)));
    }

    [DbFact]
    public async Task Litigation_after_reconsideration_refers_to_one_and_results_are_recorded()
    {
        app.SkipUnlessAvailable();
        var (_, application, head) = await ClosedAsync();
        var reconsideration = await app.FileAppealAsync(application.Id, AppealKind.Reconsideration, "2025-04-15");

        var missing = await head.SubmitAsync($"{Url(application.Id)}?handler=Add",
            Form(("Kind", "LitigationAfterReconsideration"), ("FiledOn", "2025-07-01"), ("Organ", "测试区人民法院")), tokenFrom: Url(application.Id));
        Assert.Equal(HttpStatusCode.BadRequest, missing.Status);
        Assert.Contains("复议后起诉请选择本申请的哪一次行政复议", missing.Body);
        Assert.Contains("value=\"测试区人民法院\"", missing.Body);

        var decided = await head.SubmitAsync($"{Url(application.Id)}?handler=Result",
            Form(("AppealId", $"{reconsideration.Id}"), ("Result", "Upheld"), ("DecidedOn", "2025-06-10")), tokenFrom: Url(application.Id));
        var sued = await head.SubmitAsync($"{Url(application.Id)}?handler=Add",
            Form(("Kind", "LitigationAfterReconsideration"), ("ReconsiderationId", $"{reconsideration.Id}"), ("FiledOn", "2025-07-01"), ("Organ", "测试区人民法院")), tokenFrom: Url(application.Id));

        Assert.Equal((HttpStatusCode.Redirect, HttpStatusCode.Redirect), (decided.Status, sued.Status));
        var appeals = await AppealsAsync(application.Id);
        Assert.Equal((AppealResult.Upheld, D("2025-06-10")), (appeals[0].Result, appeals[0].DecidedOn));
        Assert.Equal((AppealKind.LitigationAfterReconsideration, reconsideration.Id), (appeals[1].Kind, appeals[1].ReconsiderationId));
    }

    [DbTheory]
    [InlineData("Add", "FiledOn", "2025/04/15", "日期格式应为 yyyy-MM-dd")]
    [InlineData("Add", "FiledOn", "2025-03-01", "提起日期不能早于申请提交之日")]
    [InlineData("Add", "FiledOn", "2099-01-01", "提起日期不能晚于今天")]
    [InlineData("Add", "Kind", "Appeal", "请选择类型")]
    [InlineData("Add", "Organ", "", "请填写复议机关或受理法院")]
    [InlineData("Result", "DecidedOn", "2025-04-01", "审结日期不能早于提起之日")]
    [InlineData("Result", "DecidedOn", "明天", "日期格式应为 yyyy-MM-dd")]
    [InlineData("Result", "Result", "Pending", "请选择审理结果")]
    public async Task Bad_input_is_400_with_the_message_and_nothing_saved(string handler, string field, string value, string message)
    {
        app.SkipUnlessAvailable();
        var (_, application, head) = await ClosedAsync();
        var appeal = await app.FileAppealAsync(application.Id, AppealKind.DirectLitigation, "2025-04-15");
        var form = handler == "Add"
            ? Form(("Kind", "Reconsideration"), ("FiledOn", "2025-04-15"), ("Organ", "测试市人民政府"))
            : Form(("AppealId", $"{appeal.Id}"), ("Result", "Corrected"), ("DecidedOn", "2025-06-10"));
        form[$"Input.{field}"] = value;

        var (status, html, _) = await head.SubmitAsync($"{Url(application.Id)}?handler={handler}", form, tokenFrom: Url(application.Id));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains(message, html);
        if (field.EndsWith("On", StringComparison.Ordinal))
        {
            Assert.Contains($"value=\"{value}\"", html);
        }
        var stored = Assert.Single(await AppealsAsync(application.Id));
        Assert.Equal(AppealResult.Pending, stored.Result);
    }

    [DbFact]
    public async Task A_supervisor_reads_but_may_not_record()
    {
        app.SkipUnlessAvailable();
        var (body, application, _) = await ClosedAsync();
        await app.FileAppealAsync(application.Id, AppealKind.Reconsideration, "2025-04-15");
        var (_, supervisor) = await app.SignedInAsync((StaffRole.Supervisor, body));

        var html = await supervisor.GetOkAsync(Url(application.Id));
        using var post = await supervisor.PostFormAsync($"{Url(application.Id)}?handler=Add",
            Form(("Kind", "DirectLitigation"), ("FiledOn", "2025-04-16"), ("Organ", "测试区人民法院")), tokenFrom: Url(application.Id));

        Assert.Contains("测试市人民政府", html);
        Assert.DoesNotContain("name=\"Input.Kind\"", html);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Single(await AppealsAsync(application.Id));
    }

    [DbFact]
    public async Task Another_bodys_staff_get_404()
    {
        app.SkipUnlessAvailable();
        var (_, application, _) = await ClosedAsync();
        var (otherBody, _) = await app.CreateBodyAsync();
        var (_, stranger) = await app.SignedInAsync((StaffRole.ApplicationHandler, otherBody), (StaffRole.Supervisor, otherBody));

        Assert.Equal(HttpStatusCode.NotFound, (await stranger.FetchAsync(Url(application.Id))).Status);
        using var post = await stranger.PostFormAsync($"{Url(application.Id)}?handler=Add",
            Form(("Kind", "Reconsideration"), ("FiledOn", "2025-04-15"), ("Organ", "测试市人民政府")));
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.Empty(await AppealsAsync(application.Id));
    }
}

public sealed class AppealsTests_Sqlite(BackOfficeSqliteApp app) : AppealsTests(app), IClassFixture<BackOfficeSqliteApp>;

public sealed class AppealsTests_Postgres(BackOfficePostgresApp app) : AppealsTests(app), IClassFixture<BackOfficePostgresApp>;
