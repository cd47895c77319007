using System.Text.Json;
using Gongkai.Bodies;
using Gongkai.Catalogue;

namespace Gongkai.Items;

/// <summary>
/// A piece of government information in a body's catalogue. The item holds the state the
/// public sees; every publication freezes that state into an immutable <see cref="ItemVersion"/>.
/// State changes are methods that refuse illegal moves.
/// </summary>
public class DisclosureItem
{
    private DisclosureItem() { }

    public DisclosureItem(Body body, CatalogueCategory category, ItemMetadata metadata, DateTimeOffset now)
    {
        // Before saving, ids are all 0: compare the objects; after loading, compare the keys.
        var sameBody = ReferenceEquals(category.Body, body) || (category.BodyId != 0 && category.BodyId == body.Id);
        if (!sameBody)
        {
            throw new InvalidOperationException("目录栏目不属于该机构。");
        }
        Body = body;
        Category = category;
        Apply(metadata);
        Status = ItemStatus.Draft;
        UpdatedAt = now;
    }

    public int Id { get; private set; }
    public int BodyId { get; private set; }
    public Body Body { get; private set; } = null!;
    public int CategoryId { get; private set; }
    public CatalogueCategory Category { get; private set; } = null!;
    public ItemStatus Status { get; private set; }

    /// <summary>索引号; assigned at first publication, unique per body.</summary>
    public string? IndexNumber { get; private set; }
    public int? IndexYear { get; private set; }
    public int? IndexSerial { get; private set; }

    public string Title { get; private set; } = "";
    public string? Summary { get; private set; }
    public string? SubjectClass { get; private set; }
    public string? Genre { get; private set; }
    public string? DocumentNumber { get; private set; }
    public string IssuingBody { get; private set; } = "";
    public DateOnly CreatedOn { get; private set; }
    public Validity Validity { get; private set; }
    public DateOnly? ValidFrom { get; private set; }
    public DateOnly? ValidUntil { get; private set; }
    public string? Keywords { get; private set; }
    public DisclosureAttribute Attribute { get; private set; }
    public WithholdingGround? WithholdingGround { get; private set; }
    public DateOnly? NextReviewOn { get; private set; }
    public Audience Audience { get; private set; }
    public string? AudienceGroup { get; private set; }
    public Timeliness Timeliness { get; private set; }
    public Period? Period { get; private set; }
    public Timing Timing { get; private set; }
    public string BodyHtml { get; private set; } = "";

    /// <summary>发布日期: the first publication.</summary>
    public DateTimeOffset? PublishedAt { get; private set; }
    /// <summary>The latest publication (a new version) or other change.</summary>
    public DateTimeOffset UpdatedAt { get; private set; }
    public DateTimeOffset? WithdrawnAt { get; private set; }
    public WithdrawalReason? WithdrawalReason { get; private set; }
    /// <summary>Recorded for staff and audit; never shown to the public.</summary>
    public string? WithdrawalExplanation { get; private set; }

    /// <summary>Incremented by every change; EF uses it to detect concurrent edits.</summary>
    public int Revision { get; private set; }

    public List<ItemChannel> Channels { get; } = [];
    /// <summary>Every file of the item, whatever its status; which ones the public sees is decided by <see cref="Visibility.PublicVisibility.AttachmentRule"/>.</summary>
    public List<Attachment> Attachments { get; } = [];
    public List<ItemVersion> Versions { get; } = [];

    public IEnumerable<Attachment> ListedAttachments => Attachments.Where(a => a.Status == AttachmentStatus.Listed);

    /// <summary>Files a revision in progress adds; not public until it is published.</summary>
    public IEnumerable<Attachment> ProposedAttachments => Attachments.Where(a => a.Status == AttachmentStatus.Proposed);

    public int CurrentVersionNumber => Versions.Count == 0 ? 0 : Versions.Max(v => v.Number);

