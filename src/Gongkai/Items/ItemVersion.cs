using System.Text.Json;
using System.Text.Json.Serialization;

namespace Gongkai.Items;

/// <summary>
/// A published state of an item, frozen. Nothing may change a version once saved: the data
/// context refuses updates and deletes of this type.
/// </summary>
public class ItemVersion
{
    private ItemVersion() { }

    internal ItemVersion(int number, DateTimeOffset publishedAt, string note, string snapshotJson)
    {
        Number = number;
        PublishedAt = publishedAt;
        Note = note;
        SnapshotJson = snapshotJson;
    }

    public int Id { get; private set; }
    public int ItemId { get; private set; }
    public int Number { get; private set; }
    public DateTimeOffset PublishedAt { get; private set; }
    /// <summary>What changed, in the editor's words.</summary>
    public string Note { get; private set; } = "";
    public string SnapshotJson { get; private set; } = "";

    public ItemSnapshot Snapshot => JsonSerializer.Deserialize<ItemSnapshot>(SnapshotJson, ItemSnapshot.JsonOptions)
        ?? throw new InvalidOperationException("版本数据已损坏。");
}

/// <summary>What a version froze: metadata and body, channels, and the attachments it listed.</summary>
public sealed record ItemSnapshot(ItemMetadata Metadata, IReadOnlyList<ItemChannel> Channels, IReadOnlyList<AttachmentSnapshot> Attachments)
{
    public static readonly JsonSerializerOptions JsonOptions = new()
    {
        Converters = { new JsonStringEnumConverter() },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}

public sealed record AttachmentSnapshot(string FileName, long Length, string Sha256);
