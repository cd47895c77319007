using Gongkai.Data;
using Gongkai.Visibility;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Items;

/// <summary>Finds one item for a public surface, applying the visibility rule.</summary>
public static class PublicItemLookup
{
    /// <summary>What a public surface may know about an item id.</summary>
    public sealed record Result(DisclosureItem? Item, DateTimeOffset? WithdrawnAt, WithdrawalReason? WithdrawalReason)
    {
        public bool Found => Item is not null;
        public bool Withdrawn => WithdrawnAt is not null;
    }

    /// <summary>The item if the viewer may see it, holding only the attachments the public may see.</summary>
    public static async Task<Result> FindAsync(GongkaiDb db, int id, Viewer viewer, CancellationToken ct, bool withVersions = false)
    {
        IQueryable<DisclosureItem> query = db.Items.AsNoTracking().Include(i => i.Body).Include(i => i.Category)
            .Include(i => i.Attachments.AsQueryable().Where(PublicVisibility.AttachmentRule));
        if (withVersions)
        {
            query = query.Include(i => i.Versions);
        }
        var item = await query.VisibleTo(viewer).AsSplitQuery().FirstOrDefaultAsync(i => i.Id == id, ct);
        if (item is not null)
        {
            return new Result(item, null, null);
        }
        // Only the date and the kind of reason of a withdrawal are public; never the content.
        var other = await db.Items.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, ct);
        return other is not null && other.ShowsWithdrawalNotice()
            ? new Result(null, other.WithdrawnAt, other.WithdrawalReason)
            : new Result(null, null, null);
    }
}