    public ItemMetadata Metadata => new()
    {
        Title = Title,
        Summary = Summary,
        SubjectClass = SubjectClass,
        Genre = Genre,
        DocumentNumber = DocumentNumber,
        IssuingBody = IssuingBody,
        CreatedOn = CreatedOn,
        Validity = Validity,
        ValidFrom = ValidFrom,
        ValidUntil = ValidUntil,
        Keywords = Keywords,
        Attribute = Attribute,
        WithholdingGround = WithholdingGround,
        NextReviewOn = NextReviewOn,
        Audience = Audience,
        AudienceGroup = AudienceGroup,
        Timeliness = Timeliness,
        Period = Period,
        Timing = Timing,
        BodyHtml = BodyHtml,
    };

    /// <summary>Changes a draft. Published items change only through <see cref="PublishRevision"/>.</summary>
    public void EditDraft(ItemMetadata metadata, DateTimeOffset now)
    {
        if (Status is not ItemStatus.Draft)
        {
            throw new InvalidOperationException("只有草稿可以直接修改。");
        }
        Apply(metadata);
        Touch(now);
    }

    public void SubmitForReview(DateTimeOffset now)
    {
        if (Status is not ItemStatus.Draft)
        {
            throw new InvalidOperationException("只有草稿可以提交审核。");
        }
        Status = ItemStatus.UnderReview;
        Touch(now);
    }

    /// <summary>A rejected draft goes back to its drafter.</summary>
    public void ReturnToDraft(DateTimeOffset now)
    {
        if (Status is not ItemStatus.UnderReview)
        {
            throw new InvalidOperationException("只有审核中的信息可以退回。");
        }
        Status = ItemStatus.Draft;
        Touch(now);
    }

    /// <summary>First publication: the item gets its index number and its first version.</summary>
    public void Publish(IndexNumber index, DateTimeOffset now, string? note = null, ItemMetadata? approved = null)
    {
        if (Status is not (ItemStatus.Draft or ItemStatus.UnderReview))
        {
            throw new InvalidOperationException("该信息已发布或已撤回，不能再次首次发布。");
        }
        if (approved is not null)
        {
            Apply(approved); // the text as approved in review
        }
        IndexNumber = index.Text;
        IndexYear = index.Year;
        IndexSerial = index.Serial;
        Status = ItemStatus.Published;
        PublishedAt = now;
        AddVersion(now, note ?? "首次发布");
    }

    /// <summary>
    /// A change to a published item becomes its next version, with the files the revision added
    /// listed and the ones it took off removed.
    /// </summary>
    public void PublishRevision(ItemMetadata metadata, DateTimeOffset now, string note)
    {
        if (Status is not ItemStatus.Published)
        {
            throw new InvalidOperationException("只有已发布的信息可以发布新版本。");
        }
        if (string.IsNullOrWhiteSpace(note))
        {
            throw new InvalidOperationException("发布新版本须说明修改内容。");
        }
        Apply(metadata);
        foreach (var attachment in Attachments)
        {
            attachment.ApplyRevision(now);
        }
        AddVersion(now, note);
    }

    public void Withdraw(WithdrawalReason reason, string explanation, DateTimeOffset now)
    {
        if (Status is not ItemStatus.Published)
        {
            throw new InvalidOperationException("只有已发布的信息可以撤回。");
        }
        if (string.IsNullOrWhiteSpace(explanation))
        {
            throw new InvalidOperationException("撤回必须写明理由。");
        }
        Status = ItemStatus.Withdrawn;
        WithdrawnAt = now;
        WithdrawalReason = reason;
        WithdrawalExplanation = explanation.Trim();
        Touch(now);
    }

    public void RecordChannel(Channel channel, DateOnly publishedOn)
    {
        Channels.RemoveAll(c => c.Channel == channel);
        Channels.Add(new ItemChannel { Channel = channel, PublishedOn = publishedOn });
        Revision++;
    }

