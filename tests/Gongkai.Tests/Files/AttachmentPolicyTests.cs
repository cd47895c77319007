using System.Text;
using Gongkai.Files;

namespace Gongkai.Tests.Files;

public class AttachmentPolicyTests
{
    private static readonly AttachmentPolicy Policy = new(AttachmentPolicy.DefaultMaxBytes);

    private static AttachmentPolicy.Verdict Check(string fileName, byte[] content) => Policy.Check(fileName, content.Length, content);

    // ---- Edge cases first ----

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("\u3000")]
    public void A_blank_file_name_is_refused(string fileName)
    {
        var verdict = Check(fileName, SampleFiles.Pdf);

        Assert.False(verdict.Accepted);
        Assert.Equal("文件名为空或过长。", verdict.Problem);
        Assert.Null(verdict.Kind);
    }

    [Fact]
    public void A_file_name_over_200_characters_is_refused()
    {
        var verdict = Check(new string('名', 197) + ".pdf", SampleFiles.Pdf);

        Assert.False(verdict.Accepted);
        Assert.Equal("文件名为空或过长。", verdict.Problem);
    }

    [Fact]
    public void A_file_name_of_exactly_200_characters_is_accepted()
    {
        Assert.True(Check(new string('名', 196) + ".pdf", SampleFiles.Pdf).Accepted);
    }

    [Theory]
    [InlineData("空.pdf")]
    [InlineData("空.txt")]
    [InlineData("空.exe")]
    public void An_empty_file_is_refused(string fileName)
    {
        var verdict = Policy.Check(fileName, 0, []);

        Assert.False(verdict.Accepted);
        Assert.Equal($"文件“{fileName}”是空文件。", verdict.Problem);
    }

    [Fact]
    public void A_file_over_the_limit_is_refused_with_its_size_and_the_limit()
    {
        var verdict = Policy.Check("报告.pdf", 60L * 1024 * 1024, SampleFiles.Pdf);

        Assert.False(verdict.Accepted);
        Assert.Equal("文件“报告.pdf”大小为 60 MB，超过上限 50 MB。", verdict.Problem);
    }

    [Theory]
    [InlineData(1024, 1025, "文件“a.pdf”大小为 1 KB，超过上限 1 KB。")]
    [InlineData(1000, 1001, "文件“a.pdf”大小为 1001 B，超过上限 1000 B。")]
    [InlineData(2 * 1024 * 1024, 3 * 1024 * 1024 + 512 * 1024, "文件“a.pdf”大小为 3.5 MB，超过上限 2 MB。")]
    public void The_size_message_uses_readable_units(long max, long length, string message)
    {
        Assert.Equal(message, new AttachmentPolicy(max).Check("a.pdf", length, SampleFiles.Pdf).Problem);
    }

    [Fact]
    public void A_file_exactly_at_the_limit_is_accepted()
    {
        var policy = new AttachmentPolicy(SampleFiles.Pdf.Length);

        Assert.True(policy.Check("a.pdf", SampleFiles.Pdf.Length, SampleFiles.Pdf).Accepted);
    }

    [Fact]
    public void The_default_limit_is_50_megabytes()
    {
        Assert.Equal(50L * 1024 * 1024, AttachmentPolicy.DefaultMaxBytes);
        Assert.Equal(AttachmentPolicy.DefaultMaxBytes, Policy.MaxBytes);
    }

    [Theory]
    [InlineData("setup.exe", ".exe")]
    [InlineData("page.html", ".html")]
    [InlineData("archive.zip", ".zip")]
    [InlineData("scan.tiff", ".tiff")]
    [InlineData("report.pdf.exe", ".exe")]
    [InlineData("README", "")]
    [InlineData("file.", "")]
    public void An_unknown_extension_is_refused_with_the_allowed_list(string fileName, string extension)
    {
        var verdict = Check(fileName, SampleFiles.Pdf);

        Assert.False(verdict.Accepted);
        Assert.Equal($"不支持“{extension}”类型的文件。可上传：PDF、OFD、DOCX、XLSX、DOC、XLS、JPG、JPEG、PNG、CSV、TXT。", verdict.Problem);
    }

    // ---- Each allowed type ----

    [Theory]
    [InlineData("通知.pdf", "pdf", ".pdf", "PDF")]
    [InlineData("通知.ofd", "zip", ".ofd", "OFD")]
    [InlineData("通知.docx", "zip", ".docx", "Word")]
    [InlineData("名单.xlsx", "zip", ".xlsx", "Excel")]
    [InlineData("通知.doc", "ole", ".doc", "Word")]
    [InlineData("名单.xls", "ole", ".xls", "Excel")]
    [InlineData("照片.jpg", "jpeg", ".jpg", "JPEG 图片")]
    [InlineData("照片.jpeg", "jpeg", ".jpeg", "JPEG 图片")]
    [InlineData("截图.png", "png", ".png", "PNG 图片")]
    [InlineData("名单.csv", "csv", ".csv", "CSV 表格")]
    [InlineData("名单.csv", "csv-bom", ".csv", "CSV 表格")]
    [InlineData("说明.txt", "text", ".txt", "文本")]
    [InlineData("说明.txt", "csv-bom", ".txt", "文本")]
    [InlineData("通知.PDF", "pdf", ".pdf", "PDF")]
    [InlineData("照片.JPG", "jpeg", ".jpg", "JPEG 图片")]
    [InlineData("名单.Xlsx", "zip", ".xlsx", "Excel")]
    [InlineData("关于 2025 年 预算.v2.pdf", "pdf", ".pdf", "PDF")]
    public void Each_allowed_type_with_matching_content_is_accepted(string fileName, string content, string extension, string kindName)
    {
        var verdict = Check(fileName, SampleFiles.Named(content));

        Assert.True(verdict.Accepted, verdict.Problem);
        Assert.Null(verdict.Problem);
        Assert.Equal(extension, verdict.Kind?.Extension);
        Assert.Equal(kindName, verdict.Kind?.Name);
    }

    [Theory]
    [InlineData("通知.pdf", "png", "PDF")]
    [InlineData("通知.pdf", "html", "PDF")]
    [InlineData("通知.pdf", "truncated-pdf", "PDF")]
    [InlineData("通知.pdf", "zip", "PDF")]
    [InlineData("通知.ofd", "pdf", "OFD")]
    [InlineData("通知.docx", "text", "Word")]
    [InlineData("通知.docx", "ole", "Word")]
    [InlineData("名单.xlsx", "csv", "Excel")]
    [InlineData("通知.doc", "zip", "Word")]
    [InlineData("通知.doc", "exe", "Word")]
    [InlineData("名单.xls", "html", "Excel")]
    [InlineData("照片.jpg", "png", "JPEG 图片")]
    [InlineData("照片.jpeg", "exe", "JPEG 图片")]
    [InlineData("截图.png", "jpeg", "PNG 图片")]
    [InlineData("名单.csv", "nul-text", "CSV 表格")]
    [InlineData("名单.csv", "zip", "CSV 表格")]
    [InlineData("名单.csv", "gbk", "CSV 表格")]
    [InlineData("名单.csv", "utf16", "CSV 表格")]
    [InlineData("说明.txt", "invalid-utf8", "文本")]
    [InlineData("说明.txt", "lone-continuation", "文本")]
    [InlineData("说明.txt", "pdf", "文本")]
    [InlineData("说明.txt", "exe", "文本")]
    [InlineData("说明.txt", "png", "文本")]
    public void Content_that_does_not_match_the_extension_is_refused(string fileName, string content, string kindName)
    {
        var verdict = Check(fileName, SampleFiles.Named(content));

        Assert.False(verdict.Accepted);
        Assert.Equal($"文件“{fileName}”的内容与 {kindName} 格式不符，请检查是否改过扩展名。", verdict.Problem);
        Assert.Null(verdict.Kind);
    }

    [Fact]
    public void A_head_shorter_than_the_magic_bytes_is_refused()
    {
        byte[] head = [0x89, 0x50, 0x4E];

        Assert.False(Policy.Check("a.png", 1000, head).Accepted);
    }

    [Fact]
    public void A_tiny_text_file_of_invalid_bytes_is_refused()
    {
        Assert.False(Check("a.txt", [0xFF, 0xFE, 0xFD]).Accepted);
    }

    [Fact]
    public void A_text_file_ending_in_an_invalid_byte_is_refused()
    {
        Assert.False(Check("a.txt", [.. "名单"u8, 0xFF]).Accepted);
    }

    [Fact]
    public void Only_the_first_4096_bytes_are_inspected()
    {
        // A NUL after the head is not seen; the content check is a sniff, not a full scan.
        var content = new byte[8192];
        Array.Fill(content, (byte)'a');
        content[5000] = 0;

        Assert.True(Check("a.txt", content).Accepted);
    }

    // ---- Text cut at the head boundary ----

    public static TheoryData<int> Offsets => [0, 1, 2];

    /// <summary>"中" is three bytes in UTF-8; shifting the text by 0–2 bytes puts byte 4096 at each position in a character.</summary>
    [Theory]
    [MemberData(nameof(Offsets))]
    public void Text_cut_mid_character_at_the_head_boundary_is_accepted(int asciiPrefix)
    {
        var content = Encoding.UTF8.GetBytes(new string('a', asciiPrefix) + new string('中', 2000));

        Assert.True(Check("a.txt", content).Accepted);
        Assert.True(Check("a.csv", content).Accepted);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Text_streamed_and_cut_mid_character_is_accepted(int asciiPrefix)
    {
        // U+1F4C4 (📄) is four bytes in UTF-8, the longest cut the check allows for.
        var text = new string('a', asciiPrefix) + string.Concat(Enumerable.Repeat("📄", 1100));
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text));

        var verdict = await Policy.CheckAsync("a.txt", stream);

        Assert.True(verdict.Accepted, verdict.Problem);
    }

    [Fact]
    public void An_invalid_byte_well_before_the_head_boundary_is_refused()
    {
        var content = new byte[4096];
        Array.Fill(content, (byte)'a');
        content[100] = 0xFF;

        Assert.False(Check("a.txt", content).Accepted);
    }

    // ---- Streams ----

    [Fact]
    public async Task Checking_a_stream_rewinds_it_for_saving()
    {
        using var stream = new MemoryStream(SampleFiles.Pdf);

        var verdict = await Policy.CheckAsync("a.pdf", stream);

        Assert.True(verdict.Accepted);
        Assert.Equal(0, stream.Position);
    }

    [Fact]
    public async Task Checking_a_stream_uses_its_full_length_for_the_limit()
    {
        var policy = new AttachmentPolicy(8 * 1024);
        var content = new byte[10 * 1024];
        SampleFiles.Pdf.CopyTo(content, 0);
        using var stream = new MemoryStream(content);

        var verdict = await policy.CheckAsync("a.pdf", stream);

        Assert.False(verdict.Accepted);
        Assert.Equal("文件“a.pdf”大小为 10 KB，超过上限 8 KB。", verdict.Problem);
    }

    [Fact]
    public async Task An_empty_stream_is_an_empty_file()
    {
        using var stream = new MemoryStream();

        var verdict = await Policy.CheckAsync("a.pdf", stream);

        Assert.Equal("文件“a.pdf”是空文件。", verdict.Problem);
    }

    [Fact]
    public async Task A_too_large_non_seekable_stream_is_refused()
    {
        var policy = new AttachmentPolicy(8 * 1024);
        var content = new byte[10 * 1024];
        SampleFiles.Pdf.CopyTo(content, 0);
        await using var stream = new ForwardOnlyStream(content);

        var verdict = await policy.CheckAsync("a.pdf", stream);

        Assert.False(verdict.Accepted);
    }

    // ---- SizeText ----

    [Theory]
    [InlineData(0L, "0 B")]
    [InlineData(1L, "1 B")]
    [InlineData(1023L, "1023 B")]
    [InlineData(1024L, "1 KB")]
    [InlineData(1536L, "1.5 KB")]
    [InlineData(10 * 1024L, "10 KB")]
    [InlineData(1024 * 1024L - 1, "1024 KB")]
    [InlineData(1024 * 1024L, "1 MB")]
    [InlineData(1024 * 1024L + 1024 * 1024 / 10 * 2 + 1, "1.2 MB")]
    [InlineData(50 * 1024 * 1024L, "50 MB")]
    [InlineData(5L * 1024 * 1024 * 1024, "5120 MB")]
    public void SizeText_uses_bytes_kilobytes_and_megabytes(long bytes, string text)
    {
        Assert.Equal(text, AttachmentPolicy.SizeText(bytes));
    }

    /// <summary>A stream that cannot seek, like a request body read directly.</summary>
    private sealed class ForwardOnlyStream(byte[] content) : MemoryStream(content)
    {
        public override bool CanSeek => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }
    }
}
