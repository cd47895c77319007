using Gongkai.Files;

namespace Gongkai.Tests.Files;

public class FileKindsTests
{
    [Theory]
    [InlineData("a.pdf", ".pdf", "application/pdf")]
    [InlineData("a.ofd", ".ofd", "application/ofd")]
    [InlineData("a.docx", ".docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document")]
    [InlineData("a.xlsx", ".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")]
    [InlineData("a.doc", ".doc", "application/msword")]
    [InlineData("a.xls", ".xls", "application/vnd.ms-excel")]
    [InlineData("a.jpg", ".jpg", "image/jpeg")]
    [InlineData("a.jpeg", ".jpeg", "image/jpeg")]
    [InlineData("a.png", ".png", "image/png")]
    [InlineData("a.csv", ".csv", "text/csv; charset=utf-8")]
    [InlineData("a.txt", ".txt", "text/plain; charset=utf-8")]
    [InlineData("目录/子目录/A.TXT", ".txt", "text/plain; charset=utf-8")]
    public void Each_extension_has_its_content_type(string fileName, string extension, string contentType)
    {
        var kind = FileKinds.ForFileName(fileName);

        Assert.NotNull(kind);
        Assert.Equal(extension, kind.Extension);
        Assert.Equal(contentType, kind.ContentType);
    }

    [Theory]
    [InlineData("")]
    [InlineData("pdf")]
    [InlineData("a.pdf ")]
    [InlineData("a.exe")]
    [InlineData("a.pdf.exe")]
    [InlineData("a.")]
    [InlineData(".htaccess")]
    public void Other_names_have_no_kind(string fileName)
    {
        Assert.Null(FileKinds.ForFileName(fileName));
    }

    [Theory]
    [InlineData("a.pdf", "PDF")]
    [InlineData("a.docx", "Word")]
    [InlineData("a.doc", "Word")]
    [InlineData("a.xls", "Excel")]
    [InlineData("a.png", "PNG 图片")]
    [InlineData("a.exe", "文件")]
    [InlineData("noextension", "文件")]
    public void NameOf_gives_the_name_people_use(string fileName, string name)
    {
        Assert.Equal(name, FileKinds.NameOf(fileName));
    }

    [Fact]
    public void Extensions_are_unique_lower_case_and_start_with_a_dot()
    {
        var extensions = FileKinds.All.Select(k => k.Extension).ToList();

        Assert.Equal(extensions.Count, extensions.Distinct().Count());
        Assert.All(extensions, e => Assert.Matches("^\\.[a-z]+$", e));
    }

    [Fact]
    public void No_kind_matches_an_empty_head()
    {
        // An empty head must not pass the content check, whatever the extension.
        Assert.All(FileKinds.All.Where(k => k.Extension is not (".csv" or ".txt")), k => Assert.False(k.Matches([], false), k.Extension));
    }
}
