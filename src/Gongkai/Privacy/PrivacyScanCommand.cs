using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Gongkai.Privacy;

/// <summary>
/// <c>gongkai privacy scan FILE</c> (or <c>-</c> for standard input): prints each finding as one line
/// of JSON with <c>kind</c>, <c>text</c>, <c>start</c>, <c>length</c>, <c>valid</c>, <c>mask</c> and
/// <c>context</c>. DOCX, XLSX and PDF files are read by type; anything else as UTF-8 text. Positions
/// are UTF-16 positions in the text that was scanned. Exit code 0 after a scan (findings or not),
/// 1 when the file cannot be read, 2 for bad arguments.
/// </summary>
public static class PrivacyScanCommand
{
    public const string Usage = "用法：gongkai privacy scan 文件（用 - 表示从标准输入读取）";

    private static readonly JsonSerializerOptions Json = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
    };

    private sealed record Line(string Kind, string Text, int Start, int Length, bool Valid, string Mask, string Context);

    public static async Task<int> RunAsync(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Length != 1 || args[0].Length == 0 || (args[0].StartsWith('-') && args[0] != "-"))
        {
            await stderr.WriteLineAsync(args.Length == 1 && args[0].StartsWith('-') ? $"未知选项：{args[0]}" : "请给出一个要检查的文件。");
            await stderr.WriteLineAsync(Usage);
            return 2;
        }
        string text;
        if (args[0] == "-")
        {
            text = await stdin.ReadToEndAsync();
        }
        else
        {
            var path = args[0];
            if (!File.Exists(path))
            {
                await stderr.WriteLineAsync($"找不到文件：{path}");
                return 1;
            }
            try
            {
                text = await ReadFileAsync(path);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or DocumentTextException)
            {
                await stderr.WriteLineAsync(ex is DocumentTextException ? ex.Message : $"无法读取文件“{path}”：{ex.Message}");
                return 1;
            }
        }

        var findings = PrivacyScanner.Scan(text);
        foreach (var finding in findings)
        {
            var line = new Line(finding.KindCode, finding.Text, finding.Start, finding.Length, finding.Valid, Masking.Mask(finding), finding.Context);
            await stdout.WriteLineAsync(JsonSerializer.Serialize(line, Json));
        }
        await stderr.WriteLineAsync(findings.Count == 0 ? "未发现个人信息。" : $"发现 {findings.Count} 处个人信息。");
        return 0;
    }

    /// <summary>DOCX, XLSX and PDF by type; any other file as UTF-8 text (a BOM is allowed, bad bytes become U+FFFD).</summary>
    private static async Task<string> ReadFileAsync(string path)
    {
        var extension = Path.GetExtension(path).ToLowerInvariant();
        if (extension is ".docx" or ".xlsx" or ".pdf")
        {
            await using var stream = File.OpenRead(path);
            return DocumentText.Extract(path, stream);
        }
        return await File.ReadAllTextAsync(path, Encoding.UTF8);
    }
}
