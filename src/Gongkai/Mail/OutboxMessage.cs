namespace Gongkai.Mail;

public enum OutboxStatus { Pending = 1, Sent = 2, Failed = 3 }

/// <summary>
/// One e-mail waiting in the outbox, added in the same transaction as the business change it
/// reports (see <see cref="Mailbox"/>), and sent later by <see cref="MailDispatcher"/>. Rules: a
/// dispatcher claims a due message before sending it (so two instances never both send it); a
/// failed attempt is retried after a growing wait until <see cref="MaxAttempts"/>, then the
/// message is failed until a platform admin sends it again.
/// </summary>
public class OutboxMessage
{
    public const int MaxAttempts = 6;

    /// <summary>How long a claimed message is left alone: if its dispatcher dies mid-send, another tries again after this.</summary>
    public static readonly TimeSpan ClaimLease = TimeSpan.FromMinutes(10);

    /// <summary>The wait after the first, second, … failed attempt.</summary>
    private static readonly TimeSpan[] Backoff =
        [TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(15), TimeSpan.FromHours(1), TimeSpan.FromHours(4)];

    private OutboxMessage() { }

    internal OutboxMessage(IReadOnlyList<string> to, string subject, string text, string? html, MailConcerning? concerning, DateTimeOffset now)
    {
        To = string.Join(", ", to);
        Subject = subject;
        TextBody = text;
        HtmlBody = html;
        ConcerningType = concerning?.Type;
        ConcerningId = concerning?.Id;
        Status = OutboxStatus.Pending;
        CreatedAt = now;
        NextAttemptAt = now;
    }

    public int Id { get; private set; }
    /// <summary>Recipient addresses, separated by ", ".</summary>
    public string To { get; private set; } = "";
    public string Subject { get; private set; } = "";
    public string TextBody { get; private set; } = "";
    public string? HtmlBody { get; private set; }
    /// <summary>What the message is about, for timelines: an entity type such as "Application" and its id.</summary>
    public string? ConcerningType { get; private set; }
    public int? ConcerningId { get; private set; }
    public OutboxStatus Status { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public int Attempts { get; private set; }
    /// <summary>When a pending message is due; while claimed, when the claim runs out.</summary>
    public DateTimeOffset NextAttemptAt { get; private set; }
    public DateTimeOffset? LastAttemptAt { get; private set; }
    public DateTimeOffset? SentAt { get; private set; }
    public string? LastError { get; private set; }
    /// <summary>Incremented by every change: the concurrency token that makes a claim exclusive.</summary>
    public int Revision { get; private set; }

    public List<OutboxAttachment> Attachments { get; } = [];

    public IReadOnlyList<string> Recipients => To.Split(", ", StringSplitOptions.RemoveEmptyEntries);

    public bool IsDue(DateTimeOffset now) => Status == OutboxStatus.Pending && NextAttemptAt <= now;

    /// <summary>
    /// Takes a due message for one attempt, counted now. False when an earlier claim never reported
    /// back (its dispatcher died) and that was the last attempt: the message is failed instead.
    /// </summary>
    public bool Claim(DateTimeOffset now)
    {
        if (!IsDue(now))
        {
            throw new InvalidOperationException("只有到期待发送的邮件可以发送。");
        }
        Revision++;
        if (Attempts >= MaxAttempts)
        {
            Status = OutboxStatus.Failed;
            LastError = "最后一次发送未完成（发送进程中断），不知是否已送达。";
            return false;
        }
        Attempts++;
        LastAttemptAt = now;
        NextAttemptAt = now + ClaimLease;
        return true;
    }

    public void MarkSent(DateTimeOffset now)
    {
        RequirePending();
        Revision++;
        Status = OutboxStatus.Sent;
        SentAt = now;
        LastError = null;
    }

    /// <summary>Records why the attempt failed; waits before the next one, or gives up after the last.</summary>
    public void MarkAttemptFailed(string error, DateTimeOffset now)
    {
        RequirePending();
        Revision++;
        LastError = error.Length > OutboxConfiguration.ErrorLength ? error[..OutboxConfiguration.ErrorLength] : error;
        if (Attempts >= MaxAttempts)
        {
            Status = OutboxStatus.Failed;
            return;
        }
        NextAttemptAt = now + Backoff[Math.Clamp(Attempts - 1, 0, Backoff.Length - 1)];
    }

    /// <summary>A platform admin sends a failed message again, with a fresh round of attempts.</summary>
    public void Resend(DateTimeOffset now)
    {
        if (Status != OutboxStatus.Failed)
        {
            throw new InvalidOperationException("只有发送失败的邮件可以重新发送。");
        }
        Revision++;
        Status = OutboxStatus.Pending;
        Attempts = 0;
        NextAttemptAt = now;
    }

    private void RequirePending()
    {
        if (Status != OutboxStatus.Pending)
        {
            throw new InvalidOperationException("这封邮件不在待发送状态。");
        }
    }
}

/// <summary>A file sent with a message: its bytes are in the file store (<see cref="Files.IFileStore"/>) under <see cref="FileKey"/>.</summary>
public class OutboxAttachment
{
    private OutboxAttachment() { }

    internal OutboxAttachment(MailAttachment attachment)
    {
        FileName = attachment.FileName;
        ContentType = attachment.ContentType;
        FileKey = attachment.FileKey;
    }

    public int Id { get; private set; }
    public int MessageId { get; private set; }
    public string FileName { get; private set; } = "";
    public string ContentType { get; private set; } = "";
    public string FileKey { get; private set; } = "";
}
