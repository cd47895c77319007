using Gongkai.Data;
using MailKit.Security;
using MimeKit;

namespace Gongkai.Mail;

/// <summary>
/// Mail settings from configuration section <c>Gongkai:Mail</c>: the sender, and SMTP when
/// <c>Gongkai:Mail:Smtp:Host</c> is set; otherwise messages are written as .eml files to
/// <see cref="PickupDirectory"/> (the embedded default).
/// </summary>
public sealed record MailSettings(string From, SmtpSettings? Smtp, string PickupDirectory)
{
    public const string DefaultFrom = "政府信息公开平台 <noreply@localhost>";

    public static MailSettings Read(IConfiguration configuration, DataSettings data)
    {
        var from = configuration["Gongkai:Mail:From"] is { Length: > 0 } configured ? configured.Trim() : DefaultFrom;
        if (!MailboxAddress.TryParse(from, out var mailbox) || !mailbox.Address.Contains('@', StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Gongkai:Mail:From“{from}”不是有效的发件人，应写成“名称 <地址>”或地址，如 {DefaultFrom}。");
        }
        var pickup = Path.Combine(data.DataDirectory, "mail");
        var smtp = configuration.GetSection("Gongkai:Mail:Smtp");
        if (smtp["Host"] is not { Length: > 0 } host)
        {
            return new MailSettings(from, null, pickup);
        }
        var startTls = smtp.GetValue("StartTls", true);
        var port = smtp.GetValue("Port", startTls ? 587 : 25);
        if (port is < 1 or > 65535)
        {
            throw new InvalidOperationException($"Gongkai:Mail:Smtp:Port“{port}”应为 1 至 65535 之间的端口号。");
        }
        return new MailSettings(from, new SmtpSettings(host.Trim(), port, smtp["User"], smtp["Password"], startTls), pickup);
    }
}

/// <summary>
/// An SMTP server. <see cref="StartTls"/> (the default) requires STARTTLS; without it, port 465
/// uses TLS from the start and other ports plain SMTP (a relay on a closed network).
/// </summary>
public sealed record SmtpSettings(string Host, int Port, string? User, string? Password, bool StartTls)
{
    public SecureSocketOptions Security =>
        StartTls ? SecureSocketOptions.StartTls : Port == 465 ? SecureSocketOptions.SslOnConnect : SecureSocketOptions.None;

    /// <summary>Keeps the password out of logs and exception messages.</summary>
    public override string ToString() => $"{Host}:{Port}{(User is { Length: > 0 } ? $"（用户 {User}）" : "")}";
}

public static class MailServices
{
    /// <summary>The outbox, its dispatcher and the transport the settings choose (the hosted dispatcher is added separately).</summary>
    public static IServiceCollection AddMail(this IServiceCollection services, IConfiguration configuration, DataSettings data)
    {
        var settings = MailSettings.Read(configuration, data);
        services.AddSingleton(settings);
        if (settings.Smtp is { } smtp)
        {
            services.AddSingleton<IMailTransport>(new SmtpTransport(smtp));
        }
        else
        {
            services.AddSingleton<IMailTransport>(sp => new PickupDirectoryTransport(settings.PickupDirectory, sp.GetRequiredService<TimeProvider>()));
        }
        services.AddScoped<Mailbox>();
        services.AddScoped<MailComposer>();
        services.AddScoped<MailDispatcher>();
        return services;
    }
}
