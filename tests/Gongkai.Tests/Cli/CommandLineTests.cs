using System.Diagnostics;

namespace Gongkai.Tests.Cli;

/// <summary>The command line of the real executable, run as a separate process on a temp data folder.</summary>
public sealed class CommandLineTests : IDisposable
{
    private readonly string _data = Path.Combine(Path.GetTempPath(), "gongkai-cli-tests", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_data))
        {
            Directory.Delete(_data, recursive: true);
        }
    }

    private async Task<(int Code, string Output)> RunAsync(params string[] args)
    {
        var app = Path.Combine(AppContext.BaseDirectory, "Gongkai.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(app);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        start.Environment["Gongkai__DataDirectory"] = _data;
        start.Environment.Remove("ASPNETCORE_ENVIRONMENT");
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        return (process.ExitCode, await output + await error);
    }

    [Fact]
    public async Task Help_lists_every_command()
    {
        var (code, output) = await RunAsync("--help");
        Assert.Equal(0, code);
        foreach (var command in new[] { "serve", "db migrate", "seed demo" })
        {
            Assert.Contains(command, output);
        }
    }

    [Fact]
    public async Task Unknown_command_fails_with_help()
    {
        var (code, output) = await RunAsync("frobnicate");
        Assert.Equal(2, code);
        Assert.Contains("未知命令", output);
    }

    [Fact]
    public async Task Db_migrate_creates_the_sqlite_file_and_seed_demo_fills_it_once()
    {
        var (code, output) = await RunAsync("db", "migrate");
        Assert.True(code == 0, output);
        Assert.True(File.Exists(Path.Combine(_data, "gongkai.db")));
        (code, output) = await RunAsync("seed", "demo");
        Assert.True(code == 0, output);
        Assert.Contains("演示内容已写入", output);
        (code, output) = await RunAsync("seed", "demo");
        Assert.True(code == 0, output);
        Assert.Contains("未写入演示内容", output);
    }
}
