using Gongkai.Applications;
using Gongkai.Mail;
using Gongkai.Staff;
using Gongkai.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Tests.Applications;

/// <summary>Deadline reminders to staff, through the outbox, once each.</summary>
public abstract class ApplicationReminderTests(GongkaiApp app)
{
    [DbFact]
    public async Task An_overdue_application_reminds_its_handler_and_the_office_head_once()
    {
        app.SkipUnlessAvailable();
        var (body, _) = await app.CreateBodyAsync();
        var handler = await app.CreateStaffAsync((StaffRole.ApplicationHandler, body));
        var head = await app.CreateStaffAsync((StaffRole.DisclosureOfficeHead, body));
        var bystander = await app.CreateStaffAsync((StaffRole.ApplicationHandler, body));
        var id = await app.WithDbAsync(async (db, services) =>
        {
            foreach (var (user, email) in new[] { (handler, "handler@example.gov.cn"), (head, "head@example.gov.cn"), (bystander, "other@example.gov.cn") })
            {
                (await db.Users.SingleAsync(u => u.Id == user.Id)).Email = email;
            }
            var tracked = await db.Bodies.SingleAsync(b => b.Id == body.Id);
            var identity = services.GetRequiredService<ApplicantIdentity>();
            var a = DisclosureApplication.Register(tracked, PublicApplicationTests.FormInput().ToApplicant(identity), PublicApplicationTests.FormInput().ToRequest(),
                ApplicationChannel.Post, new DateOnly(2025, 9, 26), TrackingCode.New(), Guid.NewGuid().ToString("N"), new ApplicationActor(handler.Id, "受理员"), DateTimeOffset.UtcNow);
            a.Assign(handler.Id, handler.DisplayName, new ApplicationActor(handler.Id, "受理员"), DateTimeOffset.UtcNow);
            db.Applications.Add(a);
            await db.SaveChangesAsync();
            return a.Id;
        });

        async Task<int> RunAsync() => await app.WithDbAsync((_, services) => services.GetRequiredService<ApplicationReminders>().SendDueAsync());
        var first = await RunAsync();
        var second = await RunAsync();

        Assert.True(first >= 1);
        Assert.Equal(0, await app.WithDbAsync((db, _) => db.Applications.Where(a => a.Id == id).SelectMany(a => a.Events).CountAsync(e => e.Kind == ApplicationEventKind.Reminded && e.Days != -1)));
        var mail = await app.WithDbAsync((db, _) => db.Outbox.Where(m => m.ConcerningType == "Application" && m.ConcerningId == id).ToListAsync());
        var reminder = Assert.Single(mail);
        Assert.Contains("已超期", reminder.Subject);
        Assert.Contains("handler@example.gov.cn", reminder.To);
        Assert.Contains("head@example.gov.cn", reminder.To);
        Assert.DoesNotContain("other@example.gov.cn", reminder.To);
        Assert.Equal(0, second);
    }
}

public sealed class ApplicationReminderTests_Sqlite(SqliteApp app) : ApplicationReminderTests(app), IClassFixture<SqliteApp>;

public sealed class ApplicationReminderTests_Postgres(PostgresApp app) : ApplicationReminderTests(app), IClassFixture<PostgresApp>;
