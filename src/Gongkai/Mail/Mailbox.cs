using Gongkai.Data;
using Gongkai.Files;
using Microsoft.EntityFrameworkCore;
using MimeKit;

namespace Gongkai.Mail;

/// <summary>What a message is about, for timelines: <c>new MailConcerning("Application", 42)</c>.</summary>
public sealed record MailConcerning(string Type, int Id);

/// <summary>A file to send with a message, already in the file store (see <see cref="Mailbox.StoreAttachmentAsync"/>).</summary>
public sealed record MailAttachment(string FileName, string ContentType, string FileKey);

/// <summary>A message to enqueue. <see cref="To"/> holds plain addresses; a display name given with one is dropped.</summary>
public sealed record MailDraft(IReadOnlyList<string> To, string Subject, string Text)
{
    public string? Html { get; init; }
    public MailConcerning? Concerning { get; init; }
    public IReadOnlyList<MailAttachment> Attachments { get; init; } = [];
}

/// <summary>
/// Puts messages in the outbox as part of the caller's own unit of work: <see cref="Enqueue"/> only
/// adds to the data context, so the message is committed — and audited — by the caller's
/// <c>SaveChangesAsync</c> together with the change it reports, or not at all.
/// </summary>
/// <example><code>
/// mailbox.Enqueue(new MailDraft([application.Email], "您的政府信息公开申请已收到", text) { Concerning = new("Application", application.Id) });
/// await db.SaveChangesAsync(ct);
/// </code></example>
public sealed class Mailbox(GongkaiDb db, IFileStore files, TimeProvider time)
{
    public OutboxMessage Enqueue(MailDraft draft)
    {
        var to = draft.To.Select(a => TryAddress(a) ?? throw new ArgumentException($"邮件地址“{a}”无效。", nameof(draft))).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        // Line breaks in a subject (say, from a title someone typed) would only be folded away.
        var subject = string.Join(' ', draft.Subject.Split((char[])['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        if (to.Count == 0 || string.Join(", ", to).Length > OutboxConfiguration.ToLength)
        {
            throw new ArgumentException($"收件人应有 1 个以上，合计不超过 {OutboxConfiguration.ToLength} 个字符。", nameof(draft));
        }
        if (subject.Length is 0 or > OutboxConfiguration.SubjectLength)
        {
            throw new ArgumentException($"邮件主题不能为空，最多 {OutboxConfiguration.SubjectLength} 个字符。", nameof(draft));
        }
        if (draft.Text.Length > OutboxConfiguration.BodyLength || draft.Html?.Length > OutboxConfiguration.BodyLength)
        {
            throw new ArgumentException($"邮件正文最多 {OutboxConfiguration.BodyLength} 个字符。", nameof(draft));
        }
        if (draft.Attachments.Any(a => a.FileName.Length is 0 or > 200 || a.FileKey.Length is 0 or > 200 || a.ContentType.Length > 100 || !ContentType.TryParse(a.ContentType, out _)))
        {
            throw new ArgumentException("附件需要文件名（最多 200 个字符）、文件键和有效的内容类型。", nameof(draft));
        }
        var message = new OutboxMessage(to, subject, draft.Text, draft.Html, draft.Concerning, time.GetUtcNow());
        message.Attachments.AddRange(draft.Attachments.Select(a => new OutboxAttachment(a)));
        db.Outbox.Add(message);
        return message;
    }

    /// <summary>
    /// Saves a file to send with a message. The file stays in the store even if the caller's
    /// transaction then rolls back, as uploaded attachments do.
    /// </summary>
    public async Task<MailAttachment> StoreAttachmentAsync(string fileName, string contentType, Stream content, CancellationToken ct = default)
    {
        var stored = await files.SaveAsync(content, Path.GetExtension(fileName), ct);
        return new MailAttachment(fileName, contentType, stored.Key);
    }

    /// <summary>Whether <paramref name="text"/> is one e-mail address that the outbox accepts (for forms that ask for one).</summary>
    public static bool IsValidAddress(string? text) => TryAddress(text) is not null;

    private static string? TryAddress(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || !MailboxAddress.TryParse(text.Trim(), out var mailbox))
        {
            return null;
        }
        var at = mailbox.Address.LastIndexOf('@');
        return at > 0 && at < mailbox.Address.Length - 1 && !mailbox.Address.Any(char.IsWhiteSpace) ? mailbox.Address : null;
    }
}

public static class OutboxQueries
{
    extension(GongkaiDb db)
    {
        /// <summary>The outbox: every message, pending, sent or failed.</summary>
        public DbSet<OutboxMessage> Outbox => db.Set<OutboxMessage>();
    }

    /// <summary>The messages about one record, for its timeline ("已发送邮件").</summary>
    public static IQueryable<OutboxMessage> Concerning(this IQueryable<OutboxMessage> messages, string type, int id) =>
        messages.Where(m => m.ConcerningType == type && m.ConcerningId == id);
}
