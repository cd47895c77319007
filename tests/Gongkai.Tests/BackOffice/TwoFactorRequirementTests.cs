using System.Net;
using Gongkai.Staff;
using Gongkai.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Tests.BackOffice;

/// <summary>With <c>Gongkai:RequireTwoFactor</c> on (the default outside the demo), admins must set up a second factor first.</summary>
public sealed class TwoFactorRequirementTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Fact]
    public async Task Platform_admin_without_two_factor_is_sent_to_set_it_up_first()
    {
        var (_, browser) = await app.SignedInAsync((StaffRole.PlatformAdmin, null));
        using var response = await browser.GetAsync("/admin/users");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/two-factor", response.Headers.Location?.OriginalString);
        var setUp = await browser.GetOkAsync("/account/two-factor");
        Assert.Contains("要求开启双因素认证", setUp);
    }

    [Fact]
    public async Task Signing_out_everywhere_ends_the_other_sessions_at_once()
    {
        var body = await app.CreateBodyUnderAsync(null);
        var (user, first) = await app.SignedInAsync((StaffRole.Supervisor, body));
        await first.GetOkAsync("/admin");
        await app.WithDbAsync(async (db, services) =>
        {
            var users = services.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<StaffUser>>();
            await users.UpdateSecurityStampAsync((await users.FindByIdAsync(user.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)))!);
            return 0;
        });
        using var after = await first.GetAsync("/admin");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Contains("/account/signin", after.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Supervisor_needs_no_second_factor_and_may_read_the_audit_log()
    {
        var body = await app.CreateBodyUnderAsync(null);
        var (_, browser) = await app.SignedInAsync((StaffRole.Supervisor, body));
        await browser.GetOkAsync("/admin/audit");
    }

    [Fact]
    public async Task The_authenticator_key_never_reaches_the_audit_trail()
    {
        var body = await app.CreateBodyUnderAsync(null);
        var (user, _) = await app.SignedInAsync((StaffRole.Supervisor, body));
        var key = await app.WithDbAsync(async (db, services) =>
        {
            var users = services.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<StaffUser>>();
            var tracked = (await users.FindByIdAsync(user.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)))!;
            await users.ResetAuthenticatorKeyAsync(tracked);
            return (await users.GetAuthenticatorKeyAsync(tracked))!;
        });
        var leaked = await app.WithDbAsync((db, _) => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(
            db.AuditRecords, r => (r.After != null && r.After.Contains(key)) || (r.Before != null && r.Before.Contains(key))));
        Assert.Equal(0, leaked);
    }
}
