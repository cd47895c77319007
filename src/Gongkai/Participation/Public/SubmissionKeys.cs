using System.Security.Cryptography;
using System.Text;

namespace Gongkai.Participation.Public;

/// <summary>
/// A form sent twice makes one opinion without a column of its own: the form carries a random key,
/// and the opinion's tracking-link token is derived from it, so the second post finds the first
/// opinion by its (unique) token. A key not shaped like the ones the forms hand out is replaced.
/// </summary>
public static class SubmissionKeys
{
    public static string New() => Guid.NewGuid().ToString("N");

    /// <summary>The key as sent if it looks like one the form handed out (32 hex digits), else a fresh one.</summary>
    public static string Accept(string? sent) =>
        sent is { Length: 32 } && sent.All(char.IsAsciiHexDigitLower) ? sent : New();

    /// <summary>The tracking-link token for the opinion sent with <paramref name="key"/>: 22 URL-safe characters, like a fresh token.</summary>
    public static string Token(string key)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes("gongkai-opinion:" + key));
        return Convert.ToBase64String(hash, 0, 16).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }
}
