using Gongkai.Items;
using Gongkai.Privacy;

namespace Gongkai.Applications.Replies;

public enum ReplyStatus
{
    /// <summary>Being written by a handler; also a draft the office head returned.</summary>
    Draft = 1,
    /// <summary>Submitted; waits for the disclosure-office head.</summary>
    Pending = 2,
    /// <summary>Approved and issued: the applicant may download it.</summary>
    Approved = 3,
}

/// <summary>What a handler fills in: the outcome, its legal basis and the letter. Blank withheld-part rows are left out before.</summary>
public sealed record ReplyDraft(string? OutcomeCode, string? LegalBasis, string? Reason, string? OtherBody, IReadOnlyList<WithheldPartDraft> WithheldParts, string? LetterHtml);

public sealed record WithheldPartDraft(string? Description, string? GroundCode, string? Reason);

/// <summary>A rule the draft breaks, with the form field it concerns.</summary>
public sealed record ReplyProblem(string Field, string Message);

/// <summary>
/// The reply to an application (Arts. 36–37): one outcome code of the annual report with its legal
/// basis, for a partial disclosure the withheld parts each with a （三） ground and a reason, the letter
/// (告知书) as sanitised HTML, and the disclosed files. One per application (keyed by it); a draft the
/// office head returns is edited and submitted again (<see cref="Round"/> counts the submissions, the
/// application's event log keeps each return with its reason).
/// </summary>
public class ApplicationReply
{
    public const int BasisMaxLength = 500;
    public const int ReasonMaxLength = 4000;
    public const int OtherBodyMaxLength = 200;
    public const int PartDescriptionMaxLength = 500;
    public const int PartReasonMaxLength = 2000;
    public const int LetterMaxLength = 200_000;

    private ApplicationReply() { }

    public ApplicationReply(DisclosureApplication application, ReplyDraft draft, ApplicationActor drafter, DateTimeOffset now)
    {
        Application = application;
        ApplicationId = application.Id;
        Status = ReplyStatus.Draft;
        Apply(draft, drafter, now);
    }

    /// <summary>The application's id: the key, so there is one reply per application.</summary>
    public int ApplicationId { get; private set; }
    public DisclosureApplication Application { get; private set; } = null!;
    public ReplyStatus Status { get; private set; }
    public string OutcomeCode { get; private set; } = "";
    public string LegalBasis { get; private set; } = "";
    /// <summary>Why the information is withheld (required for （三）), or what else the applicant is told.</summary>
    public string? Reason { get; private set; }
    /// <summary>For （四）1: the body responsible for the information, named to the applicant.</summary>
    public string? OtherBody { get; private set; }
    public string LetterHtml { get; private set; } = "";
    /// <summary>How many times the reply has been submitted for approval.</summary>
    public int Round { get; private set; }
    public int? DraftedByUserId { get; private set; }
    public string DraftedByName { get; private set; } = "";
    public DateTimeOffset UpdatedAt { get; private set; }
    public int? ApprovedByUserId { get; private set; }
    public string? ApprovedByName { get; private set; }
    /// <summary>The date the letter bears: the day of approval.</summary>
    public DateOnly? IssuedOn { get; private set; }
    /// <summary>The draft item made from this reply for proactive disclosure (Art. 44).</summary>
    public int? ProactiveItemId { get; private set; }
    public DisclosureItem? ProactiveItem { get; private set; }
    /// <summary>Incremented by every change; two people acting at once are told, not overwritten.</summary>
    public int Revision { get; private set; }

    public List<WithheldPart> WithheldParts { get; } = [];
    public List<ReplyFile> Files { get; } = [];
    public List<ReplyPrivacyNote> PrivacyNotes { get; } = [];

    public Outcome Outcome => Outcome.Get(OutcomeCode);

    public bool IsEditable => Status == ReplyStatus.Draft;

