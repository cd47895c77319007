namespace Gongkai.Search;

/// <summary>
/// Folds text for search so that variants of the same writing compare equal: Traditional
/// characters become Simplified (Unihan kSimplifiedVariant, see
/// <c>scripts/generate-folding-table.py</c>), full-width letters and digits become ASCII, and
/// Latin letters become lower case. Documents and queries are folded the same way, before
/// segmenting. Folding maps each UTF-16 unit to one unit, so a position in the folded text is
/// the same position in the original (highlighting relies on that).
/// </summary>
public static class ChineseFolding
{
    private static readonly char[] Map = BuildMap();

    public static string Fold(string text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }
        return string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = Map[source[i]];
            }
        });
    }

    public static char Fold(char c) => Map[c];

    private static char[] BuildMap()
    {
        var map = new char[char.MaxValue + 1];
        for (var c = 0; c <= char.MaxValue; c++)
        {
            map[c] = (char)c;
        }
        var pairs = TraditionalToSimplified.Pairs;
        for (var i = 0; i + 1 < pairs.Length; i += 2)
        {
            map[pairs[i]] = pairs[i + 1];
        }
        // A Simplified form that is itself listed as a Traditional character (薴 → 苧 → 苎) folds
        // all the way down, so that folding is idempotent and every writing meets the same form.
        for (var i = 0; i + 1 < pairs.Length; i += 2)
        {
            var target = map[pairs[i]];
            for (var hops = 0; map[target] != target && hops < 8; hops++)
            {
                target = map[target];
            }
            map[pairs[i]] = target;
        }
        // Full-width ASCII (！ to ～) and the ideographic space.
        for (var c = 0xFF01; c <= 0xFF5E; c++)
        {
            map[c] = (char)(c - 0xFEE0);
        }
        map['\u3000'] = ' ';
        for (var c = 'A'; c <= 'Z'; c++)
        {
            map[c] = char.ToLowerInvariant(c);
        }
        // Full-width capitals first became ASCII capitals above; make them lower case too.
        for (var c = 0xFF21; c <= 0xFF3A; c++)
        {
            map[c] = char.ToLowerInvariant((char)(c - 0xFEE0));
        }
        return map;
    }
}
