using System.Text.Json;
using Gongkai.Items;

namespace Gongkai.Review;

public enum ProposalKind { NewItem = 1, Revision = 2 }

/// <summary>
/// What a drafter proposes to publish for an item — a new item or a new version of a published
/// one. The public keeps seeing the item as it was until the proposal is approved and published.
/// The review itself (steps, decisions, who may decide) is <see cref="ReviewableProposal"/>'s.
/// </summary>
public class Proposal : ReviewableProposal
{
    private Proposal() { }

    private Proposal(DisclosureItem item, ProposalKind kind, ItemMetadata metadata, string? note, int userId, DateTimeOffset now)
        : base(item.BodyId, userId, now)
    {
        Item = item;
        Kind = kind;
        Note = note;
        SetMetadata(metadata, userId, now);
    }

    public static Proposal ForNewItem(DisclosureItem item, int userId, DateTimeOffset now)
    {
        if (item.Status is not ItemStatus.Draft)
        {
            throw new InvalidOperationException("只有草稿可以作为新信息提交审核。");
        }
        return new Proposal(item, ProposalKind.NewItem, item.Metadata, null, userId, now);
    }

    public static Proposal ForRevision(DisclosureItem item, ItemMetadata metadata, string note, int userId, DateTimeOffset now)
    {
        if (item.Status is not ItemStatus.Published)
        {
            throw new InvalidOperationException("只有已发布的信息可以修订。");
        }
        if (string.IsNullOrWhiteSpace(note))
        {
            throw new InvalidOperationException("修订须说明修改内容。");
        }
        return new Proposal(item, ProposalKind.Revision, metadata, note.Trim(), userId, now);
    }

    public int ItemId { get; private set; }
    public DisclosureItem Item { get; private set; } = null!;
    public ProposalKind Kind { get; private set; }
    public string MetadataJson { get; private set; } = "";
    /// <summary>For a revision: what changed, in the drafter's words (becomes the version note).</summary>
    public string? Note { get; private set; }

    public ItemMetadata Metadata => JsonSerializer.Deserialize<ItemMetadata>(MetadataJson, ItemSnapshot.JsonOptions)!;

    public void Edit(ItemMetadata metadata, int userId, DateTimeOffset now)
    {
        EnsureEditing();
        SetMetadata(metadata, userId, now);
    }

    /// <summary>Applies the approved text to the item: first publication or a new version.</summary>
    public void PublishTo(IndexNumber? index, DateTimeOffset now)
    {
        EnsureDue(now);
        if (Kind == ProposalKind.NewItem)
        {
            Item.Publish(index ?? throw new InvalidOperationException("首次发布需要索引号。"), now, approved: Metadata);
        }
        else
        {
            Item.PublishRevision(Metadata, now, Note!);
        }
        MarkPublished(now);
    }

    /// <summary>The confidentiality reviewer masks personal data in the text (the only change allowed during review).</summary>
    public void ReplaceDuringReview(ItemMetadata masked, int userId, DateTimeOffset now)
    {
        EnsureMaskingAllowed();
        var problems = masked.Problems();
        if (problems.Count > 0)
        {
            throw new InvalidOperationException(string.Join(" ", problems));
        }
        MetadataJson = JsonSerializer.Serialize(masked, ItemSnapshot.JsonOptions);
        _ = userId; // the reviewer is recorded by the resolution and the audit trail, not as an editor
        Touch(now);
    }

    private void SetMetadata(ItemMetadata metadata, int userId, DateTimeOffset now)
    {
        var problems = metadata.Problems();
        if (problems.Count > 0)
        {
            throw new InvalidOperationException(string.Join(" ", problems));
        }
        MetadataJson = JsonSerializer.Serialize(metadata with { DocumentNumber = DocumentNumber.Normalise(metadata.DocumentNumber) }, ItemSnapshot.JsonOptions);
        RecordEditor(userId);
        Touch(now);
    }
}
