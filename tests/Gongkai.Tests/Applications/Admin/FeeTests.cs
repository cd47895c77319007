using System.Net;
using Gongkai.Applications;
using Gongkai.Bodies;
using Gongkai.Staff;
using Gongkai.Tests.Infrastructure;
using Gongkai.Text;
using Microsoft.EntityFrameworkCore;
using static Gongkai.Tests.Applications.ApplicationTestData;

namespace Gongkai.Tests.Applications.Admin;

/// <summary>The fee page: computing the fee, the notice, the payment and closing as （六）2.</summary>
public abstract class FeeTests(BackOfficeApp app)
{
    private static string Url(int id) => $"/admin/applications/{id}/fee";

    private static Dictionary<string, string> Form(params (string Field, string Value)[] fields) =>
        fields.ToDictionary(f => $"Input.{f.Field}", f => f.Value);

    private async Task<(Body Body, DisclosureApplication Application, HttpClient Handler)> ReceivedAsync(Action<DisclosureApplication>? steps = null)
    {
        var (body, _) = await app.CreateBodyAsync();
        var application = await app.CreateApplicationAsync(body, "2025-03-03", steps: steps);
        var (_, handler) = await app.SignedInAsync((StaffRole.ApplicationHandler, body));
        return (body, application, handler);
    }

    private Task<DisclosureApplication> ReloadAsync(int id) =>
        app.WithDbAsync((db, _) => db.Applications.SingleAsync(a => a.Id == id));

    [DbFact]
    public async Task The_page_prefills_the_applicants_place_in_the_month_and_today()
    {
        app.SkipUnlessAvailable();
        var (_, application, handler) = await ReceivedAsync();

        var html = await handler.GetOkAsync(Url(application.Id));

        Assert.Contains("name=\"Input.NumberInMonth\" value=\"1\"", html);
        Assert.Contains($"name=\"Input.On\" value=\"{DateTimeOffset.UtcNow.ChinaDate().Iso()}\"", html);
        Assert.Contains("同一申请人的其他申请", html);
        Assert.Contains("发出收费通知", html);
    }

    [DbFact]
    public async Task Computing_shows_the_amount_and_the_bands_without_saving()
    {
        app.SkipUnlessAvailable();
        var (_, application, handler) = await ReceivedAsync();

        var (status, html, _) = await handler.SubmitAsync($"{Url(application.Id)}?handler=Preview", Form(("Mode", "PerPage"), ("Pages", "150"), ("On", "2025-03-10")), tokenFrom: Url(application.Id));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("应收信息处理费：1700 元", html);
        Assert.Contains("第101—150页每页20元，50页计1,000元。合计1,700元。", html);
        Assert.Equal(ApplicationStatus.InProgress, (await ReloadAsync(application.Id)).Status);
    }

    [DbFact]
    public async Task Sending_the_notice_pauses_the_clock_with_the_computation_as_its_basis()
    {
        app.SkipUnlessAvailable();
        var (_, application, handler) = await ReceivedAsync();

        var (status, _, location) = await handler.SubmitAsync($"{Url(application.Id)}?handler=Notify", Form(("Mode", "PerApplication"), ("NumberInMonth", "35"), ("On", "2025-03-10")), tokenFrom: Url(application.Id));

        Assert.Equal(HttpStatusCode.Redirect, status);
        Assert.Equal(Url(application.Id), location);
        var saved = await ReloadAsync(application.Id);
        Assert.Equal(ApplicationStatus.AwaitingFee, saved.Status);
        var notice = Assert.Single(saved.Events, e => e.Kind == ApplicationEventKind.FeeNotified);
        Assert.Equal(200m, notice.Amount);
        Assert.Equal(D("2025-03-10"), notice.On);
        Assert.Contains("本件为申请人本自然月内第35件申请", notice.Note);
        Assert.True(await app.WithDbAsync((db, _) => db.AuditRecords.AnyAsync(r => r.Action == "发出收费通知" && r.EntityType == nameof(DisclosureApplication) && r.EntityId == $"{application.Id}")));
    }

