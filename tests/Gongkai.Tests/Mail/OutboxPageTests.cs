using System.Globalization;
using System.Net;
using Gongkai.Audit;
using Gongkai.Mail;
using Gongkai.Staff;
using Gongkai.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Tests.Mail;

/// <summary>/admin/mail: the outbox for platform admins, filtered by status, and sending a failed message again.</summary>
public abstract class OutboxPageTests
{
    private readonly GongkaiApp app;

    protected OutboxPageTests(GongkaiApp app)
    {
        this.app = app;
        app.SkipUnlessAvailable();
    }

    private async Task<HttpClient> PlatformAdminAsync() => (await app.SignedInAsync((StaffRole.PlatformAdmin, null))).Browser;

    /// <summary>A message that used up all its attempts.</summary>
    private async Task<OutboxMessage> FailedAsync(string subject)
    {
        var message = await app.EnqueueAsync(MailTestData.Draft(subject));
        await app.WithDbAsync(async (db, _) =>
        {
            var tracked = await db.Outbox.SingleAsync(m => m.Id == message.Id);
            while (tracked.Status == OutboxStatus.Pending)
            {
                tracked.Claim(tracked.NextAttemptAt);
                tracked.MarkAttemptFailed("SmtpCommandException: 550 5.1.1 mailbox unavailable", tracked.NextAttemptAt);
            }
            return await db.SaveChangesAsync();
        });
        return message;
    }

    [DbFact]
    public async Task Platform_admin_sees_status_attempts_and_last_error_and_can_filter_by_status()
    {
        var failed = await FailedAsync(TestData.Unique("失败邮件"));
        var pending = await app.EnqueueAsync(MailTestData.Draft(TestData.Unique("待发邮件")) with { Concerning = new MailConcerning("Application", 42) });
        var browser = await PlatformAdminAsync();

        var all = await browser.GetOkAsync("/admin/mail");
        Assert.Contains("<h1>邮件发送</h1>", all);
        Assert.Contains(failed.Subject, all);
        Assert.Contains(pending.Subject, all);
        Assert.Contains("政府信息公开申请 42", all);
        Assert.Contains("550 5.1.1 mailbox unavailable", all);
        Assert.Contains("发送失败", all);
        Assert.Contains("待发送", all);

        var onlyFailed = await browser.GetOkAsync("/admin/mail?status=failed");
        Assert.Contains(failed.Subject, onlyFailed);
        Assert.DoesNotContain(pending.Subject, onlyFailed);
        Assert.Contains($"<td>{OutboxMessage.MaxAttempts}</td>", onlyFailed);
        Assert.True(StaffTestData.HasSelectedOption(onlyFailed, "failed"));
        Assert.Contains("重新发送", onlyFailed);

        var onlyPending = await browser.GetOkAsync("/admin/mail?status=pending");
        Assert.Contains(pending.Subject, onlyPending);
        Assert.DoesNotContain(failed.Subject, onlyPending);
    }

    [DbFact]
    public async Task Resending_a_failed_message_queues_it_again_audited_and_the_dispatcher_sends_it()
    {
        var failed = await FailedAsync(TestData.Unique("重发"));
        var browser = await PlatformAdminAsync();

        var (status, _, location) = await browser.SubmitAsync("/admin/mail?handler=Resend", new() { ["id"] = failed.Id.ToString(CultureInfo.InvariantCulture) }, tokenFrom: "/admin/mail");
        Assert.Equal(HttpStatusCode.Redirect, status);
        Assert.Equal("/admin/mail", location);
        Assert.Contains($"第 {failed.Id} 号邮件已重新排入发送队列", await browser.GetOkAsync(location!));
        var queued = await app.ReloadAsync(failed.Id);
        Assert.Equal((OutboxStatus.Pending, 0), (queued.Status, queued.Attempts));
        var audit = await app.WithDbAsync((db, _) => db.AuditRecords.AsNoTracking()
            .SingleAsync(r => r.EntityType == nameof(OutboxMessage) && r.EntityId == failed.Id.ToString(CultureInfo.InvariantCulture) && r.Action == "重新发送邮件"));
        Assert.Contains(failed.Subject, audit.Note);
        Assert.NotEqual(AuditActor.System, audit.Actor); // the admin who resent it

        var transport = new RecordingTransport();
        await app.DispatchAsync(transport);
        Assert.Equal(1, transport.CountWithSubject(failed.Subject));
        Assert.Equal(OutboxStatus.Sent, (await app.ReloadAsync(failed.Id)).Status);
    }

    [DbFact]
    public async Task Resending_a_message_that_has_not_failed_is_400_and_unknown_is_404()
    {
        var pending = await app.EnqueueAsync(MailTestData.Draft(TestData.Unique("未失败")));
        var browser = await PlatformAdminAsync();
        var (status, html, _) = await browser.SubmitAsync("/admin/mail?handler=Resend", new() { ["id"] = pending.Id.ToString(CultureInfo.InvariantCulture) }, tokenFrom: "/admin/mail");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("只有发送失败的邮件可以重新发送", html);
        Assert.Contains(pending.Subject, html);
        Assert.Equal(OutboxStatus.Pending, (await app.ReloadAsync(pending.Id)).Status);

        (status, _, _) = await browser.SubmitAsync("/admin/mail?handler=Resend", new() { ["id"] = "987654321" }, tokenFrom: "/admin/mail");
        Assert.Equal(HttpStatusCode.NotFound, status);
    }

    [DbFact]
    public async Task An_unknown_status_or_page_is_400_with_a_chinese_message()
    {
        var browser = await PlatformAdminAsync();
        var (status, html) = await browser.FetchAsync("/admin/mail?status=lost");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("状态只能是待发送、已发送或发送失败。", html);
        Assert.Equal(HttpStatusCode.BadRequest, (await browser.FetchAsync("/admin/mail?page=0")).Status);
    }

    [DbTheory]
    [InlineData(StaffRole.BodyAdmin)]
    [InlineData(StaffRole.Supervisor)]
    [InlineData(StaffRole.ApplicationHandler)]
    [InlineData(StaffRole.Drafter)]
    [InlineData(StaffRole.LeadershipApprover)]
    public async Task Any_other_role_is_forbidden_to_see_the_outbox_or_resend(StaffRole role)
    {
        var failed = await FailedAsync(TestData.Unique("权限"));
        var (_, browser) = await app.SignedInAsync((role, await app.CreateBodyUnderAsync(null)));
        Assert.Equal(HttpStatusCode.Forbidden, (await browser.FetchAsync("/admin/mail")).Status);
        var (status, _, _) = await browser.SubmitAsync("/admin/mail?handler=Resend", new() { ["id"] = failed.Id.ToString(CultureInfo.InvariantCulture) });
        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Equal(OutboxStatus.Failed, (await app.ReloadAsync(failed.Id)).Status);
    }

    [DbFact]
    public async Task Anonymous_visitors_are_sent_to_sign_in()
    {
        using var anonymous = await app.CookieBrowser().GetAsync("/admin/mail");
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.Equal("/account/signin?ReturnUrl=%2Fadmin%2Fmail", anonymous.Headers.Location!.PathAndQuery);
    }
}

public sealed class OutboxPageTests_Sqlite(MailSqliteApp app) : OutboxPageTests(app), IClassFixture<MailSqliteApp>;

public sealed class OutboxPageTests_Postgres(MailPostgresApp app) : OutboxPageTests(app), IClassFixture<MailPostgresApp>;
