using System.Net;
using Gongkai.Applications;
using Gongkai.Bodies;
using Gongkai.Mail;
using Gongkai.Staff;
using Gongkai.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Tests.Applications;

/// <summary>Registering and handling applications in the back office; every date checked against a hand count.</summary>
public abstract class ApplicationHandlingTests(GongkaiApp app)
{
    private static Dictionary<string, string> Registration(Body body, string receivedOn) =>
        new(PublicApplicationTests.Form(Guid.NewGuid().ToString("N")))
        {
            ["BodyId"] = body.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Channel"] = "Post",
            ["ReceivedOn"] = receivedOn,
        };

    private async Task<(Body Body, HttpClient Handler, int Id)> RegisteredAsync(string receivedOn = "2025-09-26")
    {
        var (body, _) = await app.CreateBodyAsync();
        var (_, handler) = await app.SignedInAsync((StaffRole.ApplicationHandler, body));
        var (status, html, location) = await handler.SubmitAsync("/admin/applications/register", Registration(body, receivedOn), tokenFrom: "/admin/applications/register");
        Assert.True(status == HttpStatusCode.Redirect, html);
        return (body, handler, int.Parse(location!.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture));
    }

    private Task<int> RevisionAsync(int id) => app.WithDbAsync((db, _) => db.Applications.Where(a => a.Id == id).Select(a => a.Revision).SingleAsync());

