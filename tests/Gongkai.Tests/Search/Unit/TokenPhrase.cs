using System.Text;
using Gongkai.Search;

namespace Gongkai.Tests.Search.Unit;

/// <summary>
/// What both index providers do with tokens, done in memory: a query term matches a document
/// when its tokens stand together, in order, among the document's tokens (the last one as a
/// prefix when the term says so).
/// </summary>
internal static class TokenPhrase
{
    public static bool Matches(IReadOnlyList<string> document, string term)
    {
        var (tokens, lastIsPrefix, _) = SearchTokens.OfQueryTerm(term);
        return Matches(document, tokens, lastIsPrefix);
    }

    public static bool Matches(IReadOnlyList<string> document, IReadOnlyList<string> tokens, bool lastIsPrefix)
    {
        if (tokens.Count == 0)
        {
            throw new ArgumentException("A term without tokens matches nothing.", nameof(tokens));
        }
        for (var start = 0; start + tokens.Count <= document.Count; start++)
        {
            var all = true;
            for (var k = 0; k < tokens.Count && all; k++)
            {
                var prefix = lastIsPrefix && k == tokens.Count - 1;
                all = prefix ? document[start + k].StartsWith(tokens[k], StringComparison.Ordinal) : document[start + k] == tokens[k];
            }
            if (all)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Every piece of <paramref name="text"/> a person could type as a query: any span that does
    /// not cut a run of Latin letters or digits in two (a word or a number is typed whole) nor a
    /// surrogate pair, up to <paramref name="maxLength"/> UTF-16 units, and the whole text.
    /// </summary>
    public static IEnumerable<string> TypableSpans(string text, int maxLength)
    {
        var cuts = new List<int>();
        for (var i = 0; i <= text.Length; i++)
        {
            if (i > 0 && i < text.Length && (char.IsLowSurrogate(text[i]) || (IsWordChar(text, i - 1) && IsWordChar(text, i))))
            {
                continue;
            }
            cuts.Add(i);
        }
        foreach (var start in cuts)
        {
            foreach (var end in cuts)
            {
                if (end > start && end - start <= maxLength)
                {
                    yield return text[start..end];
                }
            }
        }
        yield return text;
    }

    /// <summary>A letter or digit that is not Han: part of a word or number.</summary>
    private static bool IsWordChar(string text, int i)
    {
        if (char.IsSurrogate(text[i]))
        {
            return false;
        }
        var rune = new Rune(text[i]);
        return Rune.IsLetterOrDigit(rune) && !SearchTokens.IsHan(rune);
    }
}
