using Gongkai.Audit;
using Gongkai.Calendar;
using Gongkai.Data;
using Gongkai.Demo;
using Gongkai.Staff;
using Gongkai.Web;

namespace Gongkai.Cli;

/// <summary>
/// <c>gongkai &lt;command&gt;</c>. With no command, or with only host options such as
/// <c>--urls</c>, the platform is served. Every other command runs in a scope of the same
/// application (same configuration, same database) without starting the web server.
/// </summary>
public static class GongkaiCommandLine
{
    private delegate Task<int> Run(string[] args, IServiceProvider services, TextWriter output);

    /// <summary>A command; <c>Standalone</c> ones need neither configuration nor database.</summary>
    private sealed record Command(string Name, string Usage, string Description, Run Run, bool Standalone = false);

    private static readonly Command[] Commands =
    [
        new("db migrate", "gongkai db migrate", "对配置的数据库（SQLite 或 PostgreSQL）执行全部迁移并写入基础数据。", MigrateAsync),
        new("seed demo", "gongkai seed demo", "向空数据库写入演示内容（演示机构、信息和账号）。", SeedDemoAsync),
        new("user add", UserCommands.Usage, "创建工作人员账号，默认创建平台管理员。", UserCommands.AddAsync),
        new("calendar add-working-days", CalendarCommands.AddUsage, "输出某日之后第 N 个工作日（超出已知日历时注明 provisional）。", CalendarCommands.AddWorkingDaysAsync),
        new("calendar is-working-day", CalendarCommands.IsUsage, "输出某日是否为工作日：true 或 false。", CalendarCommands.IsWorkingDayAsync),
        new("calendar application-deadline", CalendarCommands.ApplicationUsage, "输出依申请公开的答复期限（第 0 日为收到日，补正重新起算，中止期间不计，可加延期）。", CalendarCommands.ApplicationDeadlineAsync),
        new("privacy scan", Privacy.PrivacyScanCommand.Usage, "扫描文件（DOCX、XLSX、PDF、文本）或标准输入（-）中的身份证号、手机号、银行卡号和电子邮箱，每处输出一行 JSON。",
            (args, _, output) => Privacy.PrivacyScanCommand.RunAsync(args, Console.In, output, Console.Error), Standalone: true),
        new("mail flush", Mail.MailCommands.FlushUsage, "立即发送全部到期的待发邮件，输出发送成功和失败的封数（有失败时退出码为 1）。", Mail.MailCommands.FlushAsync),
        new("search reindex", Search.SearchCommands.ReindexUsage, "重建全文检索索引（显示进度），完成后输出信息条数和用时。", Search.SearchCommands.ReindexAsync),
        new("audit verify", "gongkai audit verify", "校验审计记录的哈希链：完整时退出码为 0，否则指出第一条被改动的记录。", AuditCommands.VerifyAsync),
    ];

    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length == 0 || args[0] == "serve" || args[0].StartsWith("--", StringComparison.Ordinal) && args[0] is not ("--help" or "--version"))
        {
            return await ServeAsync(args.Length > 0 && args[0] == "serve" ? args[1..] : args);
        }
        if (args[0] is "--help" or "-h" or "help")
        {
            PrintHelp(Console.Out);
            return 0;
        }
        if (args[0] == "--version")
        {
            Console.WriteLine(typeof(GongkaiCommandLine).Assembly.GetName().Version);
            return 0;
        }
        foreach (var command in Commands)
        {
            var words = command.Name.Split(' ');
            if (args.Length >= words.Length && words.AsSpan().SequenceEqual(args.AsSpan(0, words.Length)))
            {
                return await RunCommandAsync(command, args[words.Length..]);
            }
        }
        await Console.Error.WriteLineAsync($"未知命令：{string.Join(' ', args)}");
        PrintHelp(Console.Error);
        return 2;
    }

    private static async Task<int> RunCommandAsync(Command command, string[] args)
    {
        // Configuration options (--Gongkai:Database=postgres …) go to the host; the rest to the command.
        if (command.Standalone)
        {
            return await command.Run(args, EmptyServices.Instance, Console.Out);
        }
        static bool IsHostOption(string a) => a.StartsWith("--", StringComparison.Ordinal) && a.Contains(':', StringComparison.Ordinal);
        var hostArgs = args.Where(IsHostOption).ToArray();
        // Not Except(): that would also drop a repeated option such as a second --pause.
        var commandArgs = args.Where(a => !IsHostOption(a)).ToArray();
        try
        {
            await using var app = GongkaiWeb.Build(hostArgs);
            await using var scope = app.Services.CreateAsyncScope();
            if (app.Configuration.GetValue("Gongkai:MigrateOnStart", true))
            {
                // As when serving: a command never meets a database that is behind the code.
                await DatabaseInitialiser.PrepareAsync(scope.ServiceProvider.GetRequiredService<GongkaiDb>(), CancellationToken.None);
            }
            return await command.Run(commandArgs, scope.ServiceProvider, Console.Out);
        }
        catch (CliException e)
        {
            await Console.Error.WriteLineAsync(e.Message);
            await Console.Error.WriteLineAsync($"用法：{command.Usage}");
            return 2;
        }
    }

    private static void PrintHelp(TextWriter output)
    {
        output.WriteLine("Gongkai 公开 — 政务公开平台");
        output.WriteLine();
        output.WriteLine("用法：gongkai [命令] [选项]");
        output.WriteLine();
        output.WriteLine("命令：");
        output.WriteLine($"  {"serve",-28}启动平台（门户、接口和后台任务）；不带命令时的默认操作。可加 --urls http://127.0.0.1:5000 等主机参数。");
        foreach (var command in Commands)
        {
            output.WriteLine($"  {command.Name,-28}{command.Description}");
            output.WriteLine($"  {"",-28}{command.Usage}");
        }
        output.WriteLine($"  {"--help",-28}显示本帮助。");
        output.WriteLine();
        output.WriteLine("配置（appsettings.json、环境变量 Gongkai__Database 等，或选项 --Gongkai:Database=postgres）：");
        output.WriteLine("  Gongkai:Database           sqlite（默认）或 postgres");
        output.WriteLine("  ConnectionStrings:Gongkai  PostgreSQL 连接字符串");
        output.WriteLine("  Gongkai:DataDirectory      数据目录，默认 ./data");
        output.WriteLine("  Gongkai:Demo               是否为演示模式（SQLite 默认开启）");
        output.WriteLine("  Gongkai:BackgroundJobs     是否运行后台任务（定时发布、发送邮件），默认 true");
        output.WriteLine($"  Gongkai:Mail:From          发件人，默认 {Mail.MailSettings.DefaultFrom}");
        output.WriteLine("  Gongkai:Mail:Smtp:Host     SMTP 服务器；不设置时邮件写成 .eml 文件，放在数据目录的 mail/ 下");
        output.WriteLine("  Gongkai:Mail:Smtp:Port     端口，默认 587（StartTls=false 时为 25）");
        output.WriteLine("  Gongkai:Mail:Smtp:User     SMTP 用户名（不设置则不登录）；Gongkai:Mail:Smtp:Password 为密码");
        output.WriteLine("  Gongkai:Mail:Smtp:StartTls 是否要求 STARTTLS，默认 true；为 false 时端口 465 直接用 TLS，其他端口不加密");
    }

    private static async Task<int> ServeAsync(string[] args)
    {
        var app = GongkaiWeb.Build(args);
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var data = app.Services.GetRequiredService<DataSettings>();
            Console.WriteLine($"Gongkai 已启动（数据库：{data.Provider}，数据目录：{data.DataDirectory}）。在浏览器中打开：{string.Join("、", app.Urls)}");
        });
        await app.RunAsync();
        return 0;
    }

    private static async Task<int> MigrateAsync(string[] args, IServiceProvider services, TextWriter output)
    {
        await DatabaseInitialiser.PrepareAsync(services.GetRequiredService<GongkaiDb>(), CancellationToken.None);
        await output.WriteLineAsync($"数据库已迁移到最新版本（{services.GetRequiredService<DataSettings>().Provider}）。");
        return 0;
    }

    private static async Task<int> SeedDemoAsync(string[] args, IServiceProvider services, TextWriter output)
    {
        await DatabaseInitialiser.PrepareAsync(services.GetRequiredService<GongkaiDb>(), CancellationToken.None);
        var seeded = await services.GetRequiredService<DemoSeeder>().SeedAsync(CancellationToken.None);
        await output.WriteLineAsync(seeded ? "演示内容已写入。" : "数据库中已有机构，未写入演示内容。");
        return 0;
    }

    private sealed class EmptyServices : IServiceProvider
    {
        public static readonly EmptyServices Instance = new();

        public object? GetService(Type serviceType) => null;
    }
}
