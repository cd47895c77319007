using System.Text.Encodings.Web;
using System.Text.Json;
using Gongkai.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Gongkai.Audit;

/// <summary>
/// Turns the changes of one SaveChanges into audit records and appends them, hash-chained, in
/// the same transaction. Also verifies the chain.
/// </summary>
public static class AuditTrail
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Never written into a record (nor the value of any Identity token, such as the TOTP key).</summary>
    private static readonly HashSet<string> Secret = ["PasswordHash", "SecurityStamp", "ConcurrencyStamp", "AuthenticatorKey"];

    /// <summary>
    /// A change seen before saving. Keys of new rows, and the body of anything not deleted, are
    /// read after saving; a deleted row's body is read before, while the rows it leads through exist.
    /// </summary>
    public sealed record Pending(EntityEntry Entry, EntityState State, IReadOnlyList<string> Properties, string? Before)
    {
        public int? BodyId { get; set; }
    }

    public static async Task<List<Pending>> CaptureAsync(GongkaiDb db, CancellationToken ct)
    {
        var changes = db.ChangeTracker.Entries()
            .Where(e => e.Entity is not AuditRecord && e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Select(e =>
            {
                // A change records only what changed (and the key); a new or deleted row records everything.
                var properties = e.Properties.Where(p => e.State != EntityState.Modified || p.IsModified || p.Metadata.IsPrimaryKey())
                    .Select(p => p.Metadata.Name).ToList();
                return new Pending(e, e.State, properties, e.State == EntityState.Added ? null : Values(e, properties, original: true));
            })
            .ToList();
        await FindBodiesAsync(db, changes.Where(c => c.State == EntityState.Deleted), ct);
        return changes;
    }

    public static async Task AppendAsync(GongkaiDb db, IReadOnlyList<Pending> changes, string actor, string? action, string? note, DateTimeOffset now, CancellationToken ct)
    {
        if (db.Database.IsNpgsql())
        {
            // One writer at a time extends the chain, across all app instances.
            await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock(727274)", ct);
        }
        await FindBodiesAsync(db, changes.Where(c => c.State != EntityState.Deleted), ct);
        var last = await db.AuditRecords.AsNoTracking().OrderByDescending(r => r.Sequence)
            .Select(r => new { r.Sequence, r.Hash }).FirstOrDefaultAsync(ct);
        var sequence = last?.Sequence ?? 0;
        var previous = last?.Hash ?? AuditHash.Genesis;
        var at = AuditHash.Truncate(now);
        foreach (var change in changes)
        {
            var entry = change.Entry;
            var verb = change.State switch { EntityState.Added => "新增", EntityState.Deleted => "删除", _ => "修改" };
            var record = new AuditRecord(++sequence, at, actor, action ?? verb, entry.Metadata.ClrType.Name, Key(entry), change.BodyId,
                change.Before, change.State == EntityState.Deleted ? null : Values(entry, change.Properties, original: false), note, previous);
            previous = record.Hash;
            db.AuditRecords.Add(record);
        }
    }

    /// <summary>The sequence number of the first record that does not fit the chain, or null when all do.</summary>
    public static async Task<(long Count, long? FirstBroken, string? Reason)> VerifyAsync(GongkaiDb db, CancellationToken ct)
    {
        var previous = AuditHash.Genesis;
        long expected = 1;
        await foreach (var record in db.AuditRecords.AsNoTracking().OrderBy(r => r.Sequence).AsAsyncEnumerable().WithCancellation(ct))
        {
            if (record.Sequence != expected)
            {
                return (expected - 1, expected, $"缺少第 {expected} 条记录（下一条是第 {record.Sequence} 条）");
            }
            if (record.PreviousHash != previous)
            {
                return (expected - 1, record.Sequence, "与上一条记录的哈希不衔接");
            }
            if (AuditHash.Of(record) != record.Hash)
            {
                return (expected - 1, record.Sequence, "记录内容与其哈希不符（已被改动）");
            }
            previous = record.Hash;
            expected++;
        }
        return (expected - 1, null, null);
    }

    private static async Task FindBodiesAsync(GongkaiDb db, IEnumerable<Pending> changes, CancellationToken ct)
    {
        var list = changes.ToList();
        var bodies = await AuditScope.BodyIdsAsync(db, [.. list.Select(c => c.Entry)], ct);
        for (var i = 0; i < list.Count; i++)
        {
            list[i].BodyId = bodies[i];
        }
    }

    private static string Key(EntityEntry entry)
    {
        var key = entry.Metadata.FindPrimaryKey();
        return key is null ? "" : string.Join("/", key.Properties.Select(p => entry.Property(p.Name).CurrentValue?.ToString() ?? ""));
    }

    private static string Values(EntityEntry entry, IReadOnlyList<string> properties, bool original)
    {
        var values = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var name in properties)
        {
            var property = entry.Property(name);
            var secret = Secret.Contains(name) || (entry.Entity is Microsoft.AspNetCore.Identity.IdentityUserToken<int> && name == "Value");
            values[name] = secret ? "***" : original ? property.OriginalValue : property.CurrentValue;
        }
        return JsonSerializer.Serialize(values, Json);
    }
}
