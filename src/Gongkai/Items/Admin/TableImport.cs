using System.Net;
using System.Text;
using Gongkai.Privacy;

namespace Gongkai.Items.Admin;

/// <summary>
/// Turns an uploaded CSV or XLSX file into an accessible HTML table (caption, column headers,
/// the first cell of each row as its header) to put in the body; the file itself is kept as an attachment.
/// </summary>
public static class TableImport
{
    public const int MaxRows = 2000;

    public static bool CanImport(string fileName) => Path.GetExtension(fileName).ToLowerInvariant() is ".csv" or ".xlsx";

    /// <summary>The table's HTML, or a Chinese reason why the file cannot be shown as a table.</summary>
    public static (string? Html, string? Problem) ToHtml(string fileName, Stream content)
    {
        List<string[]> rows;
        try
        {
            var text = DocumentText.Extract(fileName, content);
            rows = Path.GetExtension(fileName).Equals(".csv", StringComparison.OrdinalIgnoreCase) ? ParseCsv(text) : text.Split('\n').Select(l => l.TrimEnd('\r').Split('\t')).ToList();
        }
        catch (DocumentTextException e)
        {
            return (null, e.Message);
        }
        rows = rows.Where(r => r.Any(c => !string.IsNullOrWhiteSpace(c))).ToList();
        if (rows.Count < 2)
        {
            return (null, $"表格文件“{fileName}”至少需要一行表头和一行数据。");
        }
        if (rows.Count > MaxRows)
        {
            return (null, $"表格文件“{fileName}”有 {rows.Count} 行，超过 {MaxRows} 行的上限：请作为附件上传。");
        }
        var width = rows.Max(r => r.Length);
        var html = new StringBuilder();
        html.Append("<table><caption>").Append(WebUtility.HtmlEncode(Path.GetFileNameWithoutExtension(fileName))).Append("</caption><thead><tr>");
        foreach (var cell in Pad(rows[0], width))
        {
            html.Append("<th scope=\"col\">").Append(WebUtility.HtmlEncode(cell.Trim())).Append("</th>");
        }
        html.Append("</tr></thead><tbody>");
        foreach (var row in rows.Skip(1))
        {
            html.Append("<tr>");
            var cells = Pad(row, width);
            for (var c = 0; c < cells.Length; c++)
            {
                var tag = c == 0 ? "th scope=\"row\"" : "td";
                html.Append('<').Append(tag).Append('>').Append(WebUtility.HtmlEncode(cells[c].Trim())).Append("</").Append(c == 0 ? "th" : "td").Append('>');
            }
            html.Append("</tr>");
        }
        html.Append("</tbody></table>");
        return (html.ToString(), null);
    }

    private static string[] Pad(string[] row, int width) => row.Length >= width ? row : [.. row, .. Enumerable.Repeat("", width - row.Length)];

    /// <summary>RFC 4180 CSV: quoted fields may hold commas, quotes ("") and line breaks.</summary>
    public static List<string[]> ParseCsv(string text)
    {
        var rows = new List<string[]>();
        var row = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.Append(c);
                }
            }
            else if (c == '"' && cell.Length == 0)
            {
                quoted = true;
            }
            else if (c is ',' or '，' && !quoted)
            {
                row.Add(cell.ToString());
                cell.Clear();
            }
            else if (c == '\n')
            {
                row.Add(cell.ToString());
                cell.Clear();
                rows.Add([.. row]);
                row.Clear();
            }
            else if (c != '\r')
            {
                cell.Append(c);
            }
        }
        if (cell.Length > 0 || row.Count > 0)
        {
            row.Add(cell.ToString());
            rows.Add([.. row]);
        }
        return rows;
    }
}
