namespace Gongkai.BrowserTests.Infrastructure;

/// <summary>
/// Debian's Chromium, the only browser these tests use: Playwright never downloads one.
/// Without <c>/usr/bin/chromium</c> the browser tests are skipped with the reason shown, unless
/// <c>GONGKAI_REQUIRE_CHROMIUM=1</c> (as in <c>.ci/run</c>), when they run and fail.
/// </summary>
public static class Chromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    public static readonly string[] Args =
        ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

    public static bool Required => Environment.GetEnvironmentVariable("GONGKAI_REQUIRE_CHROMIUM") == "1";

    public static bool Installed => File.Exists(ExecutablePath);

    /// <summary>Why the browser tests are skipped here, or null when they run.</summary>
    public static string? SkipReason => Installed || Required
        ? null
        : $"未安装 Chromium（{ExecutablePath}）：执行 apt-get install chromium fonts-wqy-microhei 后即可运行浏览器测试；.ci/run 会自动安装，并设置 GONGKAI_REQUIRE_CHROMIUM=1 要求它们运行。";
}

/// <summary>A fact that needs the browser; skipped with the reason when Chromium is not installed (see <see cref="Chromium"/>).</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BrowserFactAttribute : SkippableFactAttribute;
