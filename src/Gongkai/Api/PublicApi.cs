namespace Gongkai.Api;

public static class PublicApi
{
    public static IEndpointRouteBuilder MapPublicApi(this IEndpointRouteBuilder app) => app;
    public static IEndpointRouteBuilder MapFeeds(this IEndpointRouteBuilder app) => app;
}
