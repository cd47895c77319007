using System.Text;
using Gongkai.Search;

namespace SearchBench;

/// <summary>
/// Writes Simplified text in Traditional characters, for the share of the corpus published that
/// way. The map is the app's own folding table read backwards: every character that
/// <see cref="ChineseFolding"/> folds to a Simplified one is a Traditional form of it. Where
/// several Traditional characters fold to the same Simplified one (发 ← 發 髮), or where the
/// Simplified character is itself the usual Traditional spelling in government text (制度, 家庭,
/// 系统), the choice is made by hand below.
/// </summary>
public static class TraditionalScript
{
    /// <summary>Simplified characters whose Traditional form in this corpus is not the only or obvious inverse.</summary>
    private const string Chosen =
        // Several Traditional forms: the one government notices use.
        "发發后後历歷钟鍾复復台臺尽盡干幹并並当當钩鉤须須余餘几幾汇匯获獲范範准準划劃冲衝征徵采採据據签簽团團云雲伙夥" +
        // The Simplified character is also the usual Traditional spelling here (制度, 家庭, 公里, 同比, 姓朱).
        "了了冬冬出出制制合合同同向向困困家家松松沈沈注注症症秋秋朱朱姜姜胡胡致致表表面面回回里里系系只只才才占占克克";

    private static readonly Dictionary<char, char> Map = Build();

    public static string Convert(string simplified)
    {
        var sb = new StringBuilder(simplified.Length);
        foreach (var c in simplified)
        {
            sb.Append(Map.TryGetValue(c, out var t) ? t : c);
        }
        return sb.ToString();
    }

    /// <summary>Simplified characters that fold from more than one Traditional one and have no choice above (for checking the vocabulary).</summary>
    public static IEnumerable<(char Simplified, string Traditional)> Unresolved(string text)
    {
        var candidates = Candidates();
        var chosen = ChosenPairs();
        return text.Distinct()
            .Where(c => candidates.TryGetValue(c, out var list) && list.Count > 1 && !chosen.ContainsKey(c))
            .Select(c => (c, new string([.. candidates[c]])));
    }

    /// <summary>Hand-made choices that do not fold back to their Simplified character (none expected).</summary>
    public static IEnumerable<(char Simplified, char Traditional)> BadChoices() =>
        ChosenPairs().Where(p => p.Key != p.Value && ChineseFolding.Fold(p.Value) != p.Key).Select(p => (p.Key, p.Value));

    private static Dictionary<char, char> Build()
    {
        var map = new Dictionary<char, char>();
        foreach (var (s, list) in Candidates())
        {
            if (list.Count == 1)
            {
                map[s] = list[0];
            }
        }
        foreach (var (s, t) in ChosenPairs())
        {
            if (s == t)
            {
                map.Remove(s);
            }
            else if (ChineseFolding.Fold(t) == s)
            {
                map[s] = t;
            }
        }
        return map;
    }

    private static Dictionary<char, char> ChosenPairs()
    {
        var pairs = new Dictionary<char, char>();
        for (var i = 0; i + 1 < Chosen.Length; i += 2)
        {
            pairs[Chosen[i]] = Chosen[i + 1];
        }
        return pairs;
    }

    private static Dictionary<char, List<char>>? _candidates;

    private static Dictionary<char, List<char>> Candidates() => _candidates ??= FindCandidates();

    private static Dictionary<char, List<char>> FindCandidates()
    {
        var candidates = new Dictionary<char, List<char>>();
        for (var c = (char)0x3400; c <= (char)0x9FFF; c++)
        {
            var s = ChineseFolding.Fold(c);
            if (s != c)
            {
                if (!candidates.TryGetValue(s, out var list))
                {
                    candidates[s] = list = [];
                }
                list.Add(c);
            }
        }
        return candidates;
    }
}
