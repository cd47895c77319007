using Gongkai.Files;
using Gongkai.Items;

namespace Gongkai.Applications;

/// <summary>
/// Takes a file an applicant sends (an ID copy, an authorisation letter, correction material):
/// a scan or a photo — PDF, JPEG or PNG — of at most <see cref="MaxBytes"/>, checked by its content
/// as item attachments are, then stored.
/// </summary>
public sealed class ApplicantUploads(IFileStore store, TimeProvider time)
{
    public const long MaxBytes = 10L * 1024 * 1024;
    public static readonly string[] Extensions = [".pdf", ".jpg", ".jpeg", ".png"];
    public const string Accept = ".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png";
    public static string Hint => $"可上传 PDF、JPG 或 PNG 文件，不超过 {AttachmentPolicy.SizeText(MaxBytes)}。";

    private static readonly AttachmentPolicy Policy = new(MaxBytes, Extensions);

    public sealed record Outcome(ApplicantFile? File, string? Problem);

    /// <summary>
    /// The ID copy and authorisation letter of an application form; a refused file adds its reason to
    /// <paramref name="errors"/> under the form field's name.
    /// </summary>
    public async Task<List<ApplicantFile>> TakeFormFilesAsync(IFormFile? idCopy, IFormFile? authorisation, IDictionary<string, string> errors, CancellationToken ct)
    {
        var taken = new List<ApplicantFile>();
        foreach (var (field, upload, purpose) in new[] { ("IdCopy", idCopy, ApplicantFilePurpose.IdCopy), ("Authorisation", authorisation, ApplicantFilePurpose.Authorisation) })
        {
            switch (await TakeAsync(upload, purpose, ct))
            {
                case { File: { } file }:
                    taken.Add(file);
                    break;
                case { Problem: { } problem }:
                    errors[field] = problem;
                    break;
            }
        }
        return taken;
    }

    /// <summary>Null when nothing was chosen; otherwise the stored file or the reason it was refused.</summary>
    public async Task<Outcome?> TakeAsync(IFormFile? upload, ApplicantFilePurpose purpose, CancellationToken ct)
    {
        if (upload is null || (upload.Length == 0 && string.IsNullOrEmpty(upload.FileName)))
        {
            return null;
        }
        var name = AttachmentIntake.CleanName(upload.FileName);
        await using var content = upload.OpenReadStream(); // seekable: the form is buffered
        var verdict = await Policy.CheckAsync(name, content, ct);
        if (!verdict.Accepted)
        {
            return new Outcome(null, verdict.Problem);
        }
        var stored = await store.SaveAsync(content, verdict.Kind!.Extension, ct);
        return new Outcome(new ApplicantFile(purpose, name, verdict.Kind.ContentType, stored.Length, stored.Key, stored.Sha256, time.GetUtcNow()), null);
    }
}
