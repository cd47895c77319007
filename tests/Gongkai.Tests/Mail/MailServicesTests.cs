using Gongkai.Data;
using Gongkai.Mail;
using Gongkai.Web;
using MailKit.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Gongkai.Tests.Mail;

/// <summary>Mail settings from configuration, and which transport and background dispatcher they give.</summary>
public sealed class MailServicesTests : IDisposable
{
    private readonly string _data = Path.Combine(Path.GetTempPath(), "gongkai-mail-tests", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_data))
        {
            Directory.Delete(_data, recursive: true);
        }
    }

    private static MailSettings Read(params (string Key, string Value)[] settings) =>
        MailSettings.Read(new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value))).Build(),
            new DataSettings("sqlite", "", "/srv/gongkai/data"));

    [Fact]
    public void Without_an_smtp_host_mail_goes_to_the_mail_folder_of_the_data_directory_from_the_default_sender()
    {
        var settings = Read();
        Assert.Null(settings.Smtp);
        Assert.Equal(Path.Combine("/srv/gongkai/data", "mail"), settings.PickupDirectory);
        Assert.Equal("政府信息公开平台 <noreply@localhost>", settings.From);
    }

    [Theory]
    [InlineData(null, null, 587, SecureSocketOptions.StartTls)]
    [InlineData("true", "2525", 2525, SecureSocketOptions.StartTls)]
    [InlineData("false", null, 25, SecureSocketOptions.None)]
    [InlineData("false", "465", 465, SecureSocketOptions.SslOnConnect)]
    public void Smtp_settings_choose_port_and_security(string? startTls, string? port, int expectedPort, SecureSocketOptions expected)
    {
        var values = new List<(string, string)> { ("Gongkai:Mail:Smtp:Host", "smtp.example.gov.cn"), ("Gongkai:Mail:Smtp:User", "mailer"), ("Gongkai:Mail:Smtp:Password", "pw-not-shown") };
        if (startTls is not null)
        {
            values.Add(("Gongkai:Mail:Smtp:StartTls", startTls));
        }
        if (port is not null)
        {
            values.Add(("Gongkai:Mail:Smtp:Port", port));
        }
        var smtp = Read([.. values]).Smtp!;
        Assert.Equal(("smtp.example.gov.cn", expectedPort, expected), (smtp.Host, smtp.Port, smtp.Security));
        Assert.DoesNotContain("pw-not-shown", smtp.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not an address")]
    [InlineData("平台 <>")]
    public void An_invalid_sender_stops_the_start_with_a_chinese_message(string from)
    {
        var e = Assert.Throws<InvalidOperationException>(() => Read(("Gongkai:Mail:From", from)));
        Assert.Contains("Gongkai:Mail:From", e.Message);
    }

    [Fact]
    public void A_port_out_of_range_stops_the_start()
    {
        Assert.Throws<InvalidOperationException>(() => Read(("Gongkai:Mail:Smtp:Host", "smtp"), ("Gongkai:Mail:Smtp:Port", "70000")));
    }

    private ServiceProvider Services(params string[] args)
    {
        var builder = WebApplication.CreateBuilder([$"--Gongkai:DataDirectory={_data}", .. args]);
        GongkaiWeb.AddServices(builder.Services, builder.Configuration);
        return builder.Services.BuildServiceProvider();
    }

    [Fact]
    public void The_transport_is_the_mail_folder_by_default_and_smtp_when_a_host_is_set()
    {
        using var embedded = Services();
        var pickup = Assert.IsType<PickupDirectoryTransport>(embedded.GetRequiredService<IMailTransport>());
        Assert.Equal(Path.Combine(_data, "mail"), pickup.Directory);
        using var production = Services("--Gongkai:Mail:Smtp:Host=smtp.example.gov.cn");
        Assert.IsType<SmtpTransport>(production.GetRequiredService<IMailTransport>());
    }

    [Theory]
    [InlineData(null, true)]
    [InlineData("true", true)]
    [InlineData("false", false)]
    public void The_background_dispatcher_runs_unless_background_jobs_are_off(string? backgroundJobs, bool expected)
    {
        using var services = Services(backgroundJobs is null ? [] : [$"--Gongkai:BackgroundJobs={backgroundJobs}"]);
        Assert.Equal(expected, services.GetServices<IHostedService>().OfType<MailDispatch>().Any());
    }
}
