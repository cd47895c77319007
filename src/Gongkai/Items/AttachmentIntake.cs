using Gongkai.Files;

namespace Gongkai.Items;

/// <summary>
/// Takes an uploaded file for an item: checks its size and that its content matches its type,
/// stores it, and returns the attachment, or a Chinese reason for refusing it.
/// </summary>
public sealed class AttachmentIntake(AttachmentPolicy policy, IFileStore store, TimeProvider time)
{
    public sealed record Outcome(Attachment? Attachment, string? Problem);

    public async Task<Outcome> AcceptAsync(string fileName, Stream content, CancellationToken ct = default)
    {
        var name = CleanName(fileName);
        if (!content.CanSeek)
        {
            // Read at most one byte past the limit, so the policy can refuse what is too large.
            var buffer = new MemoryStream();
            await content.CopyToAsync(new LimitedWriteStream(buffer, policy.MaxBytes + 1), ct);
            buffer.Position = 0;
            content = buffer;
        }
        var verdict = await policy.CheckAsync(name, content, ct);
        if (!verdict.Accepted)
        {
            return new Outcome(null, verdict.Problem);
        }
        var stored = await store.SaveAsync(content, verdict.Kind!.Extension, ct);
        return new Outcome(new Attachment(name, verdict.Kind.ContentType, stored.Length, stored.Key, stored.Sha256, time.GetUtcNow()), null);
    }

    /// <summary>The name without any folder part or control characters, as the public will see it.</summary>
    public static string CleanName(string fileName)
    {
        var name = fileName.Replace('\\', '/');
        name = name[(name.LastIndexOf('/') + 1)..];
        return new string(name.Where(c => !char.IsControl(c)).ToArray()).Trim();
    }

    /// <summary>Writes into the inner stream until the limit, then silently drops the rest.</summary>
    private sealed class LimitedWriteStream(Stream inner, long limit) : Stream
    {
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => inner.Length;
        public override long Position { get => inner.Position; set => throw new NotSupportedException(); }
        public override void Flush() => inner.Flush();
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count)
        {
            var room = (int)Math.Max(0, Math.Min(count, limit - inner.Length));
            inner.Write(buffer, offset, room);
        }
    }
}
