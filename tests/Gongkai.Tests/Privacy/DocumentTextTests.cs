using System.IO.Compression;
using System.Text;
using Gongkai.Privacy;

namespace Gongkai.Tests.Privacy;

public class DocumentTextTests
{
    private static string Extract(string fileName, byte[] content) => DocumentText.Extract(fileName, new MemoryStream(content));

    private static readonly byte[] Garbage = [.. Enumerable.Range(0, 600).Select(i => (byte)(i * 37 % 251))];

    // ---- Edge cases first ----

    [Theory]
    [InlineData("名单.doc")]
    [InlineData("名单.xls")]
    [InlineData("照片.jpg")]
    [InlineData("照片.png")]
    [InlineData("公文.ofd")]
    [InlineData("无扩展名")]
    [InlineData("名单.docx.exe")]
    public void An_unknown_type_gives_no_text(string fileName)
    {
        Assert.Equal("", Extract(fileName, Encoding.UTF8.GetBytes("13800138000")));
        Assert.False(DocumentText.CanExtract(fileName));
    }

    [Theory]
    [InlineData("a.docx")]
    [InlineData("a.XLSX")]
    [InlineData("a.Pdf")]
    [InlineData("a.csv")]
    [InlineData("目录/a.txt")]
    public void The_known_types_can_be_extracted(string fileName)
    {
        Assert.True(DocumentText.CanExtract(fileName));
    }

    [Theory]
    [InlineData("名单.docx", "无法读取 Word 文件“名单.docx”：文件已损坏，或不是 DOCX 格式。")]
    [InlineData("名单.xlsx", "无法读取 Excel 文件“名单.xlsx”：文件已损坏，或不是 XLSX 格式。")]
    [InlineData("报告.pdf", "无法读取 PDF 文件“报告.pdf”：文件已损坏、已加密，或不是 PDF 格式。")]
    public void A_corrupt_file_gives_a_clear_message(string fileName, string message)
    {
        var error = Assert.Throws<DocumentTextException>(() => Extract(fileName, Garbage));

        Assert.Equal(message, error.Message);
        Assert.NotNull(error.InnerException);
    }

    [Theory]
    [InlineData("名单.docx")]
    [InlineData("名单.xlsx")]
    [InlineData("报告.pdf")]
    [InlineData("名单.csv")]
    [InlineData("说明.txt")]
    public void An_empty_file_of_a_binary_type_is_corrupt_and_of_a_text_type_is_empty(string fileName)
    {
        if (fileName.EndsWith(".csv", StringComparison.Ordinal) || fileName.EndsWith(".txt", StringComparison.Ordinal))
        {
            Assert.Equal("", Extract(fileName, []));
            return;
        }
        Assert.Throws<DocumentTextException>(() => Extract(fileName, []));
    }

    [Fact]
    public void A_zip_that_is_no_office_document_is_corrupt()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = new StreamWriter(zip.CreateEntry("readme.txt").Open());
            entry.Write("13800138000");
        }

        Assert.Throws<DocumentTextException>(() => Extract("名单.docx", stream.ToArray()));
        Assert.Throws<DocumentTextException>(() => Extract("名单.xlsx", stream.ToArray()));
    }

    [Fact]
    public void A_workbook_named_as_a_word_file_is_corrupt()
    {
        var error = Assert.Throws<DocumentTextException>(() => Extract("名单.docx", SampleDocuments.Xlsx()));

        Assert.Contains("Word", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_truncated_pdf_is_corrupt()
    {
        var pdf = SampleDocuments.Pdf("ID 11010519491231002X");

        Assert.Throws<DocumentTextException>(() => Extract("报告.pdf", pdf[..20]));
    }

    [Theory]
    [InlineData("名单.csv")]
    [InlineData("说明.txt")]
    public void Text_that_is_not_utf8_is_refused(string fileName)
    {
        byte[] gbk = [0xD6, 0xD0, 0xCE, 0xC4, 0xC3, 0xFB, 0xB5, 0xA5]; // 中文名单 in GBK

        var error = Assert.Throws<DocumentTextException>(() => Extract(fileName, gbk));

        Assert.Equal($"无法读取文本文件“{fileName}”：内容不是 UTF-8 编码的文本。", error.Message);
    }

    [Fact]
    public void Null_arguments_are_refused()
    {
        Assert.Throws<ArgumentNullException>(() => DocumentText.Extract(null!, new MemoryStream()));
        Assert.Throws<ArgumentNullException>(() => DocumentText.Extract("a.txt", null!));
    }

    // ---- Each type ----

    [Fact]
    public void A_word_file_gives_paragraphs_table_rows_and_headers_as_lines()
    {
        Assert.Equal(SampleDocuments.DocxText, Extract("名单.docx", SampleDocuments.Docx()));
    }

    [Fact]
    public void A_workbook_gives_every_sheet_a_line_per_row()
    {
        Assert.Equal(SampleDocuments.XlsxText, Extract("名单.xlsx", SampleDocuments.Xlsx()));
    }

    [Fact]
    public void A_pdf_gives_the_words_of_each_page()
    {
        var pdf = SampleDocuments.Pdf("Name Zhang ID 11010519491231002X", "Mobile 13800138000 end");

        Assert.Equal("Name Zhang ID 11010519491231002X\nMobile 13800138000 end", Extract("报告.pdf", pdf));
    }

    [Theory]
    [InlineData("名单.csv")]
    [InlineData("名单.CSV")]
    [InlineData("说明.txt")]
    public void A_text_file_is_read_as_utf8(string fileName)
    {
        const string text = "姓名,电话\r\n张三,13800138000\n";

        Assert.Equal(text, Extract(fileName, Encoding.UTF8.GetBytes(text)));
        Assert.Equal(text, Extract(fileName, [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)]));
    }

    [Fact]
    public void A_stream_that_cannot_seek_is_read_too()
    {
        using var stream = new ForwardOnlyStream(SampleDocuments.Docx());

        Assert.Equal(SampleDocuments.DocxText, DocumentText.Extract("名单.docx", stream));
    }

    public static TheoryData<string, byte[]> Documents => new()
    {
        { "名单.docx", SampleDocuments.Docx() },
        { "名单.xlsx", SampleDocuments.Xlsx() },
        { "名单.pdf", SampleDocuments.Pdf("ID 11010519491231002X", "Tel 13800138000") },
        { "名单.csv", Encoding.UTF8.GetBytes("张某某,11010519491231002X,13800138000\n") },
    };

    [Theory]
    [MemberData(nameof(Documents))]
    public void The_personal_data_in_each_type_is_found(string fileName, byte[] content)
    {
        var findings = PrivacyScanner.Scan(Extract(fileName, content));

        Assert.Contains(findings, f => f.Kind == FindingKind.ResidentId && f.Text == "11010519491231002X" && f.Valid);
        Assert.Contains(findings, f => f.Kind == FindingKind.Mobile && f.Text == "13800138000");
    }

    private sealed class ForwardOnlyStream(byte[] content) : MemoryStream(content)
    {
        public override bool CanSeek => false;

        public override long Seek(long offset, SeekOrigin loc) => throw new NotSupportedException();

        public override long Position
        {
            get => base.Position;
            set => throw new NotSupportedException();
        }
    }
}
