using System.Globalization;
using System.Text.RegularExpressions;

namespace Gongkai.Privacy;

/// <summary>
/// Finds personal data in a text before it is published (domain §4): resident ID numbers
/// (GB 11643), mainland mobile numbers, bank card numbers (Luhn) and e-mail addresses.
/// </summary>
/// <remarks>
/// A number counts only when no ASCII letter or digit touches it on either side, so digits inside a
/// longer run or a code (such as 91110105MA01234567) are not reported. Full-width forms
/// (１３８００１３８０００, ＠) are read as their ASCII counterparts; positions stay those of the
/// original text. Where candidates overlap, an e-mail address wins over an ID number, an ID number
/// over a bank card number, and a bank card number over a mobile number.
/// </remarks>
public static partial class PrivacyScanner
{
    /// <summary>How many characters of context are shown on either side of a finding.</summary>
    public const int ContextChars = 15;

    private static readonly int[] IdWeights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string IdCheckCharacters = "10X98765432";

    /// <summary>The province-level region codes: the first two digits of a resident ID number.</summary>
    private static readonly HashSet<int> Provinces =
    [
        11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46,
        50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82,
    ];

    private readonly record struct Candidate(FindingKind Kind, int Start, int Length, bool Valid);

    public static IReadOnlyList<Finding> Scan(string text) => Scan(text, DateOnly.FromDateTime(DateTime.Now));

    /// <summary>Scans <paramref name="text"/>; <paramref name="today"/> bounds the birth dates of ID numbers.</summary>
    public static IReadOnlyList<Finding> Scan(string text, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(text);
        var folded = Fold(text);
        var taken = new bool[folded.Length];
        var candidates = new List<Candidate>();

        // In order of precedence: a later kind never takes characters an earlier one has taken.
        Collect(EmailPattern(), FindingKind.Email, _ => true);
        Collect(ResidentIdPattern(), FindingKind.ResidentId, s => JudgeResidentId(s, today));
        Collect(BankCardPattern(), FindingKind.BankCard, JudgeBankCard);
        Collect(GroupedBankCardPattern(), FindingKind.BankCard, JudgeBankCard);
        Collect(MobilePattern(), FindingKind.Mobile, _ => true);

        return candidates
            .OrderBy(c => c.Start)
            .Select(c => new Finding(c.Kind, text.Substring(c.Start, c.Length), c.Start, c.Length, c.Valid, ContextOf(text, c.Start, c.Start + c.Length)))
            .ToList();

        void Collect(Regex pattern, FindingKind kind, Func<string, bool?> judge)
        {
            var match = pattern.Match(folded);
            while (match.Success)
            {
                if (judge(match.Value) is { } valid && !taken.AsSpan(match.Index, match.Length).Contains(true))
                {
                    taken.AsSpan(match.Index, match.Length).Fill(true);
                    candidates.Add(new Candidate(kind, match.Index, match.Length, valid));
                    match = match.NextMatch();
                }
                else
                {
                    // Not this one: a candidate may still start inside it (lookbehinds see the text before).
                    match = pattern.Match(folded, match.Index + 1);
                }
            }
        }
    }

    /// <summary>
    /// An 18-character candidate is an ID number when its region and birth date are plausible;
    /// it is valid when its check digit is right too. Null: not an ID number at all.
    /// </summary>
    private static bool? JudgeResidentId(string candidate, DateOnly today)
    {
        var id = Compact(candidate);
        var province = (id[0] - '0') * 10 + (id[1] - '0');
        if (!Provinces.Contains(province)) // which also rules out 000000
        {
            return null;
        }
        if (!DateOnly.TryParseExact(id.AsSpan(6, 8), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var birth)
            || birth.Year < 1900 || birth > today)
        {
            return null;
        }
        return ResidentIdCheckCharacter(id.AsSpan(0, 17)) == char.ToUpperInvariant(id[17]);
    }

    /// <summary>A Luhn-valid run is a card number; a UnionPay-like run (62…) is reported even when it fails.</summary>
    private static bool? JudgeBankCard(string candidate)
    {
        var digits = Compact(candidate);
        if (PassesLuhn(digits))
        {
            return true;
        }
        return digits.StartsWith("62", StringComparison.Ordinal) ? false : null;
    }

    /// <summary>
    /// Checks a resident ID number as typed into a form: null when it is a plausible, correct
    /// 18-character number; otherwise what is wrong with it, in Chinese.
    /// </summary>
    public static string? ResidentIdProblem(string id, DateOnly today)
    {
        if (id.Length != 18 || id.AsSpan(0, 17).ContainsAnyExceptInRange('0', '9') || !"0123456789Xx".Contains(id[17], StringComparison.Ordinal))
        {
            return "居民身份证号码应为 18 位，前 17 位为数字，最后一位为数字或 X。";
        }
        return JudgeResidentId(id, today) switch
        {
            null => "居民身份证号码中的地区码或出生日期不正确。",
            false => "居民身份证号码的校验位不正确，请核对。",
            true => null,
        };
    }

