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

    private Task<(int Code, string Output)> RunAsync(params string[] args) => RunWithInputAsync(null, args);

    private async Task<(int Code, string Output)> RunWithInputAsync(string? input, params string[] args)
    {
        var app = Path.Combine(AppContext.BaseDirectory, "Gongkai.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
        start.ArgumentList.Add(app);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        start.Environment["Gongkai__DataDirectory"] = _data;
        start.Environment.Remove("ASPNETCORE_ENVIRONMENT");
        using var process = Process.Start(start)!;
        if (input is not null)
        {
            await process.StandardInput.WriteAsync(input);
        }
        process.StandardInput.Close();
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

    [Theory]
    [InlineData("2025-09-26", "7", "2025-10-13")]
    [InlineData("2025-09-26", "20", "2025-10-30")]
    [InlineData("2025-09-26", "40", "2025-11-27")]
    [InlineData("2024-12-20", "20", "2025-01-20")]
    [InlineData("2026-02-06", "20", "2026-03-12")]
    [InlineData("2026-12-20", "20", "2027-01-15 provisional")]
    public async Task Calendar_add_working_days_prints_the_date(string from, string days, string expected)
    {
        var (code, output) = await RunAsync("calendar", "add-working-days", "--from", from, "--days", days);
        Assert.True(code == 0, output);
        Assert.Equal(expected, output.Trim());
    }

    [Theory]
    [InlineData("2026-02-14", "true")]
    [InlineData("2026-02-16", "false")]
    [InlineData("2025-10-11", "true")]
    [InlineData("2025-10-08", "false")]
    public async Task Calendar_is_working_day_prints_true_or_false(string date, string expected)
    {
        var (code, output) = await RunAsync("calendar", "is-working-day", date);
        Assert.True(code == 0, output);
        Assert.Equal(expected, output.Trim());
    }

    [Theory]
    [InlineData("2025-10-30", "--received", "2025-09-26")]
    [InlineData("2025-11-27", "--received", "2025-09-26", "--extension", "20")]
    [InlineData("2025-11-17", "--received", "2025-09-26", "--corrected", "2025-10-20")]
    [InlineData("2025-11-10", "--received", "2025-09-26", "--pause", "2025-10-09:2025-10-15", "--pause", "2025-10-14:2025-10-17")]
    [InlineData("2027-01-07 provisional", "--received", "2026-12-10")]
    public async Task Calendar_application_deadline_prints_the_reply_due_date(string expected, params string[] options)
    {
        var (code, output) = await RunAsync(["calendar", "application-deadline", .. options]);
        Assert.True(code == 0, output);
        Assert.Equal(expected, output.Trim());
    }

    [Theory]
    [InlineData("calendar", "add-working-days", "--from", "2025-02-30", "--days", "3")]
    [InlineData("calendar", "add-working-days", "--from", "2025-02-03")]
    [InlineData("calendar", "add-working-days", "--from", "2025-02-03", "--days", "-1")]
    [InlineData("calendar", "is-working-day", "tomorrow")]
    [InlineData("calendar", "application-deadline", "--received", "2025-09-26", "--extension", "21")]
    [InlineData("calendar", "application-deadline", "--received", "2025-09-26", "--pause", "2025-10-09")]
    [InlineData("calendar", "application-deadline", "--corrected", "2025-09-26")]
    public async Task Calendar_commands_explain_bad_arguments_with_exit_code_2(params string[] args)
    {
        var (code, output) = await RunAsync(args);
        Assert.Equal(2, code);
        Assert.Contains("用法", output);
    }

    [Fact]
    public async Task User_add_creates_a_platform_admin_and_audit_verify_passes_then_fails_after_tampering()
    {
        var (code, output) = await RunAsync("user", "add", "root", "--name", "平台管理员");
        Assert.True(code == 0, output);
        Assert.Contains("初始密码", output);
        (code, output) = await RunAsync("user", "add", "root", "--name", "重复");
        Assert.Equal(1, code);
        Assert.Contains("已被使用", output);
        (code, output) = await RunAsync("audit", "verify");
        Assert.True(code == 0, output);
        Assert.Contains("完整", output);
        using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path.Combine(_data, "gongkai.db")};Pooling=false"))
        {
            connection.Open();
            using var tamper = connection.CreateCommand();
            tamper.CommandText = "UPDATE audit_records SET \"After\" = '{}' WHERE \"Sequence\" = 2";
            Assert.Equal(1, tamper.ExecuteNonQuery());
        }
        (code, output) = await RunAsync("audit", "verify");
        Assert.Equal(1, code);
        Assert.Contains("第 2 条", output);
    }

    [Fact]
    public async Task Privacy_scan_reads_standard_input_and_prints_json_lines()
    {
        var (code, output) = await RunWithInputAsync("名单：张某某 11010519491231002X 13800138000\n", "privacy", "scan", "-");
        Assert.True(code == 0, output);
        var lines = output.Split('\n').Where(l => l.StartsWith('{')).Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(["resident_id", "mobile"], lines.Select(l => l.GetProperty("kind").GetString()));
        Assert.Equal(7, lines[0].GetProperty("start").GetInt32());
        Assert.True(lines[0].GetProperty("valid").GetBoolean());
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

    [Fact]
    public async Task Search_reindex_rebuilds_an_emptied_index_with_a_progress_bar()
    {
        var (code, output) = await RunAsync("seed", "demo");
        Assert.True(code == 0, output);
        var items = Scalar("SELECT count(*) FROM items");
        Assert.Equal(items, Scalar("SELECT count(*) FROM search_entries"));
        Scalar("DELETE FROM search_entries; INSERT INTO search_fts (search_fts) VALUES ('delete-all'); SELECT 0");
        Assert.Equal(0, Scalar("SELECT count(*) FROM search_fts WHERE search_fts MATCH '\"低保\"'"));

        (code, output) = await RunAsync("search", "reindex");
        Assert.True(code == 0, output);
        // Output is a pipe here, so the bar prints a line at each tenth instead of redrawing.
        Assert.Contains("[------------------------------]   0%  0/" + items, output);
        Assert.Contains("[##############################] 100%  " + items + "/" + items, output);
        Assert.Contains($"检索索引已重建：共 {items} 条信息", output);
        Assert.Equal(items, Scalar("SELECT count(*) FROM search_entries"));
        Assert.True(Scalar("SELECT count(*) FROM search_fts WHERE search_fts MATCH '\"低保\"'") > 10);
    }

    private long Scalar(string sql)
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path.Combine(_data, "gongkai.db")};Pooling=false");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
