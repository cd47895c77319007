namespace Gongkai.Participation.Public;

/// <summary>
/// The fields of an opinion form as Shared/_OpinionFields shows them: what was typed, what is wrong,
/// and which of the optional parts this form asks (a title; consent to show the text).
/// </summary>
public sealed record OpinionFormView(OpinionInput Input, IReadOnlyDictionary<string, string> Errors, string SubmissionKey, string TextLabel,
    string? TextHint = null, bool AskTitle = false, bool AskConsent = true, string ContactHint = OpinionFormView.DefaultContactHint)
{
    public const string DefaultContactHint = "可以不填。联系方式只给办理的工作人员看，任何公开页面都不会显示；不留联系方式的，可凭查询码查看答复。";
}

/// <summary>The 「留言」 section of the item page: the comments shown, with their answers, and a fresh form.</summary>
public sealed record ItemCommentsView(int ItemId, IReadOnlyList<PublicOpinionView> Comments)
{
    public OpinionFormView Form { get; } = new(OpinionInput.Blank(), new Dictionary<string, string>(), SubmissionKeys.New(), "留言内容");
}
