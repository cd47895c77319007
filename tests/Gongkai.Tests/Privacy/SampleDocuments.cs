using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using S = DocumentFormat.OpenXml.Spreadsheet;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Gongkai.Tests.Privacy;

/// <summary>Small DOCX, XLSX and PDF files made in the test, each holding personal data.</summary>
internal static class SampleDocuments
{
    /// <summary>The text <see cref="Docx"/> gives.</summary>
    public const string DocxText =
        "关于最低生活保障对象的公示\n" +
        "户主张某某，身份证号 11010519491231002X。\n" +
        "姓名\t电话\t备注\n" +
        "李四\t13800138000\t一组 常住\n" +
        "联系人 王五 电话\n" +
        "页眉：民政办 13900139000";

    public static byte[] Docx()
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new W.Document(new W.Body(
                Paragraph("关于最低生活保障对象的公示"),
                new W.Paragraph(
                    new W.Run(new W.Text("户主张某某，身份证号 ") { Space = SpaceProcessingModeValues.Preserve }),
                    new W.Run(new W.Text("11010519491231002X")),
                    new W.Run(new W.Text("。"))),
                new W.Table(
                    Row(Cell(Paragraph("姓名")), Cell(Paragraph("电话")), Cell(Paragraph("备注"))),
                    Row(Cell(Paragraph("李四")), Cell(Paragraph("13800138000")), Cell(Paragraph("一组"), Paragraph("常住")))),
                new W.Paragraph(new W.Run(new W.Text("联系人"), new W.TabChar(), new W.Text("王五"), new W.Break(), new W.Text("电话"))),
                new W.SectionProperties()));
            var header = main.AddNewPart<HeaderPart>();
            header.Header = new W.Header(Paragraph("页眉：民政办 13900139000"));
        }
        return stream.ToArray();

        static W.Paragraph Paragraph(string text) => new(new W.Run(new W.Text(text) { Space = SpaceProcessingModeValues.Preserve }));
        static W.TableRow Row(params W.TableCell[] cells) => new(cells);
        static W.TableCell Cell(params W.Paragraph[] paragraphs) => new(paragraphs);
    }

    /// <summary>The text <see cref="Xlsx"/> gives.</summary>
    public const string XlsxText =
        "姓名\t身份证号\t电话\t已发放\n" +
        "张某某\t11010519491231002X\t13800138000\tTRUE\n" +
        "北京\t\t\tFALSE\n" +
        "合计\t3.5";

    public static byte[] Xlsx()
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new S.Workbook();
            var strings = workbook.AddNewPart<SharedStringTablePart>();
            strings.SharedStringTable = new S.SharedStringTable(
                new S.SharedStringItem(new S.Text("姓名")),
                new S.SharedStringItem(new S.Text("身份证号")),
                new S.SharedStringItem(new S.Run(new S.Text("张")), new S.Run(new S.Text("某某"))),
                new S.SharedStringItem(new S.Text("北京"), new S.PhoneticRun(new S.Text("ベイジン")) { BaseTextStartIndex = 0, EndingBaseIndex = 2 }));

            var list = workbook.AddNewPart<WorksheetPart>();
            list.Worksheet = new S.Worksheet(new S.SheetData(
                new S.Row(Shared("A1", 0), Shared("B1", 1), Inline("C1", "电话"), Inline("D1", "已发放")),
                new S.Row(Shared("A2", 2), Inline("B2", "11010519491231002X"), Number("C2", "13800138000"), Boolean("D2", true)),
                new S.Row(Shared("A3", 3), new S.Cell { CellReference = "B3" }, Inline("C3", ""), Boolean("D3", false))));
            var totals = workbook.AddNewPart<WorksheetPart>();
            totals.Worksheet = new S.Worksheet(new S.SheetData(
                new S.Row(Inline("A1", "合计"), Number("B1", 3.5.ToString(CultureInfo.InvariantCulture)))));

            workbook.Workbook.AppendChild(new S.Sheets(
                new S.Sheet { Id = workbook.GetIdOfPart(list), SheetId = 1, Name = "名单" },
                new S.Sheet { Id = workbook.GetIdOfPart(totals), SheetId = 2, Name = "合计", State = S.SheetStateValues.Hidden }));
        }
        return stream.ToArray();

        static S.Cell Shared(string reference, int index) => new() { CellReference = reference, DataType = S.CellValues.SharedString, CellValue = new S.CellValue(index.ToString(CultureInfo.InvariantCulture)) };
        static S.Cell Inline(string reference, string text) => new() { CellReference = reference, DataType = S.CellValues.InlineString, InlineString = new S.InlineString(new S.Text(text)) };
        static S.Cell Number(string reference, string value) => new() { CellReference = reference, CellValue = new S.CellValue(value) };
        static S.Cell Boolean(string reference, bool value) => new() { CellReference = reference, DataType = S.CellValues.Boolean, CellValue = new S.CellValue(value ? "1" : "0") };
    }

    /// <summary>
    /// A minimal PDF written by hand: a page per text, ASCII text in Helvetica (one of the standard
    /// fonts every reader knows), with a correct cross-reference table.
    /// </summary>
    public static byte[] Pdf(params string[] pageTexts)
    {
        var objects = new List<string>
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            $"<< /Type /Pages /Kids [{string.Join(' ', pageTexts.Select((_, i) => $"{4 + 2 * i} 0 R"))}] /Count {pageTexts.Length} >>",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        };
        for (var i = 0; i < pageTexts.Length; i++)
        {
            var content = $"BT /F1 12 Tf 72 720 Td ({pageTexts[i]}) Tj ET";
            objects.Add($"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents {5 + 2 * i} 0 R >>");
            objects.Add($"<< /Length {content.Length} >>\nstream\n{content}\nendstream");
        }

        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(pdf.Length); // ASCII only: characters are bytes
            pdf.Append(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }
        var xref = pdf.Length;
        pdf.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            pdf.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }
        pdf.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(pdf.ToString());
    }
}
