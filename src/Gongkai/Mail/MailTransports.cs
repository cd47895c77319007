using System.Globalization;
using MimeKit;
using Smtp = MailKit.Net.Smtp;

namespace Gongkai.Mail;

/// <summary>Hands a composed message on; throws when it could not, and the dispatcher retries later.</summary>
public interface IMailTransport
{
    Task SendAsync(MimeMessage message, CancellationToken ct);
}

/// <summary>
/// The embedded default: each message becomes an RFC 5322 <c>.eml</c> file in a folder, which a
/// person can open in any mail program or a mail server can pick up. Written under a temporary
/// name and then renamed, so nobody sees half a file.
/// </summary>
public sealed class PickupDirectoryTransport(string directory, TimeProvider time) : IMailTransport
{
    public string Directory => directory;

    public async Task SendAsync(MimeMessage message, CancellationToken ct)
    {
        System.IO.Directory.CreateDirectory(directory);
        var name = $"{time.GetUtcNow().ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture)}-{Guid.NewGuid():N}.eml";
        var temporary = Path.Combine(directory, $".{name}.tmp");
        await message.WriteToAsync(temporary, ct);
        File.Move(temporary, Path.Combine(directory, name));
    }
}

/// <summary>Production: delivers each message to the configured SMTP server with MailKit, one connection per message.</summary>
public sealed class SmtpTransport(SmtpSettings settings) : IMailTransport
{
    public async Task SendAsync(MimeMessage message, CancellationToken ct)
    {
        using var client = new Smtp.SmtpClient { Timeout = (int)TimeSpan.FromMinutes(1).TotalMilliseconds };
        await client.ConnectAsync(settings.Host, settings.Port, settings.Security, ct);
        if (settings.User is { Length: > 0 } user)
        {
            await client.AuthenticateAsync(user, settings.Password ?? "", ct);
        }
        await client.SendAsync(message, ct);
        await client.DisconnectAsync(quit: true, ct);
    }
}
