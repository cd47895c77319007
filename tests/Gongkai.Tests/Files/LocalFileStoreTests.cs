using System.Security.Cryptography;
using System.Text;
using Gongkai.Files;

namespace Gongkai.Tests.Files;

/// <summary>Each test gets its own temporary folder, deleted afterwards.</summary>
public sealed class LocalFileStoreTests : IDisposable
{
    private readonly string _parent = Directory.CreateTempSubdirectory("gongkai-store-").FullName;
    private readonly string _root;
    private readonly LocalFileStore _store;

    public LocalFileStoreTests()
    {
        _root = Path.Combine(_parent, "files");
        Directory.CreateDirectory(_root);
        _store = new LocalFileStore(_root);
    }

    public void Dispose() => Directory.Delete(_parent, recursive: true);

    private static string Sha256Of(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    private async Task<StoredFile> SaveAsync(byte[] bytes, string extension = ".pdf")
    {
        using var content = new MemoryStream(bytes);
        return await _store.SaveAsync(content, extension);
    }

    public static TheoryData<int> Sizes => [0, 1, 81919, 81920, 81921, 300_000];

    [Theory]
    [MemberData(nameof(Sizes))]
    public async Task Saving_returns_the_length_and_sha256_of_the_content(int size)
    {
        var bytes = new byte[size];
        new Random(size).NextBytes(bytes);

        var stored = await SaveAsync(bytes);

        Assert.Equal(size, stored.Length);
        Assert.Equal(Sha256Of(bytes), stored.Sha256);
    }

    [Fact]
    public async Task The_sha256_of_an_empty_file_is_the_well_known_one()
    {
        var stored = await SaveAsync([]);

        Assert.Equal("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", stored.Sha256);
    }

    [Fact]
    public async Task What_is_saved_reads_back_the_same()
    {
        var bytes = Encoding.UTF8.GetBytes("姓名,金额\n张三,300\n");

        var stored = await SaveAsync(bytes, ".csv");
        await using var read = _store.OpenRead(stored.Key);

        Assert.NotNull(read);
        using var copy = new MemoryStream();
        await read.CopyToAsync(copy);
        Assert.Equal(bytes, copy.ToArray());
    }

    [Fact]
    public async Task The_key_is_a_dated_random_name_with_the_lower_case_extension()
    {
        var before = DateTime.UtcNow;

        var stored = await SaveAsync(SampleFiles.Pdf, ".PDF");

        var after = DateTime.UtcNow;
        Assert.Matches(@"^\d{4}/\d{2}/[0-9a-f]{32}\.pdf$", stored.Key);
        Assert.Contains(stored.Key[..7], new[] { before, after }.Select(d => d.ToString("yyyy/MM", System.Globalization.CultureInfo.InvariantCulture)));
        Assert.True(File.Exists(Path.Combine(_root, stored.Key)));
    }

    [Fact]
    public async Task Two_saves_of_the_same_content_get_different_keys()
    {
        var first = await SaveAsync(SampleFiles.Pdf);
        var second = await SaveAsync(SampleFiles.Pdf);

        Assert.NotEqual(first.Key, second.Key);
        Assert.Equal(first.Sha256, second.Sha256);
    }

    [Theory]
    [InlineData("2025/03/0123456789abcdef0123456789abcdef.pdf")]
    [InlineData("nothing-here")]
    [InlineData("2025")]
    public void An_unknown_key_reads_as_null(string key)
    {
        Assert.Null(_store.OpenRead(key));
    }

    [Theory]
    [InlineData("../secret.txt")]
    [InlineData("../../etc/passwd")]
    [InlineData("2025/../../secret.txt")]
    [InlineData("/etc/passwd")]
    public void A_key_that_leaves_the_folder_is_refused(string key)
    {
        var error = Assert.Throws<ArgumentException>(() => _store.OpenRead(key));

        Assert.Equal("key", error.ParamName);
    }

    [Fact]
    public void A_key_reaching_a_file_outside_the_folder_is_refused_even_when_the_file_exists()
    {
        File.WriteAllText(Path.Combine(_parent, "secret.txt"), "机密");

        Assert.Throws<ArgumentException>(() => _store.OpenRead("../secret.txt"));
    }

    [Fact]
    public void A_key_reaching_a_sibling_folder_with_the_same_prefix_is_refused()
    {
        var sibling = Path.Combine(_parent, "files-other");
        Directory.CreateDirectory(sibling);
        File.WriteAllText(Path.Combine(sibling, "secret.txt"), "机密");

        Assert.Throws<ArgumentException>(() => _store.OpenRead("../files-other/secret.txt"));
    }

    [Fact]
    public void A_key_that_goes_out_and_back_in_is_allowed()
    {
        Directory.CreateDirectory(Path.Combine(_root, "2025"));
        File.WriteAllText(Path.Combine(_root, "2025", "a.txt"), "内容");

        using var read = _store.OpenRead("../files/2025/a.txt");

        Assert.NotNull(read);
    }
}
