using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Gongkai.Text;

namespace Gongkai.Applications.Replies;

/// <summary>
/// The letter as a Word document an office can edit or print: A4 with the margins of official
/// documents (GB/T 9704), the title centred in 宋体, the text in 仿宋 with two-character indents, and
/// the body's name and the date at the bottom right.
/// </summary>
public static class LetterDocx
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private const string TitleFont = "宋体";
    private const string BodyFont = "仿宋";
    private const string LatinFont = "Times New Roman";

    public static byte[] Write(ReplyLetter letter, bool draft)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            document.PackageProperties.Title = letter.Title;
            var main = document.AddMainDocumentPart();
            var body = new Body();
            if (draft)
            {
                body.Append(Line("草稿，未经审批，不得送达", JustificationValues.Left, BodyFont, 24, bold: true));
            }
            body.Append(Line(letter.Title, JustificationValues.Center, TitleFont, 44, bold: true));
            var paragraphs = letter.Paragraphs;
            for (var i = 0; i < paragraphs.Count; i++)
            {
                // The addressee stands at the margin; every other paragraph is indented by two characters.
                body.Append(Line(paragraphs[i], JustificationValues.Both, BodyFont, 32, indent: i > 0));
            }
            body.Append(Line("", JustificationValues.Right, BodyFont, 32));
            body.Append(Line(letter.Signer, JustificationValues.Right, BodyFont, 32));
            body.Append(Line(letter.Date.Chinese(), JustificationValues.Right, BodyFont, 32));
            body.Append(new SectionProperties(
                new PageSize { Width = 11906U, Height = 16838U },
                new PageMargin { Top = 2098, Bottom = 1984, Left = 1588U, Right = 1474U, Header = 851U, Footer = 992U, Gutter = 0U }));
            main.Document = new Document(body);
            main.Document.Save();
        }
        return stream.ToArray();
    }

    /// <summary>
    /// One paragraph of one run, its properties in the order the schema requires; <paramref name="halfPoints"/>
    /// is Word's font size unit (32 = 三号, 44 = 二号).
    /// </summary>
    private static Paragraph Line(string text, JustificationValues alignment, string font, int halfPoints, bool bold = false, bool indent = false)
    {
        var size = halfPoints.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var run = new RunProperties(new RunFonts { Ascii = LatinFont, HighAnsi = LatinFont, EastAsia = font, Hint = FontTypeHintValues.EastAsia });
        if (bold)
        {
            run.Append(new Bold());
        }
        run.Append(new FontSize { Val = size }, new FontSizeComplexScript { Val = size }, new Languages { Val = "en-US", EastAsia = "zh-CN" });
        var properties = new ParagraphProperties(new SpacingBetweenLines { Line = "560", LineRule = LineSpacingRuleValues.Exact, Before = "0", After = "0" });
        if (indent)
        {
            properties.Append(new Indentation { FirstLineChars = 200 });
        }
        properties.Append(new Justification { Val = alignment });
        return new Paragraph(properties, new Run(run, new DocumentFormat.OpenXml.Wordprocessing.Text(text) { Space = SpaceProcessingModeValues.Preserve }));
    }
}
