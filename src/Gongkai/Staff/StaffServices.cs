using Gongkai.Data;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;

namespace Gongkai.Staff;

public static class StaffServices
{
    /// <summary>Identity for staff: password policy, lockout, TOTP, a sign-in cookie re-validated on every request.</summary>
    public static IServiceCollection AddStaffAccounts(this IServiceCollection services)
    {
        services.AddScoped<StaffAccess>();
        services.AddScoped<IAuthorizationHandler, PlatformAdminHandler>();
        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        services.AddIdentityCore<StaffUser>(o =>
            {
                o.Password.RequiredLength = 10;
                o.Password.RequireDigit = true;
                o.Password.RequireLowercase = true;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
                o.User.RequireUniqueEmail = false;
                o.User.AllowedUserNameCharacters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._@+";
            })
            .AddSignInManager()
            .AddEntityFrameworkStores<GongkaiDb>()
            .AddDefaultTokenProviders()
            .AddErrorDescriber<ChineseIdentityErrors>()
            .AddClaimsPrincipalFactory<StaffClaimsFactory>();
        // "Sign out of all sessions" changes the security stamp; every request checks it.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.Zero);
        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "gongkai.staff";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
            o.LoginPath = "/account/signin";
            o.LogoutPath = "/account/signout";
            // Keep Identity's own events (it validates the security stamp on every request) and add ours.
            o.Events.OnRedirectToAccessDenied = c =>
            {
                if (c.HttpContext.User.HasClaim(StaffClaimsFactory.TwoFactorMissingClaim, "true") && !c.Request.Path.StartsWithSegments("/api"))
                {
                    c.Response.Redirect("/account/two-factor"); // roles that need a second factor set it up first
                    return Task.CompletedTask;
                }
                return Status(c.HttpContext, StatusCodes.Status403Forbidden);
            };
            o.Events.OnRedirectToLogin = c =>
            {
                if (c.Request.Path.StartsWithSegments("/api"))
                {
                    return Status(c.HttpContext, StatusCodes.Status401Unauthorized);
                }
                c.Response.Redirect(c.RedirectUri);
                return Task.CompletedTask;
            };
        });
        services.AddAuthorization(Policies.Add);
        return services;
    }

    private static Task Status(HttpContext context, int status)
    {
        context.Response.StatusCode = status;
        return Task.CompletedTask;
    }
}