    [DbTheory]
    [InlineData("Mode", "Both", "请选择计收方式")]
    [InlineData("Pages", "一百五十", "请填写所需信息的页数")]
    [InlineData("Pages", "0", "请填写所需信息的页数")]
    [InlineData("On", "2025-02-30", "日期格式应为 yyyy-MM-dd")]
    [InlineData("On", "2025-03-01", "日期不能早于 2025-03-03")]
    [InlineData("Pages", "20", "按此计算不收取信息处理费")]
    public async Task Bad_input_is_400_with_the_message_and_the_input_kept(string field, string value, string message)
    {
        app.SkipUnlessAvailable();
        var (_, application, handler) = await ReceivedAsync();
        var form = Form(("Mode", "PerPage"), ("Pages", "150"), ("On", "2025-03-10"));
        form[$"Input.{field}"] = value;

        var (status, html, _) = await handler.SubmitAsync($"{Url(application.Id)}?handler=Notify", form, tokenFrom: Url(application.Id));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains(message, html);
        Assert.Contains($"value=\"{form["Input.Pages"]}\"", html);
        Assert.Contains($"value=\"{form["Input.On"]}\"", html);
        Assert.Equal(ApplicationStatus.InProgress, (await ReloadAsync(application.Id)).Status);
    }

    [DbFact]
    public async Task A_payment_resumes_the_clock()
    {
        app.SkipUnlessAvailable();
        var (_, application, handler) = await ReceivedAsync(a => a.NotifyFee("2025-03-10"));

        var (status, _, _) = await handler.SubmitAsync($"{Url(application.Id)}?handler=Payment", Form(("PaidOn", "2025-03-14")), tokenFrom: Url(application.Id));

        Assert.Equal(HttpStatusCode.Redirect, status);
        var saved = await ReloadAsync(application.Id);
        Assert.Equal(ApplicationStatus.InProgress, saved.Status);
        Assert.Equal(D("2025-03-14"), saved.Events.Single(e => e.Kind == ApplicationEventKind.FeeNotified).ResolvedOn);
    }

    [DbFact]
    public async Task Unpaid_after_the_period_closes_as_six_two()
    {
        app.SkipUnlessAvailable();
        var (_, application, handler) = await ReceivedAsync(a => a.NotifyFee("2025-03-10"));

        Assert.Contains("按逾期未缴费办结", await handler.GetOkAsync(Url(application.Id)));
        var (status, _, _) = await handler.SubmitAsync($"{Url(application.Id)}?handler=Close", [], tokenFrom: Url(application.Id));

        Assert.Equal(HttpStatusCode.Redirect, status);
        var saved = await ReloadAsync(application.Id);
        Assert.Equal((ApplicationStatus.Closed, "6.2"), (saved.Status, saved.OutcomeCode));
    }

    [DbFact]
    public async Task Closing_before_the_period_ends_is_refused()
    {
        app.SkipUnlessAvailable();
        var today = DateTimeOffset.UtcNow.ChinaDate().Iso();
        var (_, application, handler) = await ReceivedAsync(a => a.NotifyFee(today));

        var (status, html, _) = await handler.SubmitAsync($"{Url(application.Id)}?handler=Close", [], tokenFrom: Url(application.Id));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("尚未届满", html);
        Assert.Equal(ApplicationStatus.AwaitingFee, (await ReloadAsync(application.Id)).Status);
    }

    [DbFact]
    public async Task A_supervisor_reads_but_may_not_act()
    {
        app.SkipUnlessAvailable();
        var (body, application, _) = await ReceivedAsync();
        var (_, supervisor) = await app.SignedInAsync((StaffRole.Supervisor, body));

        var html = await supervisor.GetOkAsync(Url(application.Id));
        using var post = await supervisor.PostFormAsync($"{Url(application.Id)}?handler=Notify", Form(("Mode", "PerPage"), ("Pages", "150"), ("On", "2025-03-10")), tokenFrom: Url(application.Id));

        Assert.DoesNotContain("name=\"Input.Mode\"", html);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Equal(ApplicationStatus.InProgress, (await ReloadAsync(application.Id)).Status);
    }

    [DbFact]
    public async Task Another_bodys_handler_and_unknown_applications_get_404()
    {
        app.SkipUnlessAvailable();
        var (_, application, _) = await ReceivedAsync();
        var (otherBody, _) = await app.CreateBodyAsync();
        var (_, stranger) = await app.SignedInAsync((StaffRole.ApplicationHandler, otherBody), (StaffRole.DisclosureOfficeHead, otherBody));

        Assert.Equal(HttpStatusCode.NotFound, (await stranger.FetchAsync(Url(application.Id))).Status);
        using var post = await stranger.PostFormAsync($"{Url(application.Id)}?handler=Notify", Form(("Mode", "PerPage"), ("Pages", "150"), ("On", "2025-03-10")));
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.FetchAsync(Url(int.MaxValue))).Status);
    }
}

public sealed class FeeTests_Sqlite(BackOfficeSqliteApp app) : FeeTests(app), IClassFixture<BackOfficeSqliteApp>;

public sealed class FeeTests_Postgres(BackOfficePostgresApp app) : FeeTests(app), IClassFixture<BackOfficePostgresApp>;
