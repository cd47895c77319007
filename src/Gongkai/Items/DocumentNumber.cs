using System.Text;
using System.Text.RegularExpressions;

namespace Gongkai.Items;

/// <summary>
/// 文号 such as 国办发〔2017〕47号. People type the year's brackets as [], (), （）, 【】 or ［］;
/// the standard form uses the hexagonal brackets 〔〕 and ASCII digits.
/// </summary>
public static partial class DocumentNumber
{
    public const int MaxLength = 64;

    public static string? Normalise(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }
        var text = new StringBuilder(raw.Length);
        foreach (var c in raw.Trim())
        {
            // Full-width digits and letters become ASCII; spaces inside a 文号 carry no meaning.
            if (c is >= '０' and <= '９' or >= 'Ａ' and <= 'Ｚ' or >= 'ａ' and <= 'ｚ')
            {
                text.Append((char)(c - 0xFEE0));
            }
            else if (!char.IsWhiteSpace(c))
            {
                text.Append(c);
            }
        }
        return YearInBrackets().Replace(text.ToString(), "〔$1〕");
    }

    [GeneratedRegex(@"[\[\(（【［〔﹝{｛<《]\s*(\d{4})\s*[\]\)）】］〕﹞}｝>》]")]
    private static partial Regex YearInBrackets();
}
