using Microsoft.AspNetCore.Hosting;

namespace Gongkai.Tests.Infrastructure;

/// <summary>
/// The application for back-office page tests, with <c>Gongkai:RequireTwoFactor=false</c> so that
/// test accounts in admin roles can use the back office without setting up an authenticator
/// (production keeps it on; <c>BackOffice/TwoFactorRequirementTests</c> covers that path).
/// </summary>
public class BackOfficeApp : GongkaiApp
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Gongkai:RequireTwoFactor", "false");
    }
}

public sealed class BackOfficeSqliteApp : BackOfficeApp;

public sealed class BackOfficePostgresApp : BackOfficeApp
{
    protected override bool UsePostgres => true;
}
