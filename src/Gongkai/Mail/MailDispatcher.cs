using Gongkai.Data;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Mail;

/// <summary>What one run of the dispatcher did: messages sent, failed attempts to be retried, messages given up.</summary>
public sealed record DispatchResult(int Sent, int WillRetry, int GaveUp)
{
    public int Failed => WillRetry + GaveUp;
}

/// <summary>
/// Sends the messages that are due, one at a time: claims a message (a save guarded by its
/// revision, so of two instances only one wins), sends it, and records the outcome. A message is
/// delivered at least once; only a crash between sending and recording sends it twice.
/// </summary>
public sealed class MailDispatcher(GongkaiDb db, IMailTransport transport, MailComposer composer, TimeProvider time, ILogger<MailDispatcher> log)
{
    private const int BatchSize = 50;

    public async Task<DispatchResult> SendDueAsync(CancellationToken ct)
    {
        var (sent, willRetry, gaveUp) = (0, 0, 0);
        var tried = new HashSet<int>();
        while (true)
        {
            var now = time.GetUtcNow();
            var due = await db.Outbox.AsNoTracking()
                .Where(m => m.Status == OutboxStatus.Pending && m.NextAttemptAt <= now)
                .OrderBy(m => m.NextAttemptAt).ThenBy(m => m.Id)
                .Select(m => m.Id).Take(BatchSize).ToListAsync(ct);
            due.RemoveAll(id => !tried.Add(id));
            if (due.Count == 0)
            {
                return new DispatchResult(sent, willRetry, gaveUp);
            }
            foreach (var id in due)
            {
                switch (await SendOneAsync(id, ct))
                {
                    case OutboxStatus.Sent: sent++; break;
                    case OutboxStatus.Pending: willRetry++; break;
                    case OutboxStatus.Failed: gaveUp++; break;
                }
            }
        }
    }

    /// <summary>The message's status after this attempt, or null when another dispatcher had it first.</summary>
    private async Task<OutboxStatus?> SendOneAsync(int id, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        var message = await db.Outbox.Include(m => m.Attachments).SingleOrDefaultAsync(m => m.Id == id, ct);
        if (message is null || !message.IsDue(time.GetUtcNow()))
        {
            return null;
        }
        var claimed = message.Claim(time.GetUtcNow());
        try
        {
            db.AuditAs(claimed ? "发送邮件" : "邮件发送失败", claimed ? $"第 {message.Attempts} 次尝试" : message.LastError);
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return null;
        }
        if (!claimed)
        {
            return OutboxStatus.Failed;
        }
        try
        {
            using var mime = await composer.ComposeAsync(message, ct);
            await transport.SendAsync(mime, ct);
            message.MarkSent(time.GetUtcNow());
            db.AuditAs("邮件已发送");
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            // Left claimed when stopping: the claim runs out and the attempt is made again.
            log.LogWarning("Mail {Id} attempt {Attempt} failed: {Error}", message.Id, message.Attempts, e.Message);
            message.MarkAttemptFailed($"{e.GetType().Name}: {e.Message}", time.GetUtcNow());
            db.AuditAs(message.Status == OutboxStatus.Failed ? "邮件发送失败" : "邮件发送未成功，稍后重试", message.LastError);
        }
        try
        {
            await db.SaveChangesAsync(CancellationToken.None);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Only if the attempt outlasted its claim and another dispatcher took the message over.
            log.LogWarning("Mail {Id}: the outcome of attempt {Attempt} was not recorded, another dispatcher has the message", message.Id, message.Attempts);
            return null;
        }
        return message.Status;
    }
}

/// <summary>Every 15 seconds, sends the outbox messages that are due (on by <c>Gongkai:BackgroundJobs</c>).</summary>
internal sealed class MailDispatch(IServiceProvider services, TimeProvider time, ILogger<MailDispatch> log) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(15);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = services.CreateAsyncScope();
                var result = await scope.ServiceProvider.GetRequiredService<MailDispatcher>().SendDueAsync(stoppingToken);
                if (result.Sent + result.Failed > 0)
                {
                    log.LogInformation("Mail: {Sent} sent, {WillRetry} to retry, {GaveUp} failed", result.Sent, result.WillRetry, result.GaveUp);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogError(e, "Mail dispatch failed; will retry");
            }
        }
    }
}
