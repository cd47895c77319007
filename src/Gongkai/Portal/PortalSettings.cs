using Gongkai.Data;

namespace Gongkai.Portal;

/// <summary>
/// Portal-wide settings. Demo mode is on by default for the embedded SQLite setup and off for
/// PostgreSQL; <c>Gongkai:Demo</c> overrides it.
/// </summary>
public sealed record PortalSettings(string PlatformName, bool DemoMode)
{
    public static PortalSettings From(IConfiguration configuration, DataSettings data) => new(
        configuration["Gongkai:PlatformName"] ?? "政府信息公开平台",
        configuration.GetValue("Gongkai:Demo", !data.IsPostgres));
}
