using System.Text;

namespace Gongkai.Search.Public;

/// <summary>
/// Titles and snippets of results as HTML, with the words searched for in <c>&lt;mark&gt;</c>.
/// The HTML is built here from encoded pieces, so nothing a document or a query contains can
/// become markup. Matching is done on the folded text (Traditional as Simplified, full-width as
/// ASCII, lower case), whose positions are those of the original because folding maps each
/// UTF-16 unit to one unit.
/// </summary>
public static class SearchText
{
    public const int SnippetLength = 120;
    /// <summary>How much text a snippet shows before the first match, at most.</summary>
    private const int Lead = 30;

    public static string Highlight(string? text, IReadOnlyCollection<string> highlights)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }
        var marked = Marks(text, highlights);
        var html = new StringBuilder(text.Length + 32);
        var i = 0;
        while (i < text.Length)
        {
            var end = i;
            while (end < text.Length && marked[end] == marked[i])
            {
                end++;
            }
            if (marked[i])
            {
                html.Append("<mark>");
                Encode(html, text.AsSpan(i, end - i));
                html.Append("</mark>");
            }
            else
            {
                Encode(html, text.AsSpan(i, end - i));
            }
            i = end;
        }
        return html.ToString();
    }

    /// <summary>
    /// About <see cref="SnippetLength"/> characters of <paramref name="plainText"/> around the first
    /// match (from the start of its sentence when that is near), highlighted; the start of the
    /// text when nothing matches; empty when there is no text.
    /// </summary>
    public static string Snippet(string? plainText, IReadOnlyCollection<string> highlights, int length = SnippetLength)
    {
        var text = Collapse(plainText);
        if (text.Length == 0)
        {
            return "";
        }
        var folded = ChineseFolding.Fold(text);
        var first = -1;
        foreach (var h in highlights.Where(h => h.Length > 0))
        {
            var at = folded.IndexOf(h, StringComparison.Ordinal);
            if (at >= 0 && (first < 0 || at < first))
            {
                first = at;
            }
        }
        var start = 0;
        if (first > 0)
        {
            start = Math.Max(0, first - Lead);
            // Begin at the sentence the match is in when its start is within reach.
            var stop = text.LastIndexOfAny(['。', '；', '！', '？', '.', ';'], first - 1, first - start);
            if (stop >= 0)
            {
                start = stop + 1;
            }
            if (start > 0 && text.Length - start < length)
            {
                start = Math.Max(0, text.Length - length); // near the end: show a full window
            }
        }
        var end = Math.Min(text.Length, start + length);
        if (start > 0 && char.IsLowSurrogate(text[start]))
        {
            start--;
        }
        if (end < text.Length && char.IsLowSurrogate(text[end]))
        {
            end++;
        }
        var window = text[start..end].Trim();
        return (start > 0 ? "…" : "") + Highlight(window, highlights) + (end < text.Length ? "…" : "");
    }

    /// <summary>HTML-encodes the five characters that matter; everything else (Chinese included) stays as it is.</summary>
    public static string Encode(string? text)
    {
        var html = new StringBuilder();
        Encode(html, text.AsSpan());
        return html.ToString();
    }

    private static void Encode(StringBuilder html, ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            switch (c)
            {
                case '&': html.Append("&amp;"); break;
                case '<': html.Append("&lt;"); break;
                case '>': html.Append("&gt;"); break;
                case '"': html.Append("&quot;"); break;
                case '\'': html.Append("&#39;"); break;
                default:
                    // Control characters have no business in a page; they are dropped.
                    if (!char.IsControl(c))
                    {
                        html.Append(c);
                    }
                    break;
            }
        }
    }

    private static bool[] Marks(string text, IReadOnlyCollection<string> highlights)
    {
        var marked = new bool[text.Length];
        if (highlights.Count == 0)
        {
            return marked;
        }
        var folded = ChineseFolding.Fold(text);
        // A lone letter or digit (the 3 of 国办发〔2024〕3号) would mark every 3 in the text.
        foreach (var h in highlights.Where(h => h.Length > 1 || (h.Length == 1 && !char.IsAscii(h[0]))))
        {
            var at = folded.IndexOf(h, StringComparison.Ordinal);
            while (at >= 0)
            {
                Array.Fill(marked, true, at, h.Length);
                at = folded.IndexOf(h, at + h.Length, StringComparison.Ordinal);
            }
        }
        return marked;
    }

    /// <summary>Whitespace runs (line breaks from the HTML's blocks included) become one space.</summary>
    private static string Collapse(string? text) =>
        string.IsNullOrWhiteSpace(text) ? "" : string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
