namespace Gongkai.Items;

/// <summary>The standard metadata box (索引号, 主题分类, 发布机构 …) of an item or of one of its versions.</summary>
public sealed record MetadataBoxView(string? IndexNumber, DateTimeOffset? PublishedAt, ItemMetadata Metadata, IReadOnlyList<ItemChannel> Channels)
{
    public static MetadataBoxView Of(DisclosureItem item) => new(item.IndexNumber, item.PublishedAt, item.Metadata, item.Channels);
}