    /// <summary>The outcomes a reply may give: all but the two lapses, which close an application without a reply.</summary>
    public static bool Offers(Outcome outcome) => outcome != Outcome.NoCorrection && outcome != Outcome.FeeUnpaid;

    /// <summary>Only a disclosure hands over files, and only a disclosure can become proactive disclosure (Art. 44).</summary>
    public static bool Discloses(Outcome outcome) => outcome == Outcome.Disclosed || outcome == Outcome.Partial;

    /// <summary>The rules a draft must meet, each with its field; empty when it may be saved.</summary>
    public static IReadOnlyList<ReplyProblem> Problems(ReplyDraft draft)
    {
        var problems = new List<ReplyProblem>();
        void Check(bool ok, string field, string message)
        {
            if (!ok)
            {
                problems.Add(new ReplyProblem(field, message));
            }
        }
        var outcome = Outcome.Find(draft.OutcomeCode);
        Check(outcome is not null, "OutcomeCode", "请选择办理结果。");
        Check(outcome is null || Offers(outcome), "OutcomeCode", "逾期不补正、逾期未缴费由申请详情页登记终止办理，不在此出具答复。");
        Check(!string.IsNullOrWhiteSpace(draft.LegalBasis), "LegalBasis", "请写明答复的法律依据。");
        Check(Length(draft.LegalBasis) <= BasisMaxLength, "LegalBasis", $"法律依据最多 {BasisMaxLength} 个字。");
        Check(Length(draft.Reason) <= ReasonMaxLength, "Reason", $"理由最多 {ReasonMaxLength} 个字。");
        Check(Length(draft.OtherBody) <= OtherBodyMaxLength, "OtherBody", $"负责公开的机关名称最多 {OtherBodyMaxLength} 个字。");
        if (outcome is { IsWithholding: true })
        {
            Check(!string.IsNullOrWhiteSpace(draft.Reason), "Reason", "不予公开须说明理由（条例第三十六条第（三）项）。");
        }
        if (outcome?.Code == "6.3")
        {
            Check(!string.IsNullOrWhiteSpace(draft.Reason), "Reason", "“其他处理”须写明处理情况。");
        }
        if (outcome == Outcome.Partial)
        {
            Check(draft.WithheldParts.Count > 0, "Parts_0__Description", "部分公开须逐项列明不予公开的内容，至少一项（条例第三十七条）。");
            for (var i = 0; i < draft.WithheldParts.Count; i++)
            {
                var part = draft.WithheldParts[i];
                var n = i + 1;
                Check(!string.IsNullOrWhiteSpace(part.Description), $"Parts_{i}__Description", $"请写明第 {n} 项不予公开的内容。");
                Check(Length(part.Description) <= PartDescriptionMaxLength, $"Parts_{i}__Description", $"第 {n} 项的内容最多 {PartDescriptionMaxLength} 个字。");
                Check(Outcome.Find(part.GroundCode) is { IsWithholding: true }, $"Parts_{i}__GroundCode", $"第 {n} 项的不予公开依据须是条例规定的（三）类情形之一。");
                Check(!string.IsNullOrWhiteSpace(part.Reason), $"Parts_{i}__Reason", $"请写明第 {n} 项不予公开的理由。");
                Check(Length(part.Reason) <= PartReasonMaxLength, $"Parts_{i}__Reason", $"第 {n} 项的理由最多 {PartReasonMaxLength} 个字。");
            }
        }
        Check(Text.HtmlCleaner.ToText(Text.HtmlCleaner.Clean(draft.LetterHtml)).Length > 0, "LetterText", "告知书正文为空：请按所选结果生成，或直接填写。");
        Check(Length(draft.LetterHtml) <= LetterMaxLength, "LetterText", "告知书正文过长。");
        return problems;
    }

    /// <summary>Saves a new text of a draft (a returned one too). Withheld parts are kept only for a partial disclosure, the other body only for （四）1.</summary>
    public void Edit(ReplyDraft draft, ApplicationActor by, DateTimeOffset now)
    {
        Require(IsEditable, Status == ReplyStatus.Pending ? "答复已提交审批，退回后才能修改。" : "答复已审批，不能再修改。");
        Apply(draft, by, now);
    }

