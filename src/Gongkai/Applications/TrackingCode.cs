using System.Security.Cryptography;

namespace Gongkai.Applications;

/// <summary>
/// What an applicant follows an application with: a 12-character code to quote (about 60 bits,
/// without look-alike characters such as 0/O and 1/I) and a 128-bit token for the tracking link.
/// </summary>
public sealed record TrackingCode(string Code, string Token)
{
    private const string Alphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

    public static TrackingCode New()
    {
        Span<char> chars = stackalloc char[14];
        var k = 0;
        for (var i = 0; i < 12; i++)
        {
            if (i is 4 or 8)
            {
                chars[k++] = '-';
            }
            chars[k++] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        }
        return new TrackingCode(new string(chars), NewToken());
    }

    /// <summary>
    /// A code chosen in advance, such as the one the README gives for trying the demo, with a fresh
    /// secret token. Throws when it is not a code <see cref="Normalise"/> accepts.
    /// </summary>
    public static TrackingCode Fixed(string code) =>
        new(Normalise(code) ?? throw new ArgumentException($"“{code}”不是有效的查询码。", nameof(code)), NewToken());

    /// <summary>The code as typed: any case, with or without hyphens or spaces, full-width letters allowed. Null when it cannot be one.</summary>
    public static string? Normalise(string? typed)
    {
        if (string.IsNullOrWhiteSpace(typed) || typed.Length > 40)
        {
            return null;
        }
        var compact = new string([.. typed.Normalize(System.Text.NormalizationForm.FormKC).ToUpperInvariant().Where(c => c is not ('-' or ' ' or '－'))]);
        if (compact.Length != 12 || compact.Any(c => !Alphabet.Contains(c, StringComparison.Ordinal)))
        {
            return null;
        }
        return $"{compact[..4]}-{compact[4..8]}-{compact[8..]}";
    }

    private static string NewToken() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(16)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