    private async Task<(HttpStatusCode Status, string Body)> StepAsync(HttpClient browser, int id, string handler, params (string Field, string Value)[] fields)
    {
        var form = fields.ToDictionary(f => "Input." + f.Field, f => f.Value);
        form["Input.Revision"] = (await RevisionAsync(id)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var (status, body, _) = await browser.SubmitAsync($"/admin/applications/{id}?handler={handler}", form, tokenFrom: $"/admin/applications/{id}");
        return (status, body);
    }

    private async Task<string> DueAsync(HttpClient browser, int id)
    {
        var page = await browser.GetOkAsync($"/admin/applications/{id}");
        var start = page.IndexOf("<dt>答复期限</dt><dd><strong>", StringComparison.Ordinal);
        Assert.True(start >= 0, "no due date on the page");
        return page.Substring(start + "<dt>答复期限</dt><dd><strong>".Length, 10);
    }

    [DbFact]
    public async Task A_posted_application_counts_from_the_day_it_was_signed_for()
    {
        app.SkipUnlessAvailable();
        var (_, handler, id) = await RegisteredAsync("2025-09-26");

        Assert.Equal("2025-10-30", await DueAsync(handler, id));
        var page = await handler.GetOkAsync($"/admin/applications/{id}");
        Assert.Contains("2025-10-13", page); // the correction notice is due 7 working days after receipt
        Assert.Contains("110105********002X", page);
        Assert.DoesNotContain(PublicApplicationTests.ValidId, page);
    }

    [DbFact]
    public async Task Correction_consultation_and_extension_move_the_due_date_as_counted_by_hand()
    {
        app.SkipUnlessAvailable();
        var (body, handler, id) = await RegisteredAsync("2025-09-26");

        Assert.Equal(HttpStatusCode.Redirect, (await StepAsync(handler, id, "Correction", ("On", "2025-10-10"), ("Until", "2025-10-24"), ("Text", "请写明所需信息的年份。"))).Status);
        Assert.Equal(HttpStatusCode.Redirect, (await StepAsync(handler, id, "Corrected", ("On", "2025-10-20"))).Status);
        // Day 0 is now Oct 20: 20 working days → Nov 17.
        Assert.Equal("2025-11-17", await DueAsync(handler, id));

        Assert.Equal(HttpStatusCode.Redirect, (await StepAsync(handler, id, "Consult", ("Kind", "ThirdParty"), ("Party", "某某公司"), ("On", "2025-10-21"))).Status);
        var letter = await app.WithDbAsync((db, _) => db.Applications.Where(a => a.Id == id).SelectMany(a => a.Events).Where(e => e.Kind == ApplicationEventKind.ConsultationSent).Select(e => e.Id).SingleAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await StepAsync(handler, id, "Answered", ("EventId", letter.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("On", "2025-10-23"))).Status);
        // Oct 22 and 23 are not counted → Nov 19.
        Assert.Equal("2025-11-19", await DueAsync(handler, id));

        // Only the head of the disclosure office may extend.
        var refused = await StepAsync(handler, id, "Extend", ("Days", "20"), ("Text", "需要调取档案。"));
        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.Contains("须经政府信息公开工作机构负责人同意", refused.Body);
        var (_, head) = await app.SignedInAsync((StaffRole.DisclosureOfficeHead, body));
        Assert.Equal(HttpStatusCode.Redirect, (await StepAsync(head, id, "Extend", ("Days", "20"), ("Text", "需要调取档案。"))).Status);
        // 20 more working days after Nov 19 → Dec 17.
        Assert.Equal("2025-12-17", await DueAsync(head, id));

        var tracking = await app.WithDbAsync((db, _) => db.Applications.Where(a => a.Id == id).Select(a => a.AccessToken).SingleAsync());
        var publicPage = await app.Browser().GetOkAsync($"/track/{tracking}");
        Assert.Contains("请写明所需信息的年份。", publicPage);
        Assert.Contains("延长 20 个工作日", publicPage);
        Assert.Contains("征求第三方意见", publicPage);
    }

    [DbFact]
    public async Task The_applicant_is_emailed_at_receipt_correction_and_extension_with_the_tracking_link()
    {
        app.SkipUnlessAvailable();
        var (body, handler, id) = await RegisteredAsync("2025-09-26");
        Assert.Equal(HttpStatusCode.Redirect, (await StepAsync(handler, id, "Correction", ("On", "2025-10-10"), ("Until", "2025-10-24"), ("Text", "请写明所需信息的年份。"))).Status);
        var (_, head) = await app.SignedInAsync((StaffRole.DisclosureOfficeHead, body));
        Assert.Equal(HttpStatusCode.Redirect, (await StepAsync(head, id, "Extend", ("Days", "10"), ("Text", "材料较多。"))).Status);
        Assert.Equal(HttpStatusCode.Redirect, (await StepAsync(handler, id, "Corrected", ("On", "2025-10-20"))).Status);
        Assert.Equal(HttpStatusCode.Redirect, (await StepAsync(handler, id, "Consult", ("Kind", "ThirdParty"), ("Party", "某某公司"), ("On", "2025-10-21"))).Status);

        var (token, code) = await app.WithDbAsync((db, _) => db.Applications.Where(a => a.Id == id).Select(a => new { a.AccessToken, a.TrackingCode }).SingleAsync().ContinueWith(t => (t.Result.AccessToken, t.Result.TrackingCode)));
        var mails = await app.WithDbAsync((db, _) => db.Outbox.Where(m => m.Subject.Contains(code)).OrderBy(m => m.Id).ToListAsync());
        Assert.Equal(3, mails.Count); // receipt, correction, extension — not the correction received or the consultation
        Assert.All(mails, m => Assert.Contains($"/track/{token}", m.TextBody));
        Assert.All(mails, m => Assert.Equal("wang@example.com", m.To));
        Assert.Contains("收到申请", mails[0].Subject);
        Assert.Contains("请于 2025年10月24日 前补正", mails[1].TextBody);
        Assert.Contains("答复期限延长 10 个工作日", mails[2].TextBody);
        Assert.DoesNotContain(PublicApplicationTests.ValidId, string.Concat(mails.Select(m => m.TextBody)));
    }

    [DbFact]
    public async Task The_dashboard_lists_overdue_applications_for_those_who_handle_them()
    {
        app.SkipUnlessAvailable();
        var (body, handler, id) = await RegisteredAsync("2025-09-26");

        var dashboard = await handler.GetOkAsync("/admin");
        Assert.Contains("依申请公开：待确认收到和 5 个工作日内到期（1）", dashboard);
        Assert.Contains($"href=\"/admin/applications/{id}\"", dashboard);
        Assert.Contains("已逾期", dashboard);
        var (_, drafter) = await app.SignedInAsync((StaffRole.Drafter, body));
        Assert.DoesNotContain("依申请公开：", await drafter.GetOkAsync("/admin"));
    }

    [DbTheory]
    [InlineData("Channel", "Online", "请选择当面提交、信函或传真")]
    [InlineData("ReceivedOn", "2099-01-01", "收到日期应为今天或之前的日期")]
    [InlineData("ReceivedOn", "昨天", "收到日期应为今天或之前的日期")]
    [InlineData("Input.IdNumber", "110105194912310021", "校验位不正确")]
    public async Task A_registration_with_bad_input_is_400_with_the_message_and_everything_typed(string field, string value, string message)
    {
        app.SkipUnlessAvailable();
        var (body, _) = await app.CreateBodyAsync();
        var (_, handler) = await app.SignedInAsync((StaffRole.ApplicationHandler, body));

        var (status, html, _) = await handler.SubmitAsync("/admin/applications/register",
            new Dictionary<string, string>(Registration(body, "2025-09-26")) { [field] = value }, tokenFrom: "/admin/applications/register");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains(message, html);
        Assert.Contains("value=\"2025年残疾人两项补贴发放名单\"", html);
        Assert.Equal(0, await app.WithDbAsync((db, _) => db.Applications.CountAsync(a => a.BodyId == body.Id)));
    }

    [DbFact]
    public async Task A_step_refused_by_the_rules_is_400_with_the_reason_and_what_was_typed()
    {
        app.SkipUnlessAvailable();
        var (_, handler, id) = await RegisteredAsync("2025-09-26");

        var (status, body) = await StepAsync(handler, id, "Correction", ("On", "2025-09-20"), ("Until", "2025-10-24"), ("Text", "请补充说明。"));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("日期不能早于 2025-09-26", body);
        Assert.Contains("请补充说明。</textarea>", body);
        var (badDate, _) = await StepAsync(handler, id, "Correction", ("On", "tomorrow"), ("Until", "2025-10-24"), ("Text", "x"));
        Assert.Equal(HttpStatusCode.BadRequest, badDate);
    }

    [DbFact]
    public async Task A_form_from_before_someone_else_acted_is_409_not_applied()
    {
        app.SkipUnlessAvailable();
        var (_, handler, id) = await RegisteredAsync("2025-09-26");
        var stale = (await RevisionAsync(id)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(HttpStatusCode.Redirect, (await StepAsync(handler, id, "Consult", ("Kind", "ThirdParty"), ("Party", "甲公司"), ("On", "2025-10-09"))).Status);

        var (status, body, _) = await handler.SubmitAsync($"/admin/applications/{id}?handler=Consult",
            new() { ["Input.Revision"] = stale, ["Input.Kind"] = "ThirdParty", ["Input.Party"] = "乙公司", ["Input.On"] = "2025-10-09" }, tokenFrom: $"/admin/applications/{id}");

        Assert.Equal(HttpStatusCode.Conflict, status);
        Assert.Contains("刚被其他人处理过", body);
        Assert.Equal(1, await app.WithDbAsync((db, _) => db.Applications.Where(a => a.Id == id).SelectMany(a => a.Events).CountAsync(e => e.Kind == ApplicationEventKind.ConsultationSent)));
    }

    [DbFact]
    public async Task Showing_the_full_id_number_is_recorded_and_never_public()
    {
        app.SkipUnlessAvailable();
        var (_, handler, id) = await RegisteredAsync("2025-09-26");

        var (status, body, _) = await handler.SubmitAsync($"/admin/applications/{id}?handler=Reveal", [], tokenFrom: $"/admin/applications/{id}");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains(PublicApplicationTests.ValidId, body);
        Assert.Contains("查看了申请人的完整证件号码", await handler.GetOkAsync($"/admin/applications/{id}"));
        var token = await app.WithDbAsync((db, _) => db.Applications.Where(a => a.Id == id).Select(a => a.AccessToken).SingleAsync());
        var publicPage = await app.Browser().GetOkAsync($"/track/{token}");
        Assert.DoesNotContain("查看", publicPage.Replace("查看办理进度", "", StringComparison.Ordinal));
        Assert.DoesNotContain(PublicApplicationTests.ValidId, publicPage);
    }

    [DbFact]
    public async Task Only_the_bodys_handlers_office_head_and_supervisors_above_see_an_application()
    {
        app.SkipUnlessAvailable();
        var parent = await app.CreateBodyUnderAsync(null);
        var body = await app.CreateBodyUnderAsync(parent);
        var other = await app.CreateBodyUnderAsync(null);
        var (_, handler) = await app.SignedInAsync((StaffRole.ApplicationHandler, body));
        var (_, _, location) = await handler.SubmitAsync("/admin/applications/register", Registration(body, "2025-09-26"), tokenFrom: "/admin/applications/register");
        var url = location!;

        var (_, supervisor) = await app.SignedInAsync((StaffRole.Supervisor, parent));
        Assert.Contains("王小明", await supervisor.GetOkAsync(url));
        Assert.DoesNotContain("name=\"Input.Revision\"", await supervisor.GetOkAsync(url));
        var (supervisorPost, _, _) = await supervisor.SubmitAsync(url + "?handler=Consult", new() { ["Input.Revision"] = "1", ["Input.Party"] = "x", ["Input.On"] = "2025-10-09" });
        Assert.Equal(HttpStatusCode.Forbidden, supervisorPost);

        foreach (var (role, where) in new[] { (StaffRole.ApplicationHandler, other), (StaffRole.Drafter, body), (StaffRole.LeadershipApprover, body), (StaffRole.BodyAdmin, other) })
        {
            var (_, outsider) = await app.SignedInAsync((role, where));
            Assert.Equal(HttpStatusCode.NotFound, (await outsider.FetchAsync(url)).Status);
        }
        var (_, platformAdmin) = await app.SignedInAsync((StaffRole.PlatformAdmin, null));
        Assert.Equal(HttpStatusCode.NotFound, (await platformAdmin.FetchAsync(url)).Status);
        var (_, drafter) = await app.SignedInAsync((StaffRole.Drafter, body));
        Assert.Equal(HttpStatusCode.Forbidden, (await drafter.FetchAsync("/admin/applications")).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await drafter.FetchAsync("/admin/applications/register")).Status);
        var (_, otherHandler) = await app.SignedInAsync((StaffRole.ApplicationHandler, other));
        Assert.DoesNotContain("王小明", await otherHandler.GetOkAsync("/admin/applications"));
        Assert.Contains("王小明", await handler.GetOkAsync("/admin/applications"));
    }

    [DbFact]
    public async Task An_online_application_is_confirmed_then_assigned()
    {
        app.SkipUnlessAvailable();
        var (body, _) = await app.CreateBodyAsync();
        var browser = app.Browser();
        var url = $"/bodies/{body.Slug}/apply";
        await browser.SubmitAsync(url, PublicApplicationTests.Form(Guid.NewGuid().ToString("N")), tokenFrom: url);
        var id = await app.WithDbAsync((db, _) => db.Applications.Where(a => a.BodyId == body.Id).Select(a => a.Id).SingleAsync());
        var (user, handler) = await app.SignedInAsync((StaffRole.ApplicationHandler, body));

        var queue = await handler.GetOkAsync("/admin/applications");
        Assert.Contains("待确认收到", queue);
        var today = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(HttpStatusCode.Redirect, (await StepAsync(handler, id, "Confirm", ("On", today))).Status);
        Assert.Equal(HttpStatusCode.Redirect, (await StepAsync(handler, id, "Assign", ("HandlerId", user.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)))).Status);
        var page = await handler.GetOkAsync($"/admin/applications/{id}");
        Assert.Contains($"承办人：{user.DisplayName}", page);
        Assert.Contains("工作人员确认收到网上申请", page);
    }
}

public sealed class ApplicationHandlingTests_Sqlite(BackOfficeSqliteApp app) : ApplicationHandlingTests(app), IClassFixture<BackOfficeSqliteApp>;

public sealed class ApplicationHandlingTests_Postgres(BackOfficePostgresApp app) : ApplicationHandlingTests(app), IClassFixture<BackOfficePostgresApp>;
