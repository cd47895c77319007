namespace Gongkai.BrowserTests.Infrastructure;

/// <summary>
/// The app's clock in the browser tests: the system clock until a journey sets a China date and time,
/// from which it runs on with the real seconds (so steps taken one after another keep their order).
/// Journeys whose steps have legal dates (an application's receipt, a correction, a reply) move it;
/// <see cref="Reset"/> puts it back for the journeys after them.
/// </summary>
public sealed class AppClock : TimeProvider
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);
    private long _offsetTicks;

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow().AddTicks(Interlocked.Read(ref _offsetTicks));

    /// <summary>From now on the app's time is <paramref name="date"/> at <paramref name="hour"/>:00 in China, and runs on from there.</summary>
    public void Set(DateOnly date, int hour)
    {
        var target = new DateTimeOffset(date.ToDateTime(new TimeOnly(hour, 0)), China);
        Interlocked.Exchange(ref _offsetTicks, (target - System.GetUtcNow()).Ticks);
    }

    /// <summary>Back to the system clock.</summary>
    public void Reset() => Interlocked.Exchange(ref _offsetTicks, 0);
}
