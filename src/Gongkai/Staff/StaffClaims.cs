using System.Security.Claims;
using Gongkai.Data;
using Gongkai.Visibility;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Gongkai.Staff;

/// <summary>
/// What the sign-in cookie says about a person: their name, the bodies they are members of
/// (for the visibility rule), and whether a second factor is still to be set up.
/// Rebuilt whenever the security stamp is validated, so role changes reach the cookie.
/// </summary>
public sealed class StaffClaimsFactory(UserManager<StaffUser> users, IOptions<IdentityOptions> options, GongkaiDb db, StaffSettings settings)
    : UserClaimsPrincipalFactory<StaffUser>(users, options)
{
    public const string TwoFactorMissingClaim = "gongkai:2fa-missing";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(StaffUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.RemoveClaim(identity.FindFirst(ClaimTypes.Name));
        identity.AddClaim(new Claim(ClaimTypes.Name, user.DisplayName.Length > 0 ? user.DisplayName : user.UserName ?? ""));
        var reach = await StaffAccess.LoadAsync(db, user.Id, CancellationToken.None);
        foreach (var body in reach.MemberOf)
        {
            identity.AddClaim(new Claim(Viewer.BodyClaim, body.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }
        var needsSecondFactor = reach.IsPlatformAdmin || reach.Roles.Any(r => r.NeedsTwoFactor());
        if (settings.RequireTwoFactor && needsSecondFactor && !user.TwoFactorEnabled)
        {
            identity.AddClaim(new Claim(TwoFactorMissingClaim, "true"));
        }
        return identity;
    }
}

/// <summary>Back-office settings: <c>Gongkai:RequireTwoFactor</c> (default true; the demo turns it off and says so).</summary>
public sealed record StaffSettings(bool RequireTwoFactor)
{
    public static StaffSettings From(IConfiguration configuration, bool demoMode) =>
        new(configuration.GetValue("Gongkai:RequireTwoFactor", !demoMode));
}
