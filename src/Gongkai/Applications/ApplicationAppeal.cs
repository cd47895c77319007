namespace Gongkai.Applications;

/// <summary>The three kinds of the annual report's table 四.</summary>
public enum AppealKind
{
    /// <summary>行政复议.</summary>
    Reconsideration = 1,
    /// <summary>行政诉讼，未经复议直接起诉.</summary>
    DirectLitigation = 2,
    /// <summary>行政诉讼，复议后起诉.</summary>
    LitigationAfterReconsideration = 3,
}

/// <summary>The results of table 四, in its column order.</summary>
public enum AppealResult
{
    Upheld = 1,
    Corrected = 2,
    Other = 3,
    Pending = 4,
}

/// <summary>
/// An administrative reconsideration or lawsuit against the handling of an application (domain.md §5):
/// recorded when filed, its result once the reviewing organ or court decides. A lawsuit after
/// reconsideration refers to the reconsideration of the same application it follows.
/// </summary>
public class ApplicationAppeal
{
    public const int OrganMaxLength = 100;
    public const int CaseNumberMaxLength = 100;
    public const int NoteMaxLength = 1000;

    private ApplicationAppeal() { }

    public static ApplicationAppeal File(DisclosureApplication application, AppealKind kind, DateOnly filedOn, string organ,
        string? caseNumber, string? note, ApplicationAppeal? reconsideration, DateOnly today)
    {
        Require(Enum.IsDefined(kind), "请选择复议或诉讼的类型。");
        Require(filedOn <= today, "提起日期不能晚于今天。");
        var submitted = Text.ChinaTime.ChinaDate(application.SubmittedAt);
        Require(filedOn >= submitted, $"提起日期不能早于申请提交之日（{submitted:yyyy-MM-dd}）。");
        Require(!string.IsNullOrWhiteSpace(organ), kind == AppealKind.Reconsideration ? "请填写复议机关。" : "请填写受理法院。");
        Require(organ.Trim().Length <= OrganMaxLength, $"复议机关或法院名称最多 {OrganMaxLength} 个字符。");
        Require(caseNumber is null || caseNumber.Trim().Length <= CaseNumberMaxLength, $"案号最多 {CaseNumberMaxLength} 个字符。");
        Require(note is null || note.Trim().Length <= NoteMaxLength, $"备注最多 {NoteMaxLength} 个字符。");
        if (kind == AppealKind.LitigationAfterReconsideration)
        {
            Require(reconsideration is { Kind: AppealKind.Reconsideration } && reconsideration.Concerns(application),
                "复议后起诉须关联本申请的行政复议。");
            Require(filedOn >= reconsideration!.FiledOn, $"起诉日期不能早于行政复议提起之日（{reconsideration.FiledOn:yyyy-MM-dd}）。");
        }
        else
        {
            Require(reconsideration is null, "只有复议后起诉才关联行政复议。");
        }
        return new ApplicationAppeal
        {
            Application = application,
            ApplicationId = application.Id,
            Kind = kind,
            FiledOn = filedOn,
            Organ = organ.Trim(),
            CaseNumber = Blank(caseNumber),
            Note = Blank(note),
            Reconsideration = reconsideration,
            ReconsiderationId = reconsideration?.Id,
            Result = AppealResult.Pending,
        };
    }

    public int Id { get; private set; }
    public int ApplicationId { get; private set; }
    public DisclosureApplication Application { get; private set; } = null!;
    public AppealKind Kind { get; private set; }
    public DateOnly FiledOn { get; private set; }
    /// <summary>The reconsideration organ or the court.</summary>
    public string Organ { get; private set; } = "";
    public string? CaseNumber { get; private set; }
    /// <summary>For a lawsuit after reconsideration: the reconsideration it follows.</summary>
    public int? ReconsiderationId { get; private set; }
    public ApplicationAppeal? Reconsideration { get; private set; }
    public AppealResult Result { get; private set; }
    public DateOnly? DecidedOn { get; private set; }
    public string? Note { get; private set; }

    /// <summary>The decision of the organ or court; recording it again corrects it.</summary>
    public void RecordResult(AppealResult result, DateOnly decidedOn, string? note, DateOnly today)
    {
        Require(result is AppealResult.Upheld or AppealResult.Corrected or AppealResult.Other, "请选择审理结果：维持、纠正或其他。");
        Require(decidedOn <= today, "审结日期不能晚于今天。");
        Require(decidedOn >= FiledOn, $"审结日期不能早于提起之日（{FiledOn:yyyy-MM-dd}）。");
        Require(note is null || note.Trim().Length <= NoteMaxLength, $"备注最多 {NoteMaxLength} 个字符。");
        Result = result;
        DecidedOn = decidedOn;
        if (Blank(note) is { } n)
        {
            Note = n;
        }
    }

    /// <summary>Whether this appeal is against <paramref name="application"/> (by the loaded navigation, else by key).</summary>
    public bool Concerns(DisclosureApplication application) =>
        Application is { } own ? ReferenceEquals(own, application) : ApplicationId == application.Id;

    /// <summary>The result as it stood on <paramref name="day"/>: 尚未审结 until decided.</summary>
    public AppealResult ResultOn(DateOnly day) => ResultOn(Result, DecidedOn, day);

    public static AppealResult ResultOn(AppealResult result, DateOnly? decidedOn, DateOnly day) =>
        decidedOn is { } d && d <= day ? result : AppealResult.Pending;

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new InvalidOperationException(message);
        }
    }
}

public static class AppealNames
{
    public static string Chinese(this AppealKind kind) => kind switch
    {
        AppealKind.Reconsideration => "行政复议",
        AppealKind.DirectLitigation => "行政诉讼（未经复议直接起诉）",
        AppealKind.LitigationAfterReconsideration => "行政诉讼（复议后起诉）",
        _ => kind.ToString(),
    };

    public static string Chinese(this AppealResult result) => result switch
    {
        AppealResult.Upheld => "维持",
        AppealResult.Corrected => "纠正",
        AppealResult.Other => "其他",
        AppealResult.Pending => "尚未审结",
        _ => result.ToString(),
    };
}
