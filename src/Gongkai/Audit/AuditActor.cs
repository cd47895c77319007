using System.Security.Claims;

namespace Gongkai.Audit;

/// <summary>Who is writing: the signed-in person of the current request, or the system (start-up jobs, command line).</summary>
public sealed class AuditActor(IHttpContextAccessor? http)
{
    public const string System = "系统";

    public static readonly AuditActor Nobody = new(null);

    public string Describe()
    {
        var user = http?.HttpContext?.User;
        if (user?.Identity?.IsAuthenticated != true)
        {
            return System;
        }
        var id = user.FindFirstValue(ClaimTypes.NameIdentifier);
        var name = user.FindFirstValue(ClaimTypes.Name) ?? "?";
        return $"{name}（用户 {id}）";
    }
}
