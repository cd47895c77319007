using Gongkai.Data;
using Gongkai.Review;
using Gongkai.Staff;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Items.Admin;

/// <summary>Loads items for the back office, limited to the bodies the signed-in person holds a role in.</summary>
public sealed class AdminItems(GongkaiDb db, StaffAccess access)
{
    /// <summary>The item, or null when it does not exist or lies outside the person's bodies (both answer 404).</summary>
    public async Task<DisclosureItem?> FindAsync(int id, CancellationToken ct = default)
    {
        var bodies = (await access.ReachAsync(ct)).MemberOf.ToList();
        return await db.Items.Include(i => i.Body).Include(i => i.Category).ThenInclude(c => c.TemplateRow).Include(i => i.Attachments).Include(i => i.Versions)
            .AsSplitQuery()
            .FirstOrDefaultAsync(i => i.Id == id && bodies.Contains(i.BodyId), ct);
    }

    /// <summary>The proposal still on its way (editing, in review or approved), if any.</summary>
    public Task<Proposal?> OpenProposalAsync(int itemId, CancellationToken ct = default) =>
        db.Proposals.Include(p => p.Decisions).Include(p => p.PrivacyResolutions)
            .Where(p => p.ItemId == itemId && p.Status != ProposalStatus.Published)
            .OrderByDescending(p => p.Id).FirstOrDefaultAsync(ct);

    public async Task<IReadOnlyList<(int Id, string Name)>> CategoriesAsync(int bodyId, CancellationToken ct = default)
    {
        var all = await db.Categories(bodyId).ToListAsync(ct);
        return all.Select(c => (c.Id, c.ParentId is { } p && all.FirstOrDefault(x => x.Id == p) is { } parent ? $"{parent.Name} › {c.Name}" : c.Name)).ToList();
    }
}

internal static class CategoryQueries
{
    public static IQueryable<Catalogue.CatalogueCategory> Categories(this GongkaiDb db, int bodyId) =>
        db.CatalogueCategories.AsNoTracking().Where(c => c.BodyId == bodyId).OrderBy(c => c.ParentId == null ? c.SortOrder * 1000 : c.Parent!.SortOrder * 1000 + c.SortOrder);
}
