using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Gongkai.Applications.Replies;

namespace Gongkai.Tests.Applications.Replies;

/// <summary>The Word document of a letter: valid, A4, Chinese fonts, the signature and date at the right.</summary>
public class LetterDocxTests
{
    private static readonly ReplyLetter Letter = new(ReplyLetters.Title,
        "<p>王小明：</p><p>本机关于2025年9月26日收到您的申请。</p><ul><li>第一项</li></ul><p>依据《中华人民共和国政府信息公开条例》第三十七条。</p>",
        "示范市残疾人联合会", new DateOnly(2025, 10, 23));

    private static WordprocessingDocument Open(byte[] bytes) => WordprocessingDocument.Open(new MemoryStream(bytes), false);

    [Fact]
    public void The_document_is_valid_and_holds_the_letter_paragraph_by_paragraph()
    {
        using var doc = Open(LetterDocx.Write(Letter, draft: false));

        Assert.Empty(new OpenXmlValidator().Validate(doc));
        var paragraphs = doc.MainDocumentPart!.Document!.Body!.Elements<Paragraph>().Select(p => p.InnerText).ToList();
        Assert.Equal(["政府信息公开申请答复告知书", "王小明：", "本机关于2025年9月26日收到您的申请。", "第一项", "依据《中华人民共和国政府信息公开条例》第三十七条。", "", "示范市残疾人联合会", "2025年10月23日"], paragraphs);
        Assert.Equal("政府信息公开申请答复告知书", doc.PackageProperties.Title);
    }

    [Fact]
    public void The_layout_is_an_official_letter_on_A4()
    {
        using var doc = Open(LetterDocx.Write(Letter, draft: false));
        var body = doc.MainDocumentPart!.Document!.Body!;
        var paragraphs = body.Elements<Paragraph>().ToList();

        var size = body.GetFirstChild<SectionProperties>()!.GetFirstChild<PageSize>()!;
        Assert.Equal((11906U, 16838U), (size.Width!.Value, size.Height!.Value));
        Assert.Equal(JustificationValues.Center, paragraphs[0].ParagraphProperties!.Justification!.Val!.Value);
        Assert.Equal(JustificationValues.Right, paragraphs[^1].ParagraphProperties!.Justification!.Val!.Value);
        Assert.Equal(JustificationValues.Right, paragraphs[^2].ParagraphProperties!.Justification!.Val!.Value);
        Assert.Null(paragraphs[1].ParagraphProperties!.Indentation);
        Assert.Equal(200, paragraphs[2].ParagraphProperties!.Indentation!.FirstLineChars!.Value);
        Assert.Equal("宋体", paragraphs[0].Descendants<RunFonts>().Single().EastAsia!.Value);
        Assert.All(paragraphs.Skip(1), p => Assert.Equal("仿宋", p.Descendants<RunFonts>().Single().EastAsia!.Value));
    }

    [Fact]
    public void A_draft_says_so_at_the_top()
    {
        using var doc = Open(LetterDocx.Write(Letter, draft: true));

        Assert.StartsWith("草稿，未经审批", doc.MainDocumentPart!.Document!.Body!.Elements<Paragraph>().First().InnerText);
    }
}
