using System.Collections.Concurrent;
using Gongkai.Mail;
using Gongkai.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace Gongkai.Tests.Mail;

/// <summary>
/// The back-office application with background jobs off, so that only the dispatchers a test
/// runs itself send anything (the hosted one would race them).
/// </summary>
public class MailApp : BackOfficeApp
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Gongkai:BackgroundJobs", "false");
    }
}

public sealed class MailSqliteApp : MailApp;

public sealed class MailPostgresApp : MailApp
{
    protected override bool UsePostgres => true;
}

/// <summary>A clock the test moves by hand, starting now to the millisecond (both databases keep that exactly).</summary>
public sealed class ManualClock : TimeProvider
{
    public DateTimeOffset Now { get; set; } = DateTimeOffset.FromUnixTimeMilliseconds(DateTimeOffset.UtcNow.ToUnixTimeMilliseconds());

    public override DateTimeOffset GetUtcNow() => Now;
}

/// <summary>Keeps what it is given; optionally waits a little, or throws, on each message.</summary>
public sealed class RecordingTransport(TimeSpan? delay = null, Exception? failWith = null) : IMailTransport
{
    public ConcurrentQueue<MimeMessage> Sent { get; } = new();

    private int _calls;

    public int Calls => _calls;

    public async Task SendAsync(MimeMessage message, CancellationToken ct)
    {
        Interlocked.Increment(ref _calls);
        if (delay is { } d)
        {
            await Task.Delay(d, ct);
        }
        if (failWith is not null)
        {
            throw failWith;
        }
        Sent.Enqueue(message);
    }

    public int CountWithSubject(string subject) => Sent.Count(m => m.Subject == subject);
}

public static class MailTestData
{
    public static MailDraft Draft(string subject, params string[] to) =>
        new(to.Length > 0 ? to : ["shenqingren@example.cn"], subject, $"您好：\n\n{subject}。此致\n\n示范市人民政府办公室");

    /// <summary>Enqueues and commits one message, with times from <paramref name="clock"/>.</summary>
    public static Task<OutboxMessage> EnqueueAsync(this GongkaiApp app, MailDraft draft, TimeProvider? clock = null) =>
        app.WithDbAsync(async (db, services) =>
        {
            var mailbox = clock is null ? services.GetRequiredService<Mailbox>() : ActivatorUtilities.CreateInstance<Mailbox>(services, clock);
            var message = mailbox.Enqueue(draft);
            await db.SaveChangesAsync();
            return message;
        });

    /// <summary>One run of a dispatcher of its own (own scope and data context) through <paramref name="transport"/>.</summary>
    public static Task<DispatchResult> DispatchAsync(this GongkaiApp app, IMailTransport transport, TimeProvider? clock = null) =>
        app.WithDbAsync((_, services) =>
        {
            var dispatcher = ActivatorUtilities.CreateInstance<MailDispatcher>(services, [transport, .. clock is null ? Array.Empty<object>() : [clock]]);
            return dispatcher.SendDueAsync(CancellationToken.None);
        });

    public static Task<OutboxMessage> ReloadAsync(this GongkaiApp app, int id) =>
        app.WithDbAsync((db, _) => db.Outbox.AsNoTracking().Include(m => m.Attachments).SingleAsync(m => m.Id == id));
}