    /// <summary>The GB 11643 check character of the first 17 digits of an ID number.</summary>
    internal static char ResidentIdCheckCharacter(ReadOnlySpan<char> first17)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (first17[i] - '0') * IdWeights[i];
        }
        return IdCheckCharacters[sum % 11];
    }

    internal static bool PassesLuhn(ReadOnlySpan<char> digits)
    {
        var sum = 0;
        for (int i = digits.Length - 1, fromRight = 0; i >= 0; i--, fromRight++)
        {
            var digit = digits[i] - '0';
            if (fromRight % 2 == 1)
            {
                digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
            }
            sum += digit;
        }
        return sum % 10 == 0;
    }

    /// <summary>The candidate without the spaces and hyphens it was grouped with.</summary>
    private static string Compact(string candidate) => candidate.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);

    /// <summary>
    /// Reads full-width forms as ASCII and other spaces and dashes as ' ' and '-', one character for
    /// one, so positions in the folded text are positions in the original.
    /// </summary>
    internal static string Fold(string text) => string.Create(text.Length, text, static (folded, original) =>
    {
        for (var i = 0; i < original.Length; i++)
        {
            var c = original[i];
            folded[i] = c switch
            {
                >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
                '\u3000' or '\u00A0' => ' ',
                >= '\u2010' and <= '\u2013' or '\u2212' => '-',
                _ => c,
            };
        }
    });

    /// <summary>Up to <see cref="ContextChars"/> characters either side, on the finding's own line.</summary>
    private static string ContextOf(string text, int start, int end)
    {
        var from = start;
        while (from > 0 && start - from < ContextChars && !IsLineBreak(text[from - 1]))
        {
            from--;
        }
        var to = end;
        while (to < text.Length && to - end < ContextChars && !IsLineBreak(text[to]))
        {
            to++;
        }
        if (from < start && char.IsLowSurrogate(text[from]))
        {
            from++;
        }
        if (to > end && char.IsHighSurrogate(text[to - 1]))
        {
            to--;
        }
        var context = text.AsSpan(from, to - from).ToString().ToCharArray();
        for (var i = 0; i < context.Length; i++)
        {
            if (char.IsControl(context[i]))
            {
                context[i] = ' ';
            }
        }
        return new string(context).Trim();
    }

    private static bool IsLineBreak(char c) => c is '\n' or '\r' or '\v' or '\f' or '\u0085' or '\u2028' or '\u2029';

    /// <summary>17 digits and a digit or X, whole or grouped 6-8-4 with one kind of separator.</summary>
    [GeneratedRegex(@"(?<![0-9A-Za-z])[0-9]{6}(?<sep>[ -]?)[0-9]{8}\k<sep>[0-9]{3}[0-9Xx](?![0-9A-Za-z])", RegexOptions.CultureInvariant)]
    private static partial Regex ResidentIdPattern();

    /// <summary>1[3-9] and nine digits, optionally after +86, 0086 or 86, whole or grouped 3-4-4.</summary>
    [GeneratedRegex(@"(?<![0-9A-Za-z])(?:(?:\+|00)?86[ -]?)?1[3-9][0-9](?<sep>[ -]?)[0-9]{4}\k<sep>[0-9]{4}(?![0-9A-Za-z])", RegexOptions.CultureInvariant)]
    private static partial Regex MobilePattern();

    [GeneratedRegex(@"(?<![0-9A-Za-z])[0-9]{16,19}(?![0-9A-Za-z])", RegexOptions.CultureInvariant)]
    private static partial Regex BankCardPattern();

    /// <summary>16 to 19 digits in groups of four with one kind of separator, not part of a longer grouped run.</summary>
    [GeneratedRegex(@"(?<![0-9A-Za-z])(?<![0-9][ -])[0-9]{4}(?<sep>[ -])[0-9]{4}\k<sep>[0-9]{4}\k<sep>[0-9]{4}(?:\k<sep>[0-9]{1,3})?(?![0-9A-Za-z])(?![ -][0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex GroupedBankCardPattern();

    [GeneratedRegex(@"(?<![A-Za-z0-9_%+-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\.[A-Za-z]{2,24}(?![A-Za-z0-9-])", RegexOptions.CultureInvariant)]
    private static partial Regex EmailPattern();
}
