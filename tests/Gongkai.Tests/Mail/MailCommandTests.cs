using System.Diagnostics;
using Gongkai.Data;
using Gongkai.Mail;
using Gongkai.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace Gongkai.Tests.Mail;

/// <summary><c>gongkai mail flush</c> as the real executable, on a SQLite data folder where the test enqueued mail.</summary>
public sealed class MailCommandTests : IDisposable
{
    private readonly string _data = Path.Combine(Path.GetTempPath(), "gongkai-cli-tests", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_data))
        {
            Directory.Delete(_data, recursive: true);
        }
    }

    private async Task EnqueueAsync(params string[] subjects)
    {
        // The application's services without its web pipeline (which needs the static assets of a real start).
        var builder = WebApplication.CreateBuilder([$"--Gongkai:DataDirectory={_data}", "--Gongkai:Demo=false", "--Gongkai:BackgroundJobs=false"]);
        GongkaiWeb.AddServices(builder.Services, builder.Configuration);
        await using var app = builder.Build();
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GongkaiDb>();
        await DatabaseInitialiser.PrepareAsync(db, CancellationToken.None);
        foreach (var subject in subjects)
        {
            scope.ServiceProvider.GetRequiredService<Mailbox>().Enqueue(MailTestData.Draft(subject));
        }
        await db.SaveChangesAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }

    private async Task<(int Code, string Output)> RunAsync(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Gongkai.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        start.Environment["Gongkai__DataDirectory"] = _data;
        start.Environment["Gongkai__Demo"] = "false";
        start.Environment.Remove("ASPNETCORE_ENVIRONMENT");
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        return (process.ExitCode, await output + await error);
    }

    [Fact]
    public async Task Flush_sends_every_due_message_to_the_mail_folder_and_says_how_many()
    {
        await EnqueueAsync("您的政府信息公开申请已收到", "补正申请内容告知书");

        var (code, output) = await RunAsync("mail", "flush");
        Assert.True(code == 0, output);
        Assert.Contains("已发送 2 封邮件", output);
        Assert.Contains("发送失败 0 封", output);
        var subjects = Directory.GetFiles(Path.Combine(_data, "mail"), "*.eml").Select(f => MimeMessage.Load(f).Subject).Order().ToList();
        Assert.Equal(["您的政府信息公开申请已收到", "补正申请内容告知书"], subjects.Order());

        (code, output) = await RunAsync("mail", "flush");
        Assert.True(code == 0, output);
        Assert.Contains("已发送 0 封邮件", output);
    }

    [Fact]
    public async Task Flush_through_an_smtp_server_that_is_down_reports_the_failure_with_exit_1()
    {
        await EnqueueAsync("答复告知书");
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var closedPort = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop(); // nobody listens there now

        var (code, output) = await RunAsync("mail", "flush", "--Gongkai:Mail:Smtp:Host=127.0.0.1", $"--Gongkai:Mail:Smtp:Port={closedPort}", "--Gongkai:Mail:Smtp:StartTls=false");
        Assert.True(code == 1, output);
        Assert.Contains("已发送 0 封邮件", output);
        Assert.Contains("发送失败 1 封（其中 1 封稍后重试", output);
    }

    [Fact]
    public async Task Help_names_the_command_and_the_mail_settings()
    {
        var (code, output) = await RunAsync("--help");
        Assert.Equal(0, code);
        Assert.Contains("mail flush", output);
        Assert.Contains("Gongkai:Mail:Smtp:Host", output);
        Assert.Contains("Gongkai:Mail:From", output);
    }
}
