using System.Globalization;

namespace Gongkai.Cli;

/// <summary>The options and positional words of one command: <c>--from 2025-09-26 --days 20 FILE</c>.</summary>
public sealed class CliArgs
{
    private readonly Dictionary<string, List<string>> _options = new(StringComparer.Ordinal);

    public CliArgs(IReadOnlyList<string> args, params string[] flags)
    {
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg.StartsWith("--", StringComparison.Ordinal) && arg.Length > 2)
            {
                var (name, value) = arg.Contains('=', StringComparison.Ordinal) ? (arg[..arg.IndexOf('=', StringComparison.Ordinal)], arg[(arg.IndexOf('=', StringComparison.Ordinal) + 1)..])
                    : flags.Contains(arg) ? (arg, "true")
                    : i + 1 < args.Count ? (arg, args[++i])
                    : throw new CliException($"选项 {arg} 需要一个值。");
                if (!_options.TryGetValue(name, out var list))
                {
                    _options[name] = list = [];
                }
                list.Add(value);
            }
            else
            {
                Positional.Add(arg);
            }
        }
    }

    public List<string> Positional { get; } = [];

    public string? Option(string name) => _options.TryGetValue(name, out var values) ? values[^1] : null;

    public IReadOnlyList<string> Options(string name) => _options.TryGetValue(name, out var values) ? values : [];

    public bool Flag(string name) => Option(name) == "true";

    public string Required(string name) => Option(name) ?? throw new CliException($"缺少选项 {name}。");

    public static DateOnly Date(string text, string what) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new CliException($"{what}“{text}”不是 YYYY-MM-DD 格式的日期。");

    public static int Number(string text, string what, int min, int max) =>
        int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max
            ? n
            : throw new CliException($"{what}“{text}”应为 {min} 至 {max} 之间的整数。");
}

/// <summary>A mistake in how a command was called: printed with the usage, exit code 2.</summary>
public sealed class CliException(string message) : Exception(message);
