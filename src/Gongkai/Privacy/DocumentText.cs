using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using UglyToad.PdfPig;
using S = DocumentFormat.OpenXml.Spreadsheet;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Gongkai.Privacy;

/// <summary>
/// The plain text of an attachment, for the privacy scanner: DOCX (body, tables, headers, footers,
/// notes and comments; a line per paragraph, a table row's cells separated by tabs), XLSX (every
/// sheet, hidden ones too; a line per row, cells separated by tabs), PDF (a line per page, words
/// joined by spaces) and UTF-8 CSV or TXT. Other types give an empty text: check them by hand.
/// </summary>
public static class DocumentText
{
    private static readonly string[] Extensions = [".docx", ".xlsx", ".pdf", ".csv", ".txt"];
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Whether the text of a file of this name can be extracted.</summary>
    public static bool CanExtract(string fileName) => Extensions.Contains(Path.GetExtension(fileName).ToLowerInvariant());

    /// <summary>Extracts the text; a damaged file throws <see cref="DocumentTextException"/> with a message for the user.</summary>
    public static string Extract(string fileName, Stream content)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentNullException.ThrowIfNull(content);
        var name = Path.GetFileName(fileName);
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        if (!Extensions.Contains(extension))
        {
            return "";
        }
        try
        {
            using var buffer = new MemoryStream();
            content.CopyTo(buffer);
            buffer.Position = 0;
            return extension switch
            {
                ".docx" => FromDocx(buffer),
                ".xlsx" => FromXlsx(buffer),
                ".pdf" => FromPdf(buffer.ToArray()),
                _ => FromText(buffer.ToArray()),
            };
        }
        catch (Exception ex) when (ex is not DocumentTextException)
        {
            throw new DocumentTextException(extension switch
            {
                ".docx" => $"无法读取 Word 文件“{name}”：文件已损坏，或不是 DOCX 格式。",
                ".xlsx" => $"无法读取 Excel 文件“{name}”：文件已损坏，或不是 XLSX 格式。",
                ".pdf" => $"无法读取 PDF 文件“{name}”：文件已损坏、已加密，或不是 PDF 格式。",
                _ => $"无法读取文本文件“{name}”：内容不是 UTF-8 编码的文本。",
            }, ex);
        }
    }

    private static string FromText(byte[] bytes)
    {
        ReadOnlySpan<byte> bom = [0xEF, 0xBB, 0xBF];
        var skip = bytes.AsSpan().StartsWith(bom) ? bom.Length : 0;
        return StrictUtf8.GetString(bytes, skip, bytes.Length - skip);
    }

    private static string FromPdf(byte[] bytes)
    {
        using var document = PdfDocument.Open(bytes);
        return string.Join('\n', document.GetPages().Select(page => string.Join(' ', page.GetWords().Select(word => word.Text))));
    }

    private static string FromDocx(Stream content)
    {
        using var document = WordprocessingDocument.Open(content, false);
        var main = document.MainDocumentPart ?? throw new InvalidDataException("The package has no main document part.");
        var lines = new List<string>();
        AddBlocks(main.Document?.Body, lines);
        foreach (var header in main.HeaderParts)
        {
            AddBlocks(header.Header, lines);
        }
        foreach (var footer in main.FooterParts)
        {
            AddBlocks(footer.Footer, lines);
        }
        AddBlocks(main.FootnotesPart?.Footnotes, lines);
        AddBlocks(main.EndnotesPart?.Endnotes, lines);
        AddBlocks(main.WordprocessingCommentsPart?.Comments, lines);
        return string.Join('\n', lines);
    }

    /// <summary>A line per paragraph and per table row, in document order, through content controls and other wrappers.</summary>
    private static void AddBlocks(OpenXmlElement? container, List<string> lines)
    {
        if (container is null)
        {
            return;
        }
        foreach (var element in container.ChildElements)
        {
            switch (element)
            {
                case W.Paragraph paragraph:
                    lines.Add(ParagraphText(paragraph));
                    break;
                case W.Table table:
                    foreach (var row in table.Descendants<W.TableRow>().Where(r => r.Ancestors<W.Table>().First() == table))
                    {
                        lines.Add(string.Join('\t', row.Descendants<W.TableCell>().Where(c => c.Ancestors<W.TableRow>().First() == row).Select(CellText)));
                    }
                    break;
                default:
                    AddBlocks(element, lines);
                    break;
            }
        }
    }

    private static string CellText(W.TableCell cell)
    {
        var lines = new List<string>();
        AddBlocks(cell, lines);
        return string.Join(' ', lines.Select(l => l.Replace('\t', ' ')));
    }

    private static string ParagraphText(W.Paragraph paragraph)
    {
        var text = new StringBuilder();
        foreach (var element in paragraph.Descendants())
        {
            switch (element)
            {
                case W.Text t:
                    text.Append(t.Text);
                    break;
                case W.DeletedText deleted:
                    text.Append(deleted.Text);
                    break;
                case W.NoBreakHyphen:
                    text.Append('-');
                    break;
                case W.TabChar or W.Break or W.CarriageReturn or W.Paragraph:
                    text.Append(' '); // a paragraph here is inside a text box
                    break;
            }
        }
        return text.ToString();
    }

    private static string FromXlsx(Stream content)
    {
        using var document = SpreadsheetDocument.Open(content, false);
        var workbook = document.WorkbookPart ?? throw new InvalidDataException("The package has no workbook part.");
        var shared = workbook.SharedStringTablePart?.SharedStringTable?.Elements<S.SharedStringItem>().Select(StringItemText).ToList() ?? [];
        var lines = new List<string>();
        foreach (var sheet in workbook.Workbook?.Sheets?.Elements<S.Sheet>() ?? [])
        {
            if (sheet.Id?.Value is not { } id || !workbook.TryGetPartById(id, out var part) || part is not WorksheetPart worksheet)
            {
                continue; // a chart sheet or a dangling reference: no cells
            }
            foreach (var row in worksheet.Worksheet?.Descendants<S.Row>() ?? [])
            {
                lines.Add(string.Join('\t', row.Elements<S.Cell>().Select(cell => ShownValue(cell, shared))));
            }
        }
        return string.Join('\n', lines);
    }

    /// <summary>What the cell holds as text: shared and inline strings resolved, numbers as stored (no number format applied).</summary>
    private static string ShownValue(S.Cell cell, List<string> shared)
    {
        var raw = cell.CellValue?.Text ?? "";
        var type = cell.DataType?.Value;
        if (type == S.CellValues.SharedString)
        {
            return int.TryParse(raw, out var index) && index >= 0 && index < shared.Count ? shared[index] : "";
        }
        if (type == S.CellValues.InlineString)
        {
            return cell.InlineString is { } inline ? StringItemText(inline) : raw;
        }
        if (type == S.CellValues.Boolean)
        {
            return raw == "1" ? "TRUE" : "FALSE";
        }
        return raw;
    }

    /// <summary>A rich or plain string's text, without its phonetic guide (pinyin or furigana) runs.</summary>
    private static string StringItemText(OpenXmlElement item) =>
        string.Concat(item.Descendants<S.Text>().Where(t => t.Parent is not S.PhoneticRun).Select(t => t.Text));
}

/// <summary>A file whose text cannot be read; the message says so in words for the user.</summary>
public sealed class DocumentTextException(string message, Exception? innerException) : Exception(message, innerException);
