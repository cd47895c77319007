namespace Gongkai.Items;

/// <summary>
/// Where a file stands on its item. A draft's files are listed at once (the draft itself is not
/// public); a file added by a revision of a published item waits as proposed until the revision
/// is published; a file a published revision took off is removed, kept for staff and the audit.
/// </summary>
public enum AttachmentStatus { Listed = 1, Proposed = 2, Removed = 3 }

/// <summary>A file attached to an item. The bytes live in the file store under <see cref="StorageKey"/>.</summary>
public class Attachment
{
    public const int FileNameMaxLength = 200;

    private Attachment() { }

    public Attachment(string fileName, string contentType, long length, string storageKey, string sha256, DateTimeOffset uploadedAt)
    {
        FileName = fileName;
        ContentType = contentType;
        Length = length;
        StorageKey = storageKey;
        Sha256 = sha256;
        UploadedAt = uploadedAt;
        Status = AttachmentStatus.Listed;
    }

    public int Id { get; private set; }
    public int ItemId { get; private set; }
    public string FileName { get; private set; } = "";
    public string ContentType { get; private set; } = "";
    public long Length { get; private set; }
    public string StorageKey { get; private set; } = "";
    public string Sha256 { get; private set; } = "";
    public DateTimeOffset UploadedAt { get; private set; }

    public AttachmentStatus Status { get; private set; }
    /// <summary>The revision in progress takes this listed file off when it is published; until then the public still sees it.</summary>
    public bool RemovalProposed { get; private set; }
    /// <summary>When a published revision took the file off its item.</summary>
    public DateTimeOffset? RemovedAt { get; private set; }

    /// <summary>The type as people name it: PDF, Word, Excel …</summary>
    public string KindName => Files.FileKinds.NameOf(FileName);

    /// <summary>What the item will list once its open proposal is published: the files it keeps and the ones it adds.</summary>
    public bool ListedAfterProposal => Status == AttachmentStatus.Proposed || (Status == AttachmentStatus.Listed && !RemovalProposed);

    internal void Propose() => Status = AttachmentStatus.Proposed;

    internal void ProposeRemoval(bool remove) => RemovalProposed = remove;

    /// <summary>The revision is published: a proposed file is listed, a file marked for removal is removed.</summary>
    internal void ApplyRevision(DateTimeOffset now)
    {
        if (Status == AttachmentStatus.Proposed)
        {
            Status = AttachmentStatus.Listed;
        }
        else if (Status == AttachmentStatus.Listed && RemovalProposed)
        {
            Status = AttachmentStatus.Removed;
            RemovalProposed = false;
            RemovedAt = now;
        }
    }
}
