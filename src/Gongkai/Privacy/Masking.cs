namespace Gongkai.Privacy;

/// <summary>
/// The standard masks: <c>110105********1234</c> for an ID number, <c>138****5678</c> for a mobile
/// number (its prefix and grouping kept), <c>6222*********1234</c> for a card number and
/// <c>z***@example.com</c> for an e-mail address. A masked text scanned again has no finding left
/// of the masked kind.
/// </summary>
public static class Masking
{
    public static string Mask(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        var text = finding.Text;
        return finding.Kind switch
        {
            FindingKind.ResidentId => KeepEnds(text, 6, 4),
            FindingKind.BankCard => KeepEnds(text, 4, 4),
            FindingKind.Mobile => MaskMobile(text),
            FindingKind.Email => MaskEmail(text),
            _ => throw new ArgumentOutOfRangeException(nameof(finding), finding.Kind, null),
        };
    }

    /// <summary>Replaces one finding with its mask. Throws when the text no longer holds the finding where it was found.</summary>
    public static string MaskOne(string text, Finding finding) => MaskAll(text, [finding]);

    /// <summary>
    /// Replaces every finding with its mask; each finding's position refers to the text as given, so
    /// the positions of the others stay valid however long the masks are.
    /// </summary>
    public static string MaskAll(string text, IEnumerable<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(findings);
        var result = new System.Text.StringBuilder(text.Length);
        var done = 0; // the text before this position has been copied or masked
        foreach (var finding in findings.OrderBy(f => f.Start))
        {
            if (finding.Text.Length != finding.Length || finding.Start < done || finding.End > text.Length
                || string.CompareOrdinal(text, finding.Start, finding.Text, 0, finding.Length) != 0)
            {
                throw new ArgumentException($"文本在位置 {finding.Start} 处不是“{finding.Text}”，或与其他发现重叠：请重新检查后再遮盖。", nameof(findings));
            }
            result.Append(text, done, finding.Start - done).Append(Mask(finding));
            done = finding.End;
        }
        return result.Append(text, done, text.Length - done).ToString();
    }

    /// <summary>The first and last characters kept, every one between starred; separators dropped.</summary>
    private static string KeepEnds(string text, int head, int tail)
    {
        var compact = WithoutSeparators(text);
        return string.Concat(compact.AsSpan(0, head), new string('*', compact.Length - head - tail), compact.AsSpan(compact.Length - tail));
    }

    /// <summary>The characters of the original (full-width ones too) whose folded form is no separator.</summary>
    private static string WithoutSeparators(string text)
    {
        var folded = PrivacyScanner.Fold(text);
        return string.Concat(text.Where((_, i) => folded[i] is not (' ' or '-')));
    }

    /// <summary>Stars the fourth to seventh of the eleven digits, keeping any prefix and separators.</summary>
    private static string MaskMobile(string text)
    {
        var folded = PrivacyScanner.Fold(text);
        var masked = text.ToCharArray();
        var fromRight = 0;
        for (var i = masked.Length - 1; i >= 0; i--)
        {
            if (char.IsAsciiDigit(folded[i]))
            {
                if (fromRight is >= 4 and < 8)
                {
                    masked[i] = '*';
                }
                fromRight++;
            }
        }
        return new string(masked);
    }

    private static string MaskEmail(string text)
    {
        var at = PrivacyScanner.Fold(text).IndexOf('@', StringComparison.Ordinal);
        return string.Concat(text.AsSpan(0, 1), "***", text.AsSpan(at));
    }
}
