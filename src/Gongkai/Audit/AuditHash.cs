using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Gongkai.Audit;

/// <summary>The hash that chains audit records: SHA-256 over the previous hash and every field, in a fixed text form.</summary>
public static class AuditHash
{
    /// <summary>The hash of the (non-existent) record before the first one.</summary>
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    /// <summary>
    /// The body id, when there is one, is hashed as a first line <c>body:{id}</c>. Records written
    /// before records had a body (and platform-wide ones) hash exactly as they always did, and the two
    /// forms cannot be mistaken for each other: the older form starts with a hex digit of the
    /// previous hash. So setting, clearing or changing a body id by hand breaks the chain.
    /// </summary>
    public static string Of(AuditRecord r)
    {
        var text = string.Join('\n',
            r.PreviousHash,
            r.Sequence.ToString(CultureInfo.InvariantCulture),
            Stamp(r.At),
            r.Actor,
            r.Action,
            r.EntityType,
            r.EntityId,
            r.Before ?? "\u2205",
            r.After ?? "\u2205",
            r.Note ?? "\u2205");
        if (r.BodyId is { } body)
        {
            text = $"body:{body.ToString(CultureInfo.InvariantCulture)}\n{text}";
        }
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    /// <summary>
    /// Times are kept to the millisecond, which both providers store exactly (SQLite's binary
    /// form keeps 0.1 ms, PostgreSQL 1 µs), so a record read back hashes as when it was written.
    /// </summary>
    public static DateTimeOffset Truncate(DateTimeOffset at)
    {
        var utc = at.ToUniversalTime();
        return new DateTimeOffset(utc.Ticks - (utc.Ticks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero);
    }

    private static string Stamp(DateTimeOffset at) => at.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}
