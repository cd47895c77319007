using System.Globalization;
using Gongkai.Files;
using Gongkai.Text;
using MimeKit;

namespace Gongkai.Mail;

/// <summary>Turns an outbox message into a MIME message: UTF-8 text (and HTML), attachments from the file store, 7-bit clean.</summary>
public sealed class MailComposer(MailSettings settings, IFileStore files, TimeProvider time)
{
    public async Task<MimeMessage> ComposeAsync(OutboxMessage message, CancellationToken ct)
    {
        var from = MailboxAddress.Parse(settings.From);
        var mime = new MimeMessage { Subject = message.Subject, Date = time.GetUtcNow().ToChina() };
        mime.From.Add(from);
        mime.To.AddRange(message.Recipients.Select(MailboxAddress.Parse));
        // The same id on every attempt, so a message delivered twice (a crash between sending and recording) can be recognised.
        var domain = from.Address[(from.Address.LastIndexOf('@') + 1)..];
        mime.MessageId = string.Create(CultureInfo.InvariantCulture, $"outbox-{message.Id}-{message.CreatedAt.ToUnixTimeMilliseconds()}@{domain}");
        var body = new BodyBuilder { TextBody = message.TextBody, HtmlBody = message.HtmlBody };
        foreach (var attachment in message.Attachments)
        {
            await using var content = files.OpenRead(attachment.FileKey)
                ?? throw new InvalidOperationException($"附件“{attachment.FileName}”的文件不在文件库中（{attachment.FileKey}）。");
            await body.Attachments.AddAsync(attachment.FileName, content, ContentType.Parse(attachment.ContentType), ct);
        }
        mime.Body = body.ToMessageBody();
        // Base64 or quoted-printable for every non-ASCII part, as any relay accepts, and as the .eml files are kept.
        mime.Prepare(EncodingConstraint.SevenBit);
        return mime;
    }
}
