using System.Security.Cryptography;

namespace Gongkai.Files;

/// <summary>Where attachment bytes live. The embedded default is a folder; production may use a shared store.</summary>
public interface IFileStore
{
    Task<StoredFile> SaveAsync(Stream content, string extension, CancellationToken ct = default);
    Stream? OpenRead(string key);
}

public sealed record StoredFile(string Key, long Length, string Sha256);

/// <summary>Stores files under a local folder, named by a random key; never by the uploader's file name.</summary>
public sealed class LocalFileStore(string root) : IFileStore
{
    public async Task<StoredFile> SaveAsync(Stream content, string extension, CancellationToken ct = default)
    {
        var key = $"{DateTime.UtcNow:yyyy/MM}/{Guid.NewGuid():N}{extension.ToLowerInvariant()}";
        var path = PathOf(key);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        long length = 0;
        await using (var file = File.Create(path))
        {
            var buffer = new byte[81920];
            int read;
            while ((read = await content.ReadAsync(buffer, ct)) > 0)
            {
                sha.AppendData(buffer, 0, read);
                await file.WriteAsync(buffer.AsMemory(0, read), ct);
                length += read;
            }
        }
        return new StoredFile(key, length, Convert.ToHexStringLower(sha.GetHashAndReset()));
    }

    public Stream? OpenRead(string key)
    {
        var path = PathOf(key);
        return File.Exists(path) ? File.OpenRead(path) : null;
    }

    private string PathOf(string key)
    {
        var rootWithSeparator = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root)) + Path.DirectorySeparatorChar;
        var full = Path.GetFullPath(Path.Combine(root, key));
        if (!full.StartsWith(rootWithSeparator, StringComparison.Ordinal))
        {
            throw new ArgumentException("非法的文件键。", nameof(key));
        }
        return full;
    }
}
