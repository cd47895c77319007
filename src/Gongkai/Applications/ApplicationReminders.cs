using Gongkai.Calendar;
using Gongkai.Data;
using Gongkai.Mail;
using Gongkai.Staff;
using Gongkai.Text;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Applications;

/// <summary>
/// Reminds staff of reply deadlines: 5 and 1 working days before the due date, and once when
/// overdue. The handler is e-mailed (or, before assignment, the body's handlers), with the office
/// head in copy; each reminder is kept in the application's log, so none is sent twice.
/// </summary>
public sealed class ApplicationReminders(GongkaiDb db, CalendarSource calendars, Mailbox mailbox, TimeProvider time)
{
    public async Task<int> SendDueAsync(CancellationToken ct = default)
    {
        var now = time.GetUtcNow();
        var today = now.ChinaDate();
        var calendar = await calendars.GetAsync(ct);
        var open = await db.Applications.Include(a => a.Body)
            .Where(a => a.Status == ApplicationStatus.InProgress || a.Status == ApplicationStatus.ReplyPending)
            .ToListAsync(ct);
        var sent = 0;
        foreach (var application in open)
        {
            if (application.Deadline(calendar, today) is not { } deadline
                || application.ReminderDue(calendar.WorkingDaysLeft(today, deadline.Due.Date)) is not { } point)
            {
                continue;
            }
            application.RecordReminder(point, deadline.Due.Date, now);
            var to = await RecipientsAsync(application, ct);
            if (to.Count > 0)
            {
                var subject = point < 0
                    ? $"【已超期】政府信息公开申请 {application.TrackingCode} 已超过答复期限"
                    : $"【到期提醒】政府信息公开申请 {application.TrackingCode} 还有 {point} 个工作日到期";
                mailbox.Enqueue(new MailDraft(to, subject,
                    $"{application.Body.Name}收到的政府信息公开申请（{application.Request.Summary}）答复期限为 {deadline.Due.Date:yyyy-MM-dd}{(deadline.Provisional ? "（暂定）" : "")}。\n" +
                    $"当前状态：{application.Status.Chinese()}。请登录工作台办理：/admin/applications/{application.Id}")
                {
                    Concerning = new MailConcerning("Application", application.Id),
                });
            }
            db.AuditAs("答复期限提醒", application.TrackingCode);
            await db.SaveChangesAsync(ct);
            sent++;
        }
        return sent;
    }

    private async Task<List<string>> RecipientsAsync(DisclosureApplication application, CancellationToken ct)
    {
        var roles = new[] { StaffRole.ApplicationHandler, StaffRole.DisclosureOfficeHead };
        var users = await db.RoleGrants.AsNoTracking()
            .Where(g => g.BodyId == application.BodyId && roles.Contains(g.Role))
            .Join(db.Users, g => g.UserId, u => u.Id, (g, u) => new { u.Id, u.Email, g.Role })
            .ToListAsync(ct);
        return users
            .Where(u => u.Role == StaffRole.DisclosureOfficeHead || application.HandlerUserId is null || u.Id == application.HandlerUserId)
            .Select(u => u.Email).Where(Mailbox.IsValidAddress).Select(e => e!).Distinct().ToList();
    }
}

/// <summary>Every hour, sends the reminders that have come due.</summary>
internal sealed class ApplicationReminderJob(IServiceProvider services, ILogger<ApplicationReminderJob> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // A minute after start (the database is prepared first), then every hour.
        await Task.Delay(TimeSpan.FromMinutes(1), stoppingToken);
        using var timer = new PeriodicTimer(TimeSpan.FromHours(1));
        do
        {
            try
            {
                await using var scope = services.CreateAsyncScope();
                var sent = await scope.ServiceProvider.GetRequiredService<ApplicationReminders>().SendDueAsync(stoppingToken);
                if (sent > 0)
                {
                    log.LogInformation("Sent {Count} application deadline reminders", sent);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogError(e, "Application reminders failed; will retry");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
