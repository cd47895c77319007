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

/// <summary>
/// Allocates the next serial of a body's year. A unique index on (body, year, serial) backs it;
/// serials handed out earlier in the same unit of work (not yet saved) are remembered here.
/// </summary>
public sealed class IndexNumberAllocator(GongkaiDb db, IIndexNumberFormat format)
{
    private readonly Dictionary<(Body Body, int Year), int> _handedOut = [];

    public async Task<IndexNumber> NextAsync(Body body, int year, CancellationToken ct = default)
    {
        var saved = body.Id == 0 ? 0 : await db.Items.Where(i => i.BodyId == body.Id && i.IndexYear == year).MaxAsync(i => i.IndexSerial, ct) ?? 0;
        var serial = Math.Max(saved, _handedOut.GetValueOrDefault((body, year))) + 1;
        _handedOut[(body, year)] = serial;
        return new IndexNumber(format.Format(body, year, serial), year, serial);
    }
}
