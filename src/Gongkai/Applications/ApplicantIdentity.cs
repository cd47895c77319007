using System.Security.Cryptography;
using System.Text;
using Gongkai.Data;
using Microsoft.AspNetCore.DataProtection;

namespace Gongkai.Applications;

/// <summary>
/// Keeps applicants' ID numbers private: encrypted with ASP.NET Core Data Protection (keys under
/// <c>{data}/keys</c>), masked for display, and turned into an HMAC match key so the handler sees
/// the same applicant's earlier applications without anyone searching by number.
/// </summary>
public sealed class ApplicantIdentity
{
    private readonly IDataProtector _protector;
    private readonly byte[] _matchSecret;

    public ApplicantIdentity(IDataProtectionProvider provider, DataSettings data)
    {
        _protector = provider.CreateProtector("Gongkai.Applications.ApplicantId");
        _matchSecret = LoadOrCreateSecret(Path.Combine(data.DataDirectory, "keys", "applicant-match.key"));
    }

    public ProtectedId Protect(IdDocumentType type, string number)
    {
        var normalised = Normalise(number);
        return new ProtectedId(_protector.Protect(normalised), Mask(normalised), MatchKey(type, normalised));
    }

    /// <summary>The full number, for the handler who must check it; every call is a deliberate act of the page that shows it.</summary>
    public string Reveal(Applicant applicant) => _protector.Unprotect(applicant.IdNumberProtected);

    public string MatchKey(IdDocumentType type, string number) =>
        Convert.ToHexString(HMACSHA256.HashData(_matchSecret, Encoding.UTF8.GetBytes($"{(int)type}:{Normalise(number)}")));

    /// <summary>Upper case, without spaces; full-width characters folded.</summary>
    public static string Normalise(string number) =>
        new([.. number.Normalize(NormalizationForm.FormKC).ToUpperInvariant().Where(c => !char.IsWhiteSpace(c))]);

    /// <summary>110105********1234 for an 18-character number; shorter numbers keep their first and last two characters.</summary>
    public static string Mask(string number) => number.Length switch
    {
        >= 15 => number[..6] + new string('*', number.Length - 10) + number[^4..],
        >= 6 => number[..2] + new string('*', number.Length - 4) + number[^2..],
        _ => new string('*', number.Length),
    };

    private static byte[] LoadOrCreateSecret(string path)
    {
        if (File.Exists(path))
        {
            return File.ReadAllBytes(path);
        }
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var secret = RandomNumberGenerator.GetBytes(32);
        try
        {
            using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
            file.Write(secret);
            return secret;
        }
        catch (IOException) when (File.Exists(path))
        {
            return File.ReadAllBytes(path); // another process created it first
        }
    }
}
