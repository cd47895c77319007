using Gongkai.Cli;

namespace Gongkai.Mail;

/// <summary><c>gongkai mail flush</c>: sends every due message now; exit 1 when an attempt failed.</summary>
public static class MailCommands
{
    public const string FlushUsage = "gongkai mail flush";

    public static async Task<int> FlushAsync(string[] args, IServiceProvider services, TextWriter output)
    {
        if (args.Length > 0)
        {
            throw new CliException($"多余的参数：{string.Join(' ', args)}。");
        }
        var result = await services.GetRequiredService<MailDispatcher>().SendDueAsync(CancellationToken.None);
        var settings = services.GetRequiredService<MailSettings>();
        var where = settings.Smtp is { } smtp ? $"经 SMTP 服务器 {smtp}" : $"写入 {settings.PickupDirectory}";
        await output.WriteLineAsync($"已发送 {result.Sent} 封邮件（{where}），发送失败 {result.Failed} 封"
            + (result.Failed > 0 ? $"（其中 {result.WillRetry} 封稍后重试，{result.GaveUp} 封不再重试，见 /admin/mail）。" : "。"));
        return result.Failed == 0 ? 0 : 1;
    }
}
