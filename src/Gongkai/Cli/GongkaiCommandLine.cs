using Gongkai.Data;
using Gongkai.Demo;
using Gongkai.Web;

namespace Gongkai.Cli;

/// <summary>
/// <c>gongkai &lt;command&gt;</c>. With no command, or with only host options such as
/// <c>--urls</c>, the platform is served.
/// </summary>
public static class GongkaiCommandLine
{
    private sealed record Command(string Name, string Description, Func<string[], Task<int>> Run);

    private static readonly Command[] Commands =
    [
        new("serve", "启动平台（门户、接口和后台任务）；不带命令时的默认操作。可加 --urls http://127.0.0.1:5000 等主机参数。", ServeAsync),
        new("db migrate", "对配置的数据库（SQLite 或 PostgreSQL）执行全部迁移并写入基础数据。", MigrateAsync),
        new("seed demo", "向空数据库写入演示内容（三个演示机构及其信息）。", SeedDemoAsync),
    ];

    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length == 0 || args[0].StartsWith("--", StringComparison.Ordinal) && args[0] is not ("--help" or "--version"))
        {
            return await ServeAsync(args);
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
                return await command.Run(args[words.Length..]);
            }
        }
        Console.Error.WriteLine($"未知命令：{string.Join(' ', args)}");
        PrintHelp(Console.Error);
        return 2;
    }

    private static void PrintHelp(TextWriter output)
    {
        output.WriteLine("Gongkai 公开 — 政务公开平台");
        output.WriteLine();
        output.WriteLine("用法：gongkai [命令] [选项]");
        output.WriteLine();
        output.WriteLine("命令：");
        foreach (var command in Commands)
        {
            output.WriteLine($"  {command.Name,-14}{command.Description}");
        }
        output.WriteLine($"  {"--help",-14}显示本帮助。");
        output.WriteLine();
        output.WriteLine("配置（appsettings.json、环境变量 Gongkai__Database 等或命令行 --Gongkai:Database=postgres）：");
        output.WriteLine("  Gongkai:Database        sqlite（默认）或 postgres");
        output.WriteLine("  ConnectionStrings:Gongkai  PostgreSQL 连接字符串");
        output.WriteLine("  Gongkai:DataDirectory   数据目录，默认 ./data");
        output.WriteLine("  Gongkai:Demo            是否为演示模式（SQLite 默认开启）");
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

    private static async Task<int> MigrateAsync(string[] args)
    {
        await using var app = GongkaiWeb.Build(args);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GongkaiDb>();
        await DatabaseInitialiser.PrepareAsync(db, CancellationToken.None);
        Console.WriteLine($"数据库已迁移到最新版本（{app.Services.GetRequiredService<DataSettings>().Provider}）。");
        return 0;
    }

    private static async Task<int> SeedDemoAsync(string[] args)
    {
        await using var app = GongkaiWeb.Build(args);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GongkaiDb>();
        await DatabaseInitialiser.PrepareAsync(db, CancellationToken.None);
        var seeded = await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync(CancellationToken.None);
        Console.WriteLine(seeded ? "演示内容已写入。" : "数据库中已有机构，未写入演示内容。");
        return 0;
    }
}
