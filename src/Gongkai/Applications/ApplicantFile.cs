namespace Gongkai.Applications;

public enum ApplicantFilePurpose
{
    /// <summary>A copy of the applicant's ID document (Art. 29 asks for proof of identity).</summary>
    IdCopy = 1,
    /// <summary>An authorisation letter, when someone applies on another's behalf.</summary>
    Authorisation = 2,
    /// <summary>Material sent with a correction (补正).</summary>
    Correction = 3,
}

public static class ApplicantFilePurposeNames
{
    public static string Chinese(this ApplicantFilePurpose p) => p switch
    {
        ApplicantFilePurpose.IdCopy => "身份证明复印件",
        ApplicantFilePurpose.Authorisation => "授权委托书",
        ApplicantFilePurpose.Correction => "补正材料",
        _ => "材料",
    };
}

/// <summary>
/// A document the applicant handed in. Only the body's handlers and supervisors may open it; it is
/// never public, not even to the applicant through the tracking link (the page lists its name only).
/// The bytes live in the file store under <see cref="StorageKey"/>.
/// </summary>
public class ApplicantFile
{
    private ApplicantFile() { }

    public ApplicantFile(ApplicantFilePurpose purpose, string fileName, string contentType, long length, string storageKey, string sha256, DateTimeOffset uploadedAt)
    {
        Purpose = purpose;
        FileName = fileName;
        ContentType = contentType;
        Length = length;
        StorageKey = storageKey;
        Sha256 = sha256;
        UploadedAt = uploadedAt;
    }

    public int Id { get; private set; }
    public int ApplicationId { get; private set; }
    public ApplicantFilePurpose Purpose { get; private set; }
    public string FileName { get; private set; } = "";
    public string ContentType { get; private set; } = "";
    public long Length { get; private set; }
    public string StorageKey { get; private set; } = "";
    public string Sha256 { get; private set; } = "";
    public DateTimeOffset UploadedAt { get; private set; }
}
