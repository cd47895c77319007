using System.Text;
using System.Text.Json;
using Gongkai.Privacy;

namespace Gongkai.Tests.Privacy;

public sealed class PrivacyScanCommandTests : IDisposable
{
    private const string Sample = "张某某，身份证号11010519491231002X，电话13800138000。";

    private readonly string _directory = Directory.CreateTempSubdirectory("gongkai-privacy-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private sealed record Run(int ExitCode, string Out, string Error)
    {
        public string[] Lines => Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);

        public JsonElement[] Json => [.. Lines.Select(line => JsonDocument.Parse(line).RootElement)];
    }

    private static async Task<Run> RunAsync(string[] args, string stdin = "")
    {
        using var output = new StringWriter { NewLine = "\n" };
        using var error = new StringWriter();
        var exitCode = await PrivacyScanCommand.RunAsync(args, new StringReader(stdin), output, error);
        return new Run(exitCode, output.ToString(), error.ToString());
    }

    private string Write(string name, byte[] content)
    {
        var path = Path.Combine(_directory, name);
        File.WriteAllBytes(path, content);
        return path;
    }

    // ---- Edge cases first ----

    public static TheoryData<string[]> BadArguments => new()
    {
        Array.Empty<string>(),
        new[] { "a.txt", "b.txt" },
        new[] { "-", "-" },
        new[] { "" },
        new[] { "--json" },
        new[] { "-x" },
    };

    [Theory]
    [MemberData(nameof(BadArguments))]
    public async Task Bad_arguments_exit_2_with_the_usage(string[] args)
    {
        var run = await RunAsync(args, Sample);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Out);
        Assert.Contains("用法：gongkai privacy scan 文件（用 - 表示从标准输入读取）", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_option_is_named()
    {
        var run = await RunAsync(["--json"]);

        Assert.Contains("未知选项：--json", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_file_exits_1_with_a_message()
    {
        var path = Path.Combine(_directory, "没有这个文件.txt");

        var run = await RunAsync([path]);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("", run.Out);
        Assert.Contains($"找不到文件：{path}", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_directory_is_no_file()
    {
        var run = await RunAsync([_directory]);

        Assert.Equal(1, run.ExitCode);
    }

    [Theory]
    [InlineData("名单.docx", "无法读取 Word 文件“名单.docx”")]
    [InlineData("名单.xlsx", "无法读取 Excel 文件“名单.xlsx”")]
    [InlineData("报告.pdf", "无法读取 PDF 文件“报告.pdf”")]
    public async Task A_corrupt_document_exits_1_with_a_message(string name, string message)
    {
        var path = Write(name, Encoding.UTF8.GetBytes(Sample));

        var run = await RunAsync([path]);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("", run.Out);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_findings_exit_0_with_no_lines()
    {
        var run = await RunAsync(["-"], "关于2025年度低保资金发放情况的公示");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Out);
        Assert.Contains("未发现个人信息", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Empty_standard_input_exits_0()
    {
        var run = await RunAsync(["-"]);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Out);
    }

    // ---- Findings as JSON lines ----

    [Fact]
    public async Task Standard_input_is_scanned_with_a_dash()
    {
        var run = await RunAsync(["-"], Sample);

        Assert.Equal(0, run.ExitCode);
        Assert.Collection(
            run.Json,
            id =>
            {
                Assert.Equal("resident_id", id.GetProperty("kind").GetString());
                Assert.Equal("11010519491231002X", id.GetProperty("text").GetString());
                Assert.Equal(8, id.GetProperty("start").GetInt32());
                Assert.Equal(18, id.GetProperty("length").GetInt32());
                Assert.True(id.GetProperty("valid").GetBoolean());
                Assert.Equal("110105********002X", id.GetProperty("mask").GetString());
                Assert.Equal("张某某，身份证号11010519491231002X，电话13800138000。", id.GetProperty("context").GetString());
            },
            mobile =>
            {
                Assert.Equal("mobile", mobile.GetProperty("kind").GetString());
                Assert.Equal("13800138000", mobile.GetProperty("text").GetString());
                Assert.Equal(29, mobile.GetProperty("start").GetInt32());
                Assert.Equal(11, mobile.GetProperty("length").GetInt32());
                Assert.True(mobile.GetProperty("valid").GetBoolean());
                Assert.Equal("138****8000", mobile.GetProperty("mask").GetString());
            });
        Assert.Contains("发现 2 处个人信息", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Each_line_has_exactly_the_documented_fields()
    {
        var run = await RunAsync(["-"], Sample);

        Assert.All(run.Json, line => Assert.Equal(
            ["kind", "text", "start", "length", "valid", "mask", "context"],
            line.EnumerateObject().Select(p => p.Name)));
    }

    [Fact]
    public async Task Chinese_characters_are_written_unescaped()
    {
        var run = await RunAsync(["-"], Sample);

        Assert.Contains("\"context\":\"张某某，身份证号", run.Lines[0], StringComparison.Ordinal);
        Assert.DoesNotContain("\\u", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_kind_has_its_code_and_invalid_ones_say_so()
    {
        var card = TestNumbers.CardFailingLuhn("622202123456789012");
        var text = $"110105194912310021 13800138000 {card} zhang@example.com";

        var run = await RunAsync(["-"], text);

        Assert.Equal(["resident_id", "mobile", "bank_card", "email"], run.Json.Select(j => j.GetProperty("kind").GetString()));
        Assert.Equal([false, true, false, true], run.Json.Select(j => j.GetProperty("valid").GetBoolean()));
        Assert.All(run.Json, j => Assert.Equal(j.GetProperty("text").GetString(), text.Substring(j.GetProperty("start").GetInt32(), j.GetProperty("length").GetInt32())));
    }

    [Theory]
    [InlineData("名单.txt")]
    [InlineData("名单.csv")]
    [InlineData("名单.md")]
    [InlineData("无扩展名")]
    public async Task A_text_file_is_scanned_as_utf8(string name)
    {
        var path = Write(name, [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Sample)]);

        var run = await RunAsync([path]);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal([8, 29], run.Json.Select(j => j.GetProperty("start").GetInt32()));
    }

    public static TheoryData<string, byte[]> Documents => new()
    {
        { "名单.docx", SampleDocuments.Docx() },
        { "名单.xlsx", SampleDocuments.Xlsx() },
        { "报告.pdf", SampleDocuments.Pdf("ID 11010519491231002X", "Tel 13800138000") },
    };

    [Theory]
    [MemberData(nameof(Documents))]
    public async Task A_document_is_scanned_by_its_type(string name, byte[] content)
    {
        var path = Write(name, content);

        var run = await RunAsync([path]);

        Assert.Equal(0, run.ExitCode);
        var texts = run.Json.Select(j => j.GetProperty("text").GetString()).ToList();
        Assert.Contains("11010519491231002X", texts);
        Assert.Contains("13800138000", texts);
    }

    [Fact]
    public async Task Positions_in_a_document_are_positions_in_its_extracted_text()
    {
        var path = Write("名单.docx", SampleDocuments.Docx());

        var run = await RunAsync([path]);

        Assert.All(run.Json, j => Assert.Equal(
            j.GetProperty("text").GetString(),
            SampleDocuments.DocxText.Substring(j.GetProperty("start").GetInt32(), j.GetProperty("length").GetInt32())));
    }
}