    public void AddFile(ReplyFile file, DateTimeOffset now)
    {
        Require(IsEditable, "只有草稿可以增加文件。");
        Files.Add(file);
        Touch(now);
    }

    public void RemoveFile(ReplyFile file, DateTimeOffset now)
    {
        Require(IsEditable, "只有草稿可以删除文件。");
        Require(Files.Remove(file), "该文件不在这份答复中。");
        Touch(now);
    }

    /// <summary>Masks one piece of personal data in the letter: the drafter while writing, the office head while deciding.</summary>
    public void MaskInLetter(Finding finding, DateTimeOffset now)
    {
        Require(Status != ReplyStatus.Approved, "答复已审批，不能再修改。");
        LetterHtml = Masking.MaskOne(LetterHtml, finding);
        Touch(now);
    }

    /// <summary>Keeps a piece of personal data, with a written reason (the applicant's own data, a name the law requires …).</summary>
    public void Justify(string field, Finding finding, string? justification, ApplicationActor by, DateTimeOffset now)
    {
        Require(Status != ReplyStatus.Approved, "答复已审批，不能再修改。");
        Require(!string.IsNullOrWhiteSpace(justification), "保留个人信息须书面说明理由。");
        Require(justification!.Trim().Length <= 2000, "理由最多 2000 个字。");
        PrivacyNotes.Add(new ReplyPrivacyNote(field, finding.Text, finding.Kind, justification.Trim(), by, now));
        Touch(now);
    }

    // The steps below are taken through DisclosureApplication, which keeps the event log.

    internal void Submit(DateTimeOffset now)
    {
        Require(IsEditable, "答复已提交审批。");
        Require(Problems(Current).Count == 0, string.Join(" ", Problems(Current).Select(p => p.Message)));
        Require(Files.Count == 0 || Discloses(Outcome), "只有予以公开或部分公开的答复可以附公开的文件：请删除文件，或更改办理结果。");
        Status = ReplyStatus.Pending;
        Round++;
        Touch(now);
    }

    internal void Return(DateTimeOffset now)
    {
        Require(Status == ReplyStatus.Pending, "没有待审批的答复。");
        Status = ReplyStatus.Draft;
        Touch(now);
    }

    internal void Approve(ApplicationActor officeHead, int unresolvedFindings, DateTimeOffset now)
    {
        Require(Status == ReplyStatus.Pending, "没有待审批的答复。");
        Require(unresolvedFindings == 0, $"还有 {unresolvedFindings} 处个人信息未处理：请遮盖告知书中的个人信息，或逐项书面说明保留理由后再审批。");
        Status = ReplyStatus.Approved;
        ApprovedByUserId = officeHead.UserId;
        ApprovedByName = officeHead.Name;
        IssuedOn = Text.ChinaTime.ChinaDate(now);
        Touch(now);
    }

    internal void BecameProactive(DisclosureItem draft, DateTimeOffset now)
    {
        Require(Status == ReplyStatus.Approved && Discloses(Outcome), "只有已作出的予以公开或部分公开的答复可以转为主动公开。");
        Require(ProactiveItemId is null && ProactiveItem is null, "这份答复已经转为主动公开。");
        ProactiveItem = draft;
        Touch(now);
    }

    private ReplyDraft Current => new(OutcomeCode, LegalBasis, Reason, OtherBody,
        [.. WithheldParts.Select(p => new WithheldPartDraft(p.Description, p.GroundCode, p.Reason))], LetterHtml);

