using System.Globalization;
using System.Text;

namespace Gongkai.Search;

/// <summary>One word or quoted phrase of a query, as the tokens that must stand together.</summary>
public sealed record QueryTerm(string Text, IReadOnlyList<string> Tokens, bool LastIsPrefix, IReadOnlyList<string> Highlights);

/// <summary>
/// What a person typed into a search box, read the way people mean it: words separated by
/// spaces must all occur, "quoted text" must occur as written, and -word excludes. Nothing
/// typed is ever passed to a database as query syntax: quotes, operators, brackets, SQL or FTS
/// syntax are only separators here, and the providers build their queries from the tokens.
/// </summary>
public sealed class SearchQuery
{
    public const int MaxLength = 100;
    public const int MaxTerms = 10;

    private SearchQuery(string text, IReadOnlyList<QueryTerm> included, IReadOnlyList<QueryTerm> excluded, IReadOnlyList<string> notices)
    {
        Text = text;
        Included = included;
        Excluded = excluded;
        Notices = notices;
    }

    /// <summary>The query as kept: control characters removed, at most <see cref="MaxLength"/> characters.</summary>
    public string Text { get; }
    public IReadOnlyList<QueryTerm> Included { get; }
    public IReadOnlyList<QueryTerm> Excluded { get; }
    /// <summary>What was changed or ignored, in Chinese, for the result page.</summary>
    public IReadOnlyList<string> Notices { get; }

    /// <summary>True when there is nothing to look for (nothing typed, or only punctuation or exclusions).</summary>
    public bool IsEmpty => Included.Count == 0;

    /// <summary>Folded runs of the included terms, for highlighting titles and snippets.</summary>
    public IEnumerable<string> Highlights => Included.SelectMany(t => t.Highlights).Distinct();

    public static SearchQuery Parse(string? raw)
    {
        var notices = new List<string>();
        var text = Clean(raw);
        if (text.Length > MaxLength)
        {
            text = text[..(char.IsHighSurrogate(text[MaxLength - 1]) ? MaxLength - 1 : MaxLength)].TrimEnd();
            notices.Add($"检索词过长，只按前 {MaxLength} 个字检索。");
        }
        var included = new List<QueryTerm>();
        var excluded = new List<QueryTerm>();
        var ignored = false;
        foreach (var (term, exclude) in Split(text))
        {
            var (tokens, prefix, runs) = SearchTokens.OfQueryTerm(term);
            if (tokens.Count == 0)
            {
                ignored = true;
                continue;
            }
            var list = exclude ? excluded : included;
            if (list.Count == MaxTerms)
            {
                notices.Add($"最多按 {MaxTerms} 个词检索，其余的词已忽略。");
                break;
            }
            list.Add(new QueryTerm(term, tokens, prefix, runs));
        }
        if (included.Count == 0 && excluded.Count > 0)
        {
            notices.Add("只有排除的词（以减号开头）时无法检索，请再输入要查找的词。");
        }
        else if (included.Count == 0 && ignored)
        {
            notices.Add("检索词里没有可查找的文字或数字，请换一个词。");
        }
        return new SearchQuery(text, included, excluded, notices.Distinct().ToList());
    }

    /// <summary>Removes control and formatting characters and broken surrogates; tabs and line breaks become spaces.</summary>
    private static string Clean(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return "";
        }
        var text = new StringBuilder(Math.Min(raw.Length, 4 * MaxLength));
        var i = 0;
        while (i < raw.Length && text.Length < 4 * MaxLength)
        {
            var status = Rune.DecodeFromUtf16(raw.AsSpan(i), out var rune, out var width);
            i += width;
            if (status != System.Buffers.OperationStatus.Done)
            {
                continue;
            }
            if (Rune.IsWhiteSpace(rune))
            {
                text.Append(' ');
            }
            else if (Rune.GetUnicodeCategory(rune) is not (UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.OtherNotAssigned
                or UnicodeCategory.PrivateUse or UnicodeCategory.Surrogate))
            {
                text.Append(rune.ToString());
            }
        }
        return string.Join(' ', text.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    private static bool IsQuote(char c) => c is '"' or '“' or '”' or '＂' or '「' or '」' or '『' or '』';

    private static bool IsMinus(char c) => c is '-' or '－' or '—';

    /// <summary>Words and quoted phrases; a word or phrase right after a minus sign is excluded.</summary>
    private static IEnumerable<(string Term, bool Exclude)> Split(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && text[i] == ' ')
            {
                i++;
            }
            if (i >= text.Length)
            {
                yield break;
            }
            var exclude = false;
            if (IsMinus(text[i]) && i + 1 < text.Length && text[i + 1] != ' ' && !IsMinus(text[i + 1]))
            {
                exclude = true;
                i++;
            }
            int end;
            if (IsQuote(text[i]))
            {
                // A phrase runs to the next quote mark; a lone quote runs to the end.
                var start = i + 1;
                end = start;
                while (end < text.Length && !IsQuote(text[end]))
                {
                    end++;
                }
                yield return (text[start..end], exclude);
                i = end + 1;
                continue;
            }
            end = i;
            while (end < text.Length && text[end] != ' ' && !IsQuote(text[end]))
            {
                end++;
            }
            yield return (text[i..end], exclude);
            i = end;
        }
    }
}
