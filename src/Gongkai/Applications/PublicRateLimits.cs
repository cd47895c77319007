using System.Threading.RateLimiting;

namespace Gongkai.Applications;

/// <summary>
/// Per-address limits on what the public sends: applications submitted, and tracking codes tried
/// (so codes cannot be guessed). Checked inside the pages, so a limited visitor gets the form back
/// with a clear message and everything typed, not a bare error.
/// </summary>
public sealed class PublicRateLimits(int submissionsPerHour, int lookupsPerFiveMinutes) : IDisposable
{
    private readonly PartitionedRateLimiter<string> _submissions = PartitionedRateLimiter.Create<string, string>(address =>
        RateLimitPartition.GetFixedWindowLimiter(address, _ => new FixedWindowRateLimiterOptions { PermitLimit = submissionsPerHour, Window = TimeSpan.FromHours(1) }));

    private readonly PartitionedRateLimiter<string> _lookups = PartitionedRateLimiter.Create<string, string>(address =>
        RateLimitPartition.GetFixedWindowLimiter(address, _ => new FixedWindowRateLimiterOptions { PermitLimit = lookupsPerFiveMinutes, Window = TimeSpan.FromMinutes(5) }));

    public static PublicRateLimits From(IConfiguration configuration) => new(
        configuration.GetValue("Gongkai:Limits:SubmissionsPerHour", 10),
        configuration.GetValue("Gongkai:Limits:TrackingLookupsPerFiveMinutes", 10));

    public bool TrySubmit(HttpContext context) => Acquire(_submissions, context);

    public bool TryLookup(HttpContext context) => Acquire(_lookups, context);

    private static bool Acquire(PartitionedRateLimiter<string> limiter, HttpContext context)
    {
        using var lease = limiter.AttemptAcquire(context.Connection.RemoteIpAddress?.ToString() ?? "unknown");
        return lease.IsAcquired;
    }

    public void Dispose()
    {
        _submissions.Dispose();
        _lookups.Dispose();
    }
}