    private void Apply(ReplyDraft draft, ApplicationActor by, DateTimeOffset now)
    {
        var problems = Problems(draft);
        Require(problems.Count == 0, string.Join(" ", problems.Select(p => p.Message)));
        var outcome = Outcome.Get(draft.OutcomeCode!);
        OutcomeCode = outcome.Code;
        LegalBasis = draft.LegalBasis!.Trim();
        Reason = Blank(draft.Reason);
        OtherBody = outcome.Code == "4.1" ? Blank(draft.OtherBody) : null;
        LetterHtml = Text.HtmlCleaner.Clean(draft.LetterHtml);
        WithheldParts.Clear();
        if (outcome == Outcome.Partial)
        {
            WithheldParts.AddRange(draft.WithheldParts.Select((p, i) => new WithheldPart(i + 1, p.Description!.Trim(), p.GroundCode!, p.Reason!.Trim())));
        }
        DraftedByUserId = by.UserId;
        DraftedByName = by.Name;
        Touch(now);
    }

    private void Touch(DateTimeOffset now)
    {
        UpdatedAt = now;
        Revision++;
    }

    private static int Length(string? text) => text?.Trim().Length ?? 0;

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new InvalidOperationException(message);
        }
    }
}

/// <summary>A part of a partial disclosure that is withheld, on one of the eight （三） grounds, with the reason the applicant is given.</summary>
public class WithheldPart
{
    private WithheldPart() { }

    internal WithheldPart(int number, string description, string groundCode, string reason)
    {
        Number = number;
        Description = description;
        GroundCode = groundCode;
        Reason = reason;
    }

    public int Id { get; private set; }
    public int ApplicationId { get; private set; }
    /// <summary>1, 2, 3 … in the letter's order.</summary>
    public int Number { get; private set; }
    public string Description { get; private set; } = "";
    /// <summary>An <see cref="Outcome.Code"/> of group （三）: "3.1" … "3.8".</summary>
    public string GroundCode { get; private set; } = "";
    public string Reason { get; private set; } = "";

    public Outcome Ground => Outcome.Get(GroundCode);
}

/// <summary>A file handed to the applicant with the reply. The bytes live in the file store under <see cref="StorageKey"/>.</summary>
public class ReplyFile
{
    private ReplyFile() { }

    public ReplyFile(string fileName, string contentType, long length, string storageKey, string sha256, DateTimeOffset uploadedAt)
    {
        FileName = fileName;
        ContentType = contentType;
        Length = length;
        StorageKey = storageKey;
        Sha256 = sha256;
        UploadedAt = uploadedAt;
    }

    /// <summary>Through the same intake as item attachments: checked by content and size, then stored.</summary>
    public static ReplyFile From(Attachment accepted) =>
        new(accepted.FileName, accepted.ContentType, accepted.Length, accepted.StorageKey, accepted.Sha256, accepted.UploadedAt);

    public int Id { get; private set; }
    public int ApplicationId { get; private set; }
    public string FileName { get; private set; } = "";
    public string ContentType { get; private set; } = "";
    public long Length { get; private set; }
    public string StorageKey { get; private set; } = "";
    public string Sha256 { get; private set; } = "";
    public DateTimeOffset UploadedAt { get; private set; }

    public string KindName => Files.FileKinds.NameOf(FileName);
}

/// <summary>Personal data the privacy guard found in the letter or a file and staff kept, with their written reason.</summary>
public class ReplyPrivacyNote
{
    private ReplyPrivacyNote() { }

    internal ReplyPrivacyNote(string field, string text, FindingKind kind, string justification, ApplicationActor by, DateTimeOffset at)
    {
        Field = field;
        Text = text;
        Kind = kind;
        Justification = justification;
        UserId = by.UserId;
        UserName = by.Name;
        At = at;
    }

    public int Id { get; private set; }
    public int ApplicationId { get; private set; }
    /// <summary>Where it was found: 告知书, or 文件：name.</summary>
    public string Field { get; private set; } = "";
    public string Text { get; private set; } = "";
    public FindingKind Kind { get; private set; }
    public string Justification { get; private set; } = "";
    public int? UserId { get; private set; }
    public string UserName { get; private set; } = "";
    public DateTimeOffset At { get; private set; }
}
