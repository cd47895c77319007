using System.Text;

namespace Gongkai.Search;

/// <summary>
/// Segments folded text into the tokens both index providers store (ADR 0014). Runs of Han
/// characters become overlapping bigrams (政务公开 → 政务 务公 公开) followed by the run's last
/// character alone, so any two-character word is found wherever it stands and longer words are
/// found as consecutive bigrams; runs of letters and digits become one lower-case token each.
/// Everything else (punctuation, brackets, spaces) only separates runs.
/// </summary>
public static class SearchTokens
{
    /// <summary>Text beyond this many characters is not even segmented.</summary>
    public const int MaxIndexedChars = 50_000;

    /// <summary>
    /// Tokens indexed of a title and of an item's text. PostgreSQL keeps positions up to 16,383
    /// only, and a phrase past that is not found there; both providers index exactly these many
    /// tokens (200 + a gap of 100 + 16,000 stays below), so they answer alike (ADR 0014).
    /// </summary>
    public const int MaxTitleTokens = 200;
    public const int MaxTextTokens = 16_000;

    private const int MaxWordLength = 40;

    /// <summary>The tokens of a document's text, in order; folding is applied here.</summary>
    public static List<string> OfDocument(string? text, int maxTokens = MaxTextTokens)
    {
        var tokens = new List<string>();
        if (string.IsNullOrEmpty(text))
        {
            return tokens;
        }
        var folded = ChineseFolding.Fold(text.Length > MaxIndexedChars ? text[..MaxIndexedChars] : text);
        foreach (var run in Runs(folded))
        {
            AddRun(tokens, run, tail: true);
            if (tokens.Count >= maxTokens)
            {
                tokens.RemoveRange(maxTokens, tokens.Count - maxTokens);
                break;
            }
        }
        return tokens;
    }

    /// <summary>
    /// The tokens of one query term, to be matched as a phrase. A run of Han characters gets its
    /// trailing single character only when another run follows it in the term (the document has
    /// it there too); a single Han character at the end of the term is a prefix, since in the
    /// document it may begin a longer run.
    /// </summary>
    public static (List<string> Tokens, bool LastIsPrefix, List<string> Runs) OfQueryTerm(string term)
    {
        var tokens = new List<string>();
        var runs = Runs(ChineseFolding.Fold(term)).ToList();
        var lastIsPrefix = false;
        for (var k = 0; k < runs.Count; k++)
        {
            var run = runs[k];
            var last = k == runs.Count - 1;
            AddRun(tokens, run, tail: !last);
            lastIsPrefix = last && run.IsHan && run.Length == 1;
        }
        return (tokens, lastIsPrefix, runs.Select(r => r.Text).ToList());
    }

    private static void AddRun(List<string> tokens, Run run, bool tail)
    {
        if (!run.IsHan)
        {
            var word = run.Text.ToLowerInvariant();
            tokens.Add(word.Length > MaxWordLength ? word[..MaxWordLength] : word);
            return;
        }
        var text = run.Text;
        var starts = run.RuneStarts;
        for (var i = 0; i + 1 < starts.Count; i++)
        {
            var end = i + 2 < starts.Count ? starts[i + 2] : text.Length;
            tokens.Add(text[starts[i]..end]);
        }
        if (tail || starts.Count == 1)
        {
            tokens.Add(text[starts[^1]..]);
        }
    }

    /// <summary>A maximal run of Han characters, or of other letters and digits; <c>RuneStarts</c> are offsets in <c>Text</c>.</summary>
    public sealed record Run(bool IsHan, string Text, List<int> RuneStarts)
    {
        public int Length => RuneStarts.Count;
    }

    public static IEnumerable<Run> Runs(string folded)
    {
        var start = -1;
        var han = false;
        List<int> starts = [];
        var i = 0;
        while (i < folded.Length)
        {
            Rune.DecodeFromUtf16(folded.AsSpan(i), out var rune, out var width);
            var isHan = IsHan(rune);
            var inRun = isHan || Rune.IsLetterOrDigit(rune);
            if (start >= 0 && (!inRun || isHan != han))
            {
                yield return new Run(han, folded[start..i], starts);
                start = -1;
                starts = [];
            }
            if (inRun)
            {
                if (start < 0)
                {
                    start = i;
                    han = isHan;
                }
                starts.Add(i - start);
            }
            i += width;
        }
        if (start >= 0)
        {
            yield return new Run(han, folded[start..], starts);
        }
    }

    public static bool IsHan(Rune rune) => rune.Value switch
    {
        0x3007 => true, // 〇, as in 二〇二五年
        >= 0x3400 and <= 0x4DBF => true,
        >= 0x4E00 and <= 0x9FFF => true,
        >= 0xF900 and <= 0xFAFF => true,
        >= 0x20000 and <= 0x323AF => true,
        _ => false,
    };
}
