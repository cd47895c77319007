using Ganss.Xss;

namespace Gongkai.Text;

/// <summary>
/// Sanitises body HTML: scripts, event handlers, styles and presentational attributes, foreign frames
/// and forms are removed; structure (headings, paragraphs, lists, links, tables) is kept.
/// </summary>
public static class HtmlCleaner
{
    private static readonly string[] Presentational =
        ["align", "bgcolor", "border", "cellpadding", "cellspacing", "color", "height", "width", "valign", "nowrap", "size", "face", "clear", "compact", "noshade", "hspace", "vspace", "frame", "rules", "char", "charoff", "axis"];

    private static readonly string[] Behavioural =
        ["contenteditable", "draggable", "dropzone", "tabindex", "accesskey", "spellcheck", "hidden", "target", "rel", "autocomplete", "autosave"];

    private static readonly HtmlSanitizer Sanitizer = Create();

    public static string Clean(string? html) => string.IsNullOrWhiteSpace(html) ? "" : Sanitizer.Sanitize(html);

    /// <summary>The text of some HTML, paragraphs on their own lines (for diffs and snippets).</summary>
    public static string ToText(string? html)
    {
        if (string.IsNullOrEmpty(html))
        {
            return "";
        }
        var withBreaks = System.Text.RegularExpressions.Regex.Replace(html, @"</(p|div|li|h[1-6]|tr|table|ul|ol)>|<br\s*/?>", "\n", System.Text.RegularExpressions.RegexOptions.IgnoreCase);
        var noTags = System.Text.RegularExpressions.Regex.Replace(withBreaks, "<[^>]*>", "");
        var text = System.Net.WebUtility.HtmlDecode(noTags);
        return string.Join('\n', text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0));
    }

    private static HtmlSanitizer Create()
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedAttributes.Remove("style");
        // Presentation belongs to the site's stylesheet: fixed widths from Word break narrow screens.
        // Nor may body text become editable, take focus out of order or open windows that can reach back.
        foreach (var attribute in Presentational.Concat(Behavioural))
        {
            sanitizer.AllowedAttributes.Remove(attribute);
        }
        sanitizer.AllowedTags.Remove("img");
        // No forms in official pages: they could collect passwords or post elsewhere.
        foreach (var tag in new[] { "form", "input", "button", "select", "option", "optgroup", "textarea", "label", "fieldset", "legend", "datalist", "output" })
        {
            sanitizer.AllowedTags.Remove(tag);
        }
        sanitizer.AllowedSchemes.Clear();
        sanitizer.AllowedSchemes.Add("https");
        sanitizer.AllowedSchemes.Add("http");
        sanitizer.AllowedSchemes.Add("mailto");
        sanitizer.AllowedCssProperties.Clear();
        return sanitizer;
    }
}
