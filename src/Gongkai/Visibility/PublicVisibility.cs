using System.Linq.Expressions;
using Gongkai.Items;

namespace Gongkai.Visibility;

/// <summary>
/// The one rule that decides what the public may see. Every public surface (pages, listings,
/// attachment downloads, version history, API, feeds) filters through <see cref="Rule"/>, and
/// the attachments of a visible item through <see cref="AttachmentRule"/>; anything they
/// exclude answers 404.
/// </summary>
/// <remarks>
/// Visible: published, proactively disclosed items, and items for a specific group only to
/// signed-in staff of the item's body. Never visible: drafts, items under review, items
/// disclosed on application or withheld, and withdrawn items. Of a visible item, only the files
/// it lists now: never those a revision under review proposes, nor those a revision took off.
/// </remarks>
public static class PublicVisibility
{
    public static Expression<Func<DisclosureItem, bool>> Rule(Viewer viewer)
    {
        var staffOf = viewer.StaffOfBodyIds.ToList();
        return i => i.Status == ItemStatus.Published
            && i.Attribute == DisclosureAttribute.Proactive
            && (i.Audience == Audience.Everyone || staffOf.Contains(i.BodyId));
    }

    public static Expression<Func<Attachment, bool>> AttachmentRule { get; } = a => a.Status == AttachmentStatus.Listed;

    /// <summary>A consultation is public from the moment it is put out for comment; a draft never is.</summary>
    public static Expression<Func<Participation.Consultations.Consultation, bool>> ConsultationRule { get; } =
        c => c.Stage != Participation.Consultations.ConsultationStage.Draft;

    public static IQueryable<DisclosureItem> VisibleTo(this IQueryable<DisclosureItem> items, Viewer viewer) =>
        items.Where(Rule(viewer));

    public static bool IsVisibleTo(this DisclosureItem item, Viewer viewer) => Rule(viewer).Compile()(item);

    /// <summary>
    /// A withdrawn item that was public before answers 404 with a short notice (date and kind of
    /// reason) instead of the content; other non-public items answer a plain 404.
    /// </summary>
    public static bool ShowsWithdrawalNotice(this DisclosureItem item) =>
        item.Status == ItemStatus.Withdrawn && item.Attribute == DisclosureAttribute.Proactive && item.Audience == Audience.Everyone;
}
