using System.Text;
using Gongkai.Files;
using Gongkai.Mail;
using MailKit.Net.Smtp;
using MimeKit;

namespace Gongkai.Tests.Mail;

/// <summary>The transports on their own: .eml files in a folder, and SMTP to a small server in the test process.</summary>
public sealed class TransportTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "gongkai-mail-tests", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private static readonly DateTimeOffset T0 = new(2025, 6, 2, 1, 0, 0, TimeSpan.Zero);

    private MailComposer Composer(string from = MailSettings.DefaultFrom) =>
        new(new MailSettings(from, null, Path.Combine(_root, "mail")), new LocalFileStore(Path.Combine(_root, "files")), TimeProvider.System);

    private static OutboxMessage Message(string subject = "关于您申请公开“2024年度财政预算”的答复", string text = "张先生：\n\n您于2025年6月2日提出的政府信息公开申请已收到。") =>
        new(["zhang@example.cn", "li@example.cn"], subject, text, "<p>您的申请<strong>已收到</strong>。</p>", null, T0);

    [Fact]
    public async Task Pickup_writes_a_seven_bit_eml_that_parses_back_with_the_chinese_subject_and_body()
    {
        var directory = Path.Combine(_root, "mail");
        var message = Message();
        using var mime = await Composer().ComposeAsync(message, CancellationToken.None);
        await new PickupDirectoryTransport(directory, TimeProvider.System).SendAsync(mime, CancellationToken.None);

        var file = Assert.Single(Directory.GetFiles(directory));
        Assert.EndsWith(".eml", file, StringComparison.Ordinal);
        var bytes = await File.ReadAllBytesAsync(file);
        Assert.All(bytes, b => Assert.True(b < 128, "the file is 7-bit clean: non-ASCII text is encoded"));
        Assert.Contains("=?utf-8?", Encoding.ASCII.GetString(bytes), StringComparison.OrdinalIgnoreCase);

        using var parsed = MimeMessage.Load(file);
        Assert.Equal(message.Subject, parsed.Subject);
        Assert.Equal(message.TextBody, parsed.TextBody?.TrimEnd());
        Assert.Contains("<strong>已收到</strong>", parsed.HtmlBody);
        Assert.Equal(["zhang@example.cn", "li@example.cn"], parsed.To.Mailboxes.Select(m => m.Address));
        var from = parsed.From.Mailboxes.Single();
        Assert.Equal(("政府信息公开平台", "noreply@localhost"), (from.Name, from.Address));
        Assert.StartsWith("outbox-", parsed.MessageId, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pickup_leaves_no_temporary_file_and_writes_one_file_per_message()
    {
        var directory = Path.Combine(_root, "mail");
        var transport = new PickupDirectoryTransport(directory, TimeProvider.System);
        for (var i = 0; i < 3; i++)
        {
            using var mime = await Composer().ComposeAsync(Message($"第 {i} 封"), CancellationToken.None);
            await transport.SendAsync(mime, CancellationToken.None);
        }
        var files = Directory.GetFiles(directory, "*", SearchOption.AllDirectories);
        Assert.Equal(3, files.Length);
        Assert.All(files, f => Assert.EndsWith(".eml", f, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Composing_with_an_attachment_missing_from_the_file_store_throws_so_the_attempt_fails()
    {
        var message = Message();
        message.Attachments.Add(new OutboxAttachment(new MailAttachment("答复告知书.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "2025/06/missing.docx")));
        var e = await Assert.ThrowsAsync<InvalidOperationException>(() => Composer().ComposeAsync(message, CancellationToken.None));
        Assert.Contains("答复告知书.docx", e.Message);
    }

    [Fact]
    public async Task Smtp_delivers_through_mailkit_to_a_real_server_with_login()
    {
        await using var server = new TinySmtpServer();
        var message = Message();
        using var mime = await Composer("信息公开办 <gongkai@example.gov.cn>").ComposeAsync(message, CancellationToken.None);
        await new SmtpTransport(new SmtpSettings("127.0.0.1", server.Port, "mailer", "s3cret-pass", StartTls: false)).SendAsync(mime, CancellationToken.None);

        var received = Assert.Single(server.Received);
        Assert.Equal("gongkai@example.gov.cn", received.From);
        Assert.Equal(["zhang@example.cn", "li@example.cn"], received.To);
        Assert.Equal("\0mailer\0s3cret-pass", received.Login);
        using var parsed = MimeMessage.Load(new MemoryStream(received.Data));
        Assert.Equal(message.Subject, parsed.Subject);
        Assert.Equal(message.TextBody, parsed.TextBody?.TrimEnd());
        Assert.Equal("信息公开办", parsed.From.Mailboxes.Single().Name);
    }

    [Fact]
    public async Task Smtp_refusal_is_an_exception_for_the_dispatcher_to_record()
    {
        await using var server = new TinySmtpServer { RejectRecipient = "li@example.cn" };
        using var mime = await Composer().ComposeAsync(Message(), CancellationToken.None);
        var e = await Assert.ThrowsAsync<SmtpCommandException>(() =>
            new SmtpTransport(new SmtpSettings("127.0.0.1", server.Port, null, null, StartTls: false)).SendAsync(mime, CancellationToken.None));
        Assert.Contains("li@example.cn", e.Message + e.Mailbox);
        Assert.Empty(server.Received);
    }

    [Fact]
    public async Task Smtp_that_requires_starttls_does_not_send_in_the_clear()
    {
        await using var server = new TinySmtpServer();
        using var mime = await Composer().ComposeAsync(Message(), CancellationToken.None);
        await Assert.ThrowsAnyAsync<Exception>(() =>
            new SmtpTransport(new SmtpSettings("127.0.0.1", server.Port, null, null, StartTls: true)).SendAsync(mime, CancellationToken.None));
        Assert.Empty(server.Received);
    }
}
