using Gongkai.Files;
using Gongkai.Items;
using Gongkai.Privacy;

namespace Gongkai.Review;

/// <summary>
/// The privacy guard of confidentiality review: scans a proposal's text fields (the body
/// includes its tables) and the text of the files it would publish (for a revision, the listed
/// files it keeps and the ones it adds), and says which findings still need masking or a
/// written justification.
/// </summary>
public static class ProposalPrivacy
{
    public sealed record Located(string Field, Finding Finding)
    {
        /// <summary>Text fields can be masked in place; attachments can only be justified (or removed by the drafter).</summary>
        public bool CanMask => Field is Title or Summary or Keywords or Body;
    }

    public const string Title = "标题";
    public const string Summary = "内容概述";
    public const string Keywords = "主题词";
    public const string Body = "正文";

    public static IReadOnlyList<Located> Scan(ItemMetadata metadata, IEnumerable<(string FileName, string Text)> attachments)
    {
        var found = new List<Located>();
        void Add(string field, string? text)
        {
            if (!string.IsNullOrEmpty(text))
            {
                found.AddRange(PrivacyScanner.Scan(text).Select(f => new Located(field, f)));
            }
        }
        Add(Title, metadata.Title);
        Add(Summary, metadata.Summary);
        Add(Keywords, metadata.Keywords);
        Add(Body, metadata.BodyHtml);
        foreach (var (fileName, text) in attachments)
        {
            Add($"附件：{fileName}", text);
        }
        return found;
    }

    /// <summary>The findings in a disclosure guide's text, its only field.</summary>
    public static IReadOnlyList<Located> ScanGuide(string contentHtml) =>
        PrivacyScanner.Scan(contentHtml).Select(f => new Located(Body, f)).ToList();

    /// <summary>A guide's text with one finding masked.</summary>
    public static string MaskGuide(string contentHtml, Located located) => located.Field == Body
        ? Masking.MaskOne(contentHtml, located.Finding)
        : throw new InvalidOperationException("指南只有正文一处可以遮盖。");

    /// <summary>Findings with no written justification yet (masked ones are gone from the text).</summary>
    public static IReadOnlyList<Located> Unresolved(IReadOnlyList<Located> found, IEnumerable<PrivacyResolution> resolutions)
    {
        var justified = resolutions.Where(r => !r.Masked).Select(r => (r.Field, r.Text)).ToHashSet();
        return found.Where(f => !justified.Contains((f.Field, f.Finding.Text))).ToList();
    }

    /// <summary>The metadata with one finding masked in its field.</summary>
    public static ItemMetadata Mask(ItemMetadata metadata, Located located) => located.Field switch
    {
        Title => metadata with { Title = Masking.MaskOne(metadata.Title, located.Finding) },
        Summary => metadata with { Summary = Masking.MaskOne(metadata.Summary!, located.Finding) },
        Keywords => metadata with { Keywords = Masking.MaskOne(metadata.Keywords!, located.Finding) },
        Body => metadata with { BodyHtml = Masking.MaskOne(metadata.BodyHtml, located.Finding) },
        _ => throw new InvalidOperationException("附件中的个人信息不能直接遮盖：请说明理由，或退回信息员删除、替换附件。"),
    };

    /// <summary>A finding's context cut from HTML, with the tags (whole or cut) shown as spaces.</summary>
    public static string Readable(string context) =>
        System.Text.RegularExpressions.Regex.Replace(System.Text.RegularExpressions.Regex.Replace(context, "<[^>]*>|^[^<]*>|<[^>]*$", " "), @"\s+", " ").Trim();

    /// <summary>Reads the text of each attachment that can be read; unreadable ones are reported as such.</summary>
    public static async Task<IReadOnlyList<(string FileName, string Text)>> AttachmentTextsAsync(IEnumerable<Attachment> attachments, IFileStore store)
    {
        var texts = new List<(string, string)>();
        foreach (var attachment in attachments.Where(a => DocumentText.CanExtract(a.FileName)))
        {
            await using var stream = store.OpenRead(attachment.StorageKey);
            if (stream is null)
            {
                continue;
            }
            try
            {
                texts.Add((attachment.FileName, DocumentText.Extract(attachment.FileName, stream)));
            }
            catch (DocumentTextException)
            {
                texts.Add((attachment.FileName, ""));
            }
        }
        return texts;
    }
}
