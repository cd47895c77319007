using Gongkai.Files;
using Gongkai.Privacy;

namespace Gongkai.Applications.Replies;

/// <summary>
/// The privacy guard on a reply: scans the letter and the text of the disclosed files, and says which
/// findings still need masking (letter) or a written justification (letter or file) before approval.
/// </summary>
public static class ReplyPrivacy
{
    public const string Letter = "告知书";

    public sealed record Located(string Field, Finding Finding)
    {
        /// <summary>The letter can be masked in place; a file can only be justified, or replaced by the drafter.</summary>
        public bool CanMask => Field == Letter;
    }

    public static string FileField(ReplyFile file) => $"文件：{file.FileName}";

    public static async Task<IReadOnlyList<Located>> ScanAsync(ApplicationReply reply, IFileStore store, CancellationToken ct = default)
    {
        var found = PrivacyScanner.Scan(reply.LetterHtml).Select(f => new Located(Letter, f)).ToList();
        foreach (var file in reply.Files.Where(f => DocumentText.CanExtract(f.FileName)))
        {
            await using var stream = store.OpenRead(file.StorageKey);
            if (stream is null)
            {
                continue;
            }
            string text;
            try
            {
                text = await Task.Run(() => DocumentText.Extract(file.FileName, stream), ct);
            }
            catch (DocumentTextException)
            {
                continue; // an unreadable file is checked by hand, as for item attachments
            }
            found.AddRange(PrivacyScanner.Scan(text).Select(f => new Located(FileField(file), f)));
        }
        return found;
    }

    /// <summary>Findings nobody has justified yet (masked ones are no longer in the letter).</summary>
    public static IReadOnlyList<Located> Unresolved(IReadOnlyList<Located> found, IEnumerable<ReplyPrivacyNote> notes)
    {
        var justified = notes.Select(n => (n.Field, n.Text)).ToHashSet();
        return found.Where(f => !justified.Contains((f.Field, f.Finding.Text))).ToList();
    }
}