    /// <summary>
    /// Adds a file. A draft lists it at once (the draft itself is not public); a published item
    /// keeps it proposed, never public, until the revision in progress is published.
    /// </summary>
    public void AddAttachment(Attachment attachment)
    {
        if (Status is ItemStatus.Withdrawn)
        {
            throw new InvalidOperationException("已撤回的信息不能添加附件。");
        }
        if (Status is ItemStatus.Published)
        {
            attachment.Propose();
        }
        Attachments.Add(attachment);
        Revision++;
    }

    /// <summary>Marks a listed file to be taken off by the revision in progress; the public sees it until then.</summary>
    public void ProposeRemoval(Attachment attachment) => MarkForRemoval(attachment, true);

    /// <summary>Takes back a proposed removal: the file stays listed.</summary>
    public void KeepAttachment(Attachment attachment) => MarkForRemoval(attachment, false);

    /// <summary>Drops a file the revision in progress proposed to add; it was never public.</summary>
    public void DiscardProposedAttachment(Attachment attachment)
    {
        if (!Attachments.Contains(attachment) || attachment.Status != AttachmentStatus.Proposed)
        {
            throw new InvalidOperationException("只能撤下本次修订新增、尚未发布的附件。");
        }
        Attachments.Remove(attachment);
        Revision++;
    }

    private void MarkForRemoval(Attachment attachment, bool remove)
    {
        if (Status is not ItemStatus.Published)
        {
            throw new InvalidOperationException("只有修订已发布的信息时才能删除附件。");
        }
        if (!Attachments.Contains(attachment) || attachment.Status != AttachmentStatus.Listed)
        {
            throw new InvalidOperationException("只能删除现行版本列出的附件。");
        }
        attachment.ProposeRemoval(remove);
        Revision++;
    }

    private void AddVersion(DateTimeOffset now, string note)
    {
        var snapshot = new ItemSnapshot(Metadata, Channels.OrderBy(c => c.Channel).ToList(),
            ListedAttachments.Select(a => new AttachmentSnapshot(a.FileName, a.Length, a.Sha256)).ToList());
        Versions.Add(new ItemVersion(CurrentVersionNumber + 1, now, note, JsonSerializer.Serialize(snapshot, ItemSnapshot.JsonOptions)));
        Touch(now);
    }

    private void Apply(ItemMetadata metadata)
    {
        var problems = metadata.Problems();
        if (problems.Count > 0)
        {
            throw new InvalidOperationException(string.Join(" ", problems));
        }
        Title = metadata.Title.Trim();
        Summary = metadata.Summary;
        SubjectClass = metadata.SubjectClass;
        Genre = metadata.Genre;
        DocumentNumber = Items.DocumentNumber.Normalise(metadata.DocumentNumber);
        IssuingBody = metadata.IssuingBody.Trim();
        CreatedOn = metadata.CreatedOn;
        Validity = metadata.Validity;
        ValidFrom = metadata.ValidFrom;
        ValidUntil = metadata.ValidUntil;
        Keywords = metadata.Keywords;
        Attribute = metadata.Attribute;
        WithholdingGround = metadata.WithholdingGround;
        NextReviewOn = metadata.NextReviewOn;
        Audience = metadata.Audience;
        AudienceGroup = metadata.Audience == Audience.SpecificGroup ? metadata.AudienceGroup : null;
        Timeliness = metadata.Timeliness;
        Period = metadata.Timeliness == Timeliness.Periodic ? metadata.Period : null;
        Timing = metadata.Timing;
        BodyHtml = metadata.BodyHtml;
    }

    private void Touch(DateTimeOffset now)
    {
        UpdatedAt = now;
        Revision++;
    }
}

/// <summary>The date an item went up on one channel.</summary>
public class ItemChannel
{
    public Channel Channel { get; set; }
    public DateOnly PublishedOn { get; set; }
}

/// <summary>An allocated 索引号 with the parts it was made from.</summary>
public sealed record IndexNumber(string Text, int Year, int Serial);
