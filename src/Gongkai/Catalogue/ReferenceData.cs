using Gongkai.Data;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Catalogue;

/// <summary>Data every installation has: the shipped catalogue templates. Safe to run on every start.</summary>
public static class ReferenceData
{
    public static async Task EnsureAsync(GongkaiDb db, CancellationToken ct = default)
    {
        var existing = await db.CatalogueTemplates.Select(t => t.Code).ToListAsync(ct);
        foreach (var template in ShippedTemplates.All().Where(t => !existing.Contains(t.Code)))
        {
            db.CatalogueTemplates.Add(template);
        }
        await db.SaveChangesAsync(ct);
    }
}
