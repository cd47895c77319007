using Gongkai.Files;
using Gongkai.Items;

namespace Gongkai.Tests.Items;

public sealed class AttachmentIntakeTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "gongkai-intake-tests", Guid.NewGuid().ToString("N"));
    private readonly AttachmentIntake _intake;

    public AttachmentIntakeTests() => _intake = new AttachmentIntake(new AttachmentPolicy(1024), new LocalFileStore(_root), TimeProvider.System);

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    [Fact]
    public async Task An_acceptable_file_is_stored_with_its_type_size_and_hash()
    {
        var bytes = "项目,金额\n作业本费,30\n"u8.ToArray();
        var outcome = await _intake.AcceptAsync("收费标准.csv", new MemoryStream(bytes));
        Assert.Null(outcome.Problem);
        var attachment = outcome.Attachment!;
        Assert.Equal("收费标准.csv", attachment.FileName);
        Assert.StartsWith("text/csv", attachment.ContentType, StringComparison.Ordinal);
        Assert.Equal(bytes.Length, attachment.Length);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)), attachment.Sha256);
        Assert.True(File.Exists(Path.Combine(_root, attachment.StorageKey)));
    }

    [Fact]
    public async Task A_too_large_file_is_refused_with_the_limit_and_nothing_is_stored()
    {
        var outcome = await _intake.AcceptAsync("大文件.txt", new MemoryStream(new byte[2048].Select(_ => (byte)'a').ToArray()));
        Assert.Null(outcome.Attachment);
        Assert.Contains("超过上限 1 KB", outcome.Problem, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_root) && Directory.EnumerateFiles(_root, "*", SearchOption.AllDirectories).Any());
    }

    [Fact]
    public async Task A_renamed_file_is_refused_because_its_content_does_not_match()
    {
        var outcome = await _intake.AcceptAsync("公告.pdf", new MemoryStream("这不是PDF"u8.ToArray()));
        Assert.Null(outcome.Attachment);
        Assert.Contains("内容与 PDF 格式不符", outcome.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_forward_only_upload_is_measured_before_it_is_accepted()
    {
        var outcome = await _intake.AcceptAsync("名单.txt", new ForwardOnly(new byte[5000].Select(_ => (byte)'b').ToArray()));
        Assert.Null(outcome.Attachment);
        Assert.NotNull(outcome.Problem);
    }

    [Theory]
    [InlineData("C:\\Users\\clerk\\Desktop\\名单.txt", "名单.txt")]
    [InlineData("../../etc/名单.txt", "名单.txt")]
    [InlineData("名\u0000单.txt", "名单.txt")]
    [InlineData("  通知.pdf ", "通知.pdf")]
    public void File_names_lose_folders_and_control_characters(string raw, string clean) =>
        Assert.Equal(clean, AttachmentIntake.CleanName(raw));

    private sealed class ForwardOnly(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
