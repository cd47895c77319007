using Gongkai.Data;
using Gongkai.Items;
using Gongkai.Visibility;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Portal;

/// <summary>One line of an item list: title, date and 文号.</summary>
public sealed record ItemLine(int Id, string Title, string? DocumentNumber, DateTimeOffset PublishedAt, Validity Validity, string BodyName, string BodySlug);

/// <summary>Queries shared by the public pages, API and feeds; all go through the visibility rule.</summary>
public static class PublicItems
{
    public static IQueryable<DisclosureItem> Visible(this GongkaiDb db, Viewer viewer) => db.Items.AsNoTracking().VisibleTo(viewer);

    public static IQueryable<ItemLine> Lines(this IQueryable<DisclosureItem> items) =>
        items.OrderByDescending(i => i.PublishedAt).ThenByDescending(i => i.Id)
            .Select(i => new ItemLine(i.Id, i.Title, i.DocumentNumber, i.PublishedAt!.Value, i.Validity, i.Body.Name, i.Body.Slug));
}
