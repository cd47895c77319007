namespace Gongkai.Files;

/// <summary>
/// Decides whether an uploaded file may be stored as an attachment; the reason is in Chinese.
/// <paramref name="extensions"/> narrows the accepted types (all of <see cref="FileKinds.All"/> by default).
/// </summary>
public sealed class AttachmentPolicy(long maxBytes, IReadOnlyCollection<string>? extensions = null)
{
    public const long DefaultMaxBytes = 50L * 1024 * 1024;
    private const int HeadLength = 4096;

    public long MaxBytes { get; } = maxBytes;

    public sealed record Verdict(bool Accepted, string? Problem, FileKinds.Kind? Kind);

    public Verdict Check(string fileName, long length, ReadOnlySpan<byte> head)
    {
        if (string.IsNullOrWhiteSpace(fileName) || fileName.Length > Items.Attachment.FileNameMaxLength)
        {
            return new(false, "文件名为空或过长。", null);
        }
        if (length == 0)
        {
            return new(false, $"文件“{fileName}”是空文件。", null);
        }
        if (length > MaxBytes)
        {
            return new(false, $"文件“{fileName}”大小为 {SizeText(length)}，超过上限 {SizeText(MaxBytes)}。", null);
        }
        var kind = FileKinds.ForFileName(fileName);
        if (kind is null || (extensions is not null && !extensions.Contains(kind.Extension)))
        {
            var allowed = string.Join("、", FileKinds.All.Where(k => extensions is null || extensions.Contains(k.Extension)).Select(k => k.Extension.TrimStart('.').ToUpperInvariant()).Distinct());
            return new(false, $"不支持“{Path.GetExtension(fileName)}”类型的文件。可上传：{allowed}。", null);
        }
        var inspected = head[..Math.Min(head.Length, HeadLength)];
        if (!kind.Matches(inspected, length > inspected.Length))
        {
            return new(false, $"文件“{fileName}”的内容与 {kind.Name} 格式不符，请检查是否改过扩展名。", null);
        }
        return new(true, null, kind);
    }

    /// <summary>
    /// Checks a stream. A seekable stream is rewound afterwards; a forward-only one is read to
    /// its end (at most one byte past the limit) to learn its length, so buffer it first if its
    /// content is still needed.
    /// </summary>
    public async Task<Verdict> CheckAsync(string fileName, Stream content, CancellationToken ct = default)
    {
        var head = new byte[HeadLength];
        var read = await content.ReadAtLeastAsync(head, HeadLength, throwOnEndOfStream: false, ct);
        long length;
        if (content.CanSeek)
        {
            length = content.Length;
            content.Position = 0;
        }
        else
        {
            length = read;
            var buffer = new byte[81920];
            int more;
            while (length <= MaxBytes && (more = await content.ReadAsync(buffer, ct)) > 0)
            {
                length += more;
            }
        }
        return Check(fileName, length, head.AsSpan(0, read));
    }

    public static string SizeText(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} B",
        < 1024 * 1024 => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{bytes / 1024.0:0.#} KB"),
        _ => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{bytes / 1024.0 / 1024.0:0.#} MB"),
    };
}
