namespace Gongkai.Items;

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
    }

    public int Id { get; private set; }
    public int ItemId { get; private set; }
    public string FileName { get; private set; } = "";
    public string ContentType { get; private set; } = "";
    public long Length { get; private set; }
    public string StorageKey { get; private set; } = "";
    public string Sha256 { get; private set; } = "";
    public DateTimeOffset UploadedAt { get; private set; }

    /// <summary>The type as people name it: PDF, Word, Excel …</summary>
    public string KindName => Files.FileKinds.NameOf(FileName);
}
