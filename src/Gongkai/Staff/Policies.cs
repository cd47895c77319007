using Microsoft.AspNetCore.Authorization;

namespace Gongkai.Staff;

/// <summary>The named authorization policies. Everything not marked public requires <see cref="Staff"/> (the fallback).</summary>
public static class Policies
{
    /// <summary>Signed in, with a second factor where the person's roles need one.</summary>
    public const string Staff = "Staff";

    /// <summary>Signed in, even before setting up a required second factor (the set-up pages themselves).</summary>
    public const string SignedIn = "SignedIn";

    public const string PlatformAdmin = "PlatformAdmin";

    public static void Add(AuthorizationOptions options)
    {
        var staff = new AuthorizationPolicyBuilder().RequireAuthenticatedUser()
            .RequireAssertion(c => !c.User.HasClaim(StaffClaimsFactory.TwoFactorMissingClaim, "true")).Build();
        options.AddPolicy(Staff, staff);
        options.AddPolicy(SignedIn, p => p.RequireAuthenticatedUser());
        options.AddPolicy(PlatformAdmin, p => p.Combine(staff).AddRequirements(new PlatformAdminRequirement()));
        options.FallbackPolicy = staff;
    }
}

public sealed class PlatformAdminRequirement : IAuthorizationRequirement;

/// <summary>Checks platform admin in the database, so a revoked grant stops working at once.</summary>
public sealed class PlatformAdminHandler(StaffAccess access) : AuthorizationHandler<PlatformAdminRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, PlatformAdminRequirement requirement)
    {
        if ((await access.ReachAsync()).IsPlatformAdmin)
        {
            context.Succeed(requirement);
        }
    }
}
