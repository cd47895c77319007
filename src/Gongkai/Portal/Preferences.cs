namespace Gongkai.Portal;

public static class Preferences
{
    public static IEndpointRouteBuilder MapPreferences(this IEndpointRouteBuilder app) => app;
}
