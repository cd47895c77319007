using Gongkai.Bodies;
using Gongkai.Review;
using Gongkai.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gongkai.Guides;

/// <summary>
/// A new text proposed for a body's disclosure guide, with a note of what changed. It goes through
/// the same review chain as items (<see cref="ReviewableProposal"/>); once published it becomes
/// the body's next <see cref="GuideVersion"/>, and until then the public sees the current one.
/// </summary>
public sealed class GuideProposal : ReviewableProposal
{
    public const int ContentMaxLength = 200_000;
    public const int NoteMaxLength = 500;
    public const string ContentField = "ContentHtml";
    public const string NoteField = "ChangeNote";

    private GuideProposal() { }

    private GuideProposal(int bodyId, int? basedOnNumber, int userId, DateTimeOffset now) : base(bodyId, userId, now)
    {
        BasedOnNumber = basedOnNumber;
    }

    /// <summary>Starts a draft; <paramref name="basedOnNumber"/> is the published version it starts from (none for a first guide).</summary>
    public static GuideProposal Draft(int bodyId, int? basedOnNumber, string contentHtml, string changeNote, int userId, DateTimeOffset now)
    {
        var proposal = new GuideProposal(bodyId, basedOnNumber, userId, now);
        proposal.SetText(contentHtml, changeNote, userId, now);
        return proposal;
    }

    public int? BasedOnNumber { get; private set; }
    /// <summary>Sanitised HTML.</summary>
    public string ContentHtml { get; private set; } = "";
    /// <summary>What changed, in the drafter's words; shown with the version in the public history.</summary>
    public string ChangeNote { get; private set; } = "";
    /// <summary>The version number it became, once published.</summary>
    public int? PublishedNumber { get; private set; }

    /// <summary>What makes a text or note unacceptable, by form field, in Chinese; empty when both are fine.</summary>
    public static IReadOnlyDictionary<string, string> Problems(string? contentHtml, string? changeNote)
    {
        var problems = new Dictionary<string, string>();
        var clean = HtmlCleaner.Clean(contentHtml);
        if (HtmlCleaner.ToText(clean).Length == 0)
        {
            problems[ContentField] = "请填写指南正文。";
        }
        else if (clean.Length > ContentMaxLength)
        {
            problems[ContentField] = $"指南正文过长：最多 {ContentMaxLength} 个字符。";
        }
        if (string.IsNullOrWhiteSpace(changeNote))
        {
            problems[NoteField] = "请说明这次修改了什么（将显示在历史版本中）。";
        }
        else if (changeNote.Trim().Length > NoteMaxLength)
        {
            problems[NoteField] = $"修改说明过长：最多 {NoteMaxLength} 个字。";
        }
        return problems;
    }

    public void Edit(string contentHtml, string changeNote, int userId, DateTimeOffset now)
    {
        EnsureEditing();
        SetText(contentHtml, changeNote, userId, now);
    }

    /// <summary>The confidentiality reviewer masks personal data in the text (the only change allowed during review).</summary>
    public void ReplaceDuringReview(string maskedHtml, DateTimeOffset now)
    {
        EnsureMaskingAllowed();
        if (Problems(maskedHtml, ChangeNote).Values.FirstOrDefault() is { } problem)
        {
            throw new InvalidOperationException(problem);
        }
        ContentHtml = maskedHtml;
        Touch(now);
    }

    /// <summary>Publishes the approved text as version <paramref name="number"/> of the body's guide.</summary>
    public GuideVersion PublishAs(Body body, int number, DateTimeOffset now)
    {
        EnsureDue(now);
        if (body.Id != BodyId)
        {
            throw new InvalidOperationException("指南稿只能发布到它所属的机构。");
        }
        if (number < 1 || number <= (BasedOnNumber ?? 0))
        {
            throw new InvalidOperationException("指南的新版本号必须大于现行版本号。");
        }
        var version = new GuideVersion(body, number, ContentHtml, now, ChangeNote);
        PublishedNumber = number;
        MarkPublished(now);
        return version;
    }

    private void SetText(string contentHtml, string changeNote, int userId, DateTimeOffset now)
    {
        if (Problems(contentHtml, changeNote).Values.FirstOrDefault() is { } problem)
        {
            throw new InvalidOperationException(problem);
        }
        ContentHtml = HtmlCleaner.Clean(contentHtml);
        ChangeNote = changeNote.Trim();
        RecordEditor(userId);
        Touch(now);
    }
}

internal sealed class GuideProposalConfiguration : IEntityTypeConfiguration<GuideProposal>
{
    public void Configure(EntityTypeBuilder<GuideProposal> b)
    {
        b.Property(x => x.ContentHtml).HasMaxLength(GuideProposal.ContentMaxLength).HasColumnName("GuideHtml");
        // Shares the column of an item revision's note: both say what changed.
        b.Property(x => x.ChangeNote).HasMaxLength(GuideProposal.NoteMaxLength).HasColumnName("Note");
    }
}
