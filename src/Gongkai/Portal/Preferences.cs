namespace Gongkai.Portal;

/// <summary>
/// The 无障碍 (accessible) and 关怀版 (elder) display modes. Each is a plain link that flips a
/// cookie and returns to the page, so they work without JavaScript and persist.
/// </summary>
public static class Preferences
{
    public const string Accessible = "a11y";
    public const string Elder = "elder";
    private const string CookieName = "gk-mode";

    public static IReadOnlySet<string> ModesOf(HttpRequest request) =>
        (request.Cookies[CookieName] ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Where(m => m is Accessible or Elder).ToHashSet();

    public static string ToggleLink(HttpRequest request, string mode) =>
        $"/preferences/{mode}?return={Uri.EscapeDataString(request.Path + request.QueryString)}";

    public static IEndpointRouteBuilder MapPreferences(this IEndpointRouteBuilder app)
    {
        app.MapGet("/preferences/{mode}", (string mode, string? @return, HttpContext context) =>
        {
            if (mode is not (Accessible or Elder))
            {
                return Results.NotFound();
            }
            var modes = ModesOf(context.Request).ToHashSet();
            if (!modes.Remove(mode))
            {
                modes.Add(mode);
            }
            context.Response.Cookies.Append(CookieName, string.Join(',', modes.Order()), new CookieOptions
            {
                HttpOnly = true,
                SameSite = SameSiteMode.Lax,
                IsEssential = true,
                MaxAge = TimeSpan.FromDays(365),
            });
            // Only ever return to a page of this site.
            var target = @return is { Length: > 0 } r && r.StartsWith('/') && !r.StartsWith("//", StringComparison.Ordinal) && !r.Contains('\\', StringComparison.Ordinal) ? r : "/";
            return Results.Redirect(target);
        }).AllowAnonymous().ExcludeFromDescription();
        return app;
    }
}
