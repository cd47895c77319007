using Gongkai.Bodies;
using Gongkai.Catalogue;
using Gongkai.Items;

namespace Gongkai.Api;

/// <summary>The shapes the read API returns. Names are stable: clients depend on them.</summary>
public sealed record BodySummary(string Slug, string Code, string Name, string ShortName, BodyType Type, string TypeName, string? ParentSlug, string Url);

public sealed record BodyDetail(BodySummary Body, BodyContacts Contacts, IReadOnlyList<ReadingRoomDto> ReadingRooms, GuideSummary? Guide, IReadOnlyList<BodySummary> Subordinates);

public sealed record ReadingRoomDto(string Name, string Address, string? OpeningHours, string? Phone);

public sealed record GuideSummary(int Version, DateTimeOffset PublishedAt, string Url, string? ContentHtml = null);

public sealed record CatalogueNode(int Id, string Name, string? Description, int ItemCount, TemplateRowDto? Standard, IReadOnlyList<CatalogueNode> Children, string Url)
{
    public static CatalogueNode From(string slug, CatalogueTree.Node node) => new(
        node.Category.Id, node.Category.Name, node.Category.Description, node.Count,
        node.Category.TemplateRow is { } r ? new TemplateRowDto(r.Item, r.SubItem, r.Elements, r.LegalBasis, r.TimeLimit, r.Publisher, r.Channels, r.Audience, r.AudienceGroup, r.Mode, r.Level) : null,
        node.Children.Select(c => From(slug, c)).ToList(),
        Portal.Links.Category(slug, node.Category.Id));
}

public sealed record TemplateRowDto(string Item, string? SubItem, string Elements, string LegalBasis, string TimeLimit, string Publisher, string Channels, Audience Audience, string? AudienceGroup, DisclosureAttribute Mode, string Level);

public sealed record ItemSummary(int Id, string? IndexNumber, string Title, string? DocumentNumber, DateTimeOffset? PublishedAt, Validity Validity, string BodySlug, string Url);

public sealed record ItemPage(int Page, int PageSize, int Total, int PageCount, IReadOnlyList<ItemSummary> Items);

public sealed record ItemDetail(
    int Id,
    string? IndexNumber,
    string BodySlug,
    string BodyName,
    int CategoryId,
    string CategoryName,
    ItemMetadata Metadata,
    DateTimeOffset? PublishedAt,
    DateTimeOffset UpdatedAt,
    IReadOnlyList<ItemChannel> Channels,
    IReadOnlyList<AttachmentDto> Attachments,
    IReadOnlyList<VersionDto> Versions,
    string Url);

public sealed record AttachmentDto(int Id, string FileName, string ContentType, long Length, string Url);

public sealed record VersionDto(int Number, DateTimeOffset PublishedAt, string Note, string Url);
