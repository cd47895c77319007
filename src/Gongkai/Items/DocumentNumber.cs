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

    /// <summary>
    /// Why a 文号 is not in a recognisable form, or null when it is: either 机关代字〔年份〕序号号
    /// (国办发〔2017〕47号) or 机关代字第序号号 (国务院令第711号).
    /// </summary>
    public static string? Problem(string? raw)
    {
        var normalised = Normalise(raw);
        if (normalised is null)
        {
            return null;
        }
        return WellFormed().IsMatch(normalised) ? null
            : $"文号“{raw}”格式不正确：应写作“机关代字〔年份〕序号号”，如 国办发〔2017〕47号，或“机关代字第序号号”，如 国务院令第711号。";
    }

    [GeneratedRegex(@"^[^\s〔〕]{1,40}(〔(19|20)\d{2}〕\d{1,5}|第\d{1,5})号$")]
    private static partial Regex WellFormed();

    [GeneratedRegex(@"[\[\(（【［〔﹝{｛<《]\s*(\d{4})\s*[\]\)）】］〕﹞}｝>》]")]
    private static partial Regex YearInBrackets();
}
