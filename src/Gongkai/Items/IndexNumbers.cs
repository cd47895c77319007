using Gongkai.Bodies;
using Gongkai.Data;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Items;

/// <summary>
/// Formats 索引号. There is no national format; deployments replace this service to match
/// their province's rule.
/// </summary>
public interface IIndexNumberFormat
{
    string Format(Body body, int year, int serial);
}

/// <summary>The default: <c>{org code}/{YYYY}-{5-digit serial}</c>, e.g. <c>014523671/2025-00012</c>.</summary>
public sealed class DefaultIndexNumberFormat : IIndexNumberFormat
{
    public string Format(Body body, int year, int serial) => $"{body.Code}/{year:D4}-{serial:D5}";
}

/// <summary>Allocates the next serial of a body's year. A unique index on (body, year, serial) backs it.</summary>
public sealed class IndexNumberAllocator(GongkaiDb db, IIndexNumberFormat format)
{
    public async Task<IndexNumber> NextAsync(Body body, int year, CancellationToken ct = default)
    {
        var last = await db.Items.Where(i => i.BodyId == body.Id && i.IndexYear == year).MaxAsync(i => i.IndexSerial, ct) ?? 0;
        // Serials allocated earlier in the same unit of work are not in the database yet.
        var pending = db.ChangeTracker.Entries<DisclosureItem>()
            .Where(e => e.Entity.BodyId == body.Id || e.Entity.Body == body)
            .Select(e => e.Entity)
            .Where(i => i.IndexYear == year)
            .Max(i => i.IndexSerial) ?? 0;
        var serial = Math.Max(last, pending) + 1;
        return new IndexNumber(format.Format(body, year, serial), year, serial);
    }
}
