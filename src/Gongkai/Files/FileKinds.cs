namespace Gongkai.Files;

/// <summary>
/// The file types an attachment may have, each with the bytes its content must start with.
/// An attachment is accepted only when its name's extension and its content agree.
/// </summary>
public static class FileKinds
{
    /// <summary>A file type. <c>Matches(head, truncated)</c> checks the first bytes; <c>truncated</c> says the file goes on after them.</summary>
    public sealed record Kind(string Extension, string Name, string ContentType, Func<ReadOnlySpan<byte>, bool, bool> Matches);

    private static readonly byte[] Pdf = "%PDF-"u8.ToArray();
    private static readonly byte[] Zip = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] OleCompound = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public static readonly IReadOnlyList<Kind> All =
    [
        new(".pdf", "PDF", "application/pdf", (h, _) => h.StartsWith(Pdf)),
        new(".ofd", "OFD", "application/ofd", (h, _) => h.StartsWith(Zip)),
        new(".docx", "Word", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", (h, _) => h.StartsWith(Zip)),
        new(".xlsx", "Excel", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", (h, _) => h.StartsWith(Zip)),
        new(".doc", "Word", "application/msword", (h, _) => h.StartsWith(OleCompound)),
        new(".xls", "Excel", "application/vnd.ms-excel", (h, _) => h.StartsWith(OleCompound)),
        new(".jpg", "JPEG 图片", "image/jpeg", (h, _) => h.StartsWith(Jpeg)),
        new(".jpeg", "JPEG 图片", "image/jpeg", (h, _) => h.StartsWith(Jpeg)),
        new(".png", "PNG 图片", "image/png", (h, _) => h.StartsWith(Png)),
        new(".csv", "CSV 表格", "text/csv; charset=utf-8", IsText),
        new(".txt", "文本", "text/plain; charset=utf-8", IsText),
    ];

    public static Kind? ForFileName(string fileName)
    {
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        return All.FirstOrDefault(k => k.Extension == extension);
    }

    public static string NameOf(string fileName) => ForFileName(fileName)?.Name ?? "文件";

    /// <summary>Text files must be UTF-8 (a BOM is allowed) and contain no NUL bytes.</summary>
    private static bool IsText(ReadOnlySpan<byte> head, bool truncated)
    {
        if (head.Contains((byte)0))
        {
            return false;
        }
        if (System.Text.Unicode.Utf8.IsValid(head))
        {
            return true;
        }
        // A head cut from a longer file may end inside a character: allow only the start of one.
        return truncated && EndsInsideACharacter(head, out var cut) && System.Text.Unicode.Utf8.IsValid(head[..^cut]);
    }

    private static bool EndsInsideACharacter(ReadOnlySpan<byte> head, out int cut)
    {
        for (cut = 1; cut <= Math.Min(3, head.Length); cut++)
        {
            var lead = head[^cut];
            if (lead is >= 0x80 and <= 0xBF)
            {
                continue; // a continuation byte: the lead is further back
            }
            var needed = lead switch { >= 0xC2 and <= 0xDF => 2, >= 0xE0 and <= 0xEF => 3, >= 0xF0 and <= 0xF4 => 4, _ => 0 };
            return needed > cut;
        }
        return false;
    }
}
