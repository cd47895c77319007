namespace Gongkai.Participation;

/// <summary>What the person wrote: every channel's opinion becomes one of these.</summary>
public enum OpinionKind
{
    /// <summary>A comment on a published item (留言).</summary>
    Comment = 1,
    /// <summary>An opinion or suggestion to a body (意见建议, the suggestion box).</summary>
    Suggestion = 2,
    /// <summary>A complaint that a body failed to disclose or to answer lawfully (Arts. 47 and 51).</summary>
    Complaint = 3,
    /// <summary>A report of wrongdoing (举报); may be fully anonymous.</summary>
    Report = 4,
    /// <summary>An opinion on a draft decision during its consultation period (事前公开).</summary>
    ConsultationComment = 5,
}

/// <summary>How the opinion reached the body.</summary>
public enum OpinionChannel
{
    Website = 1,
    SuggestionBox = 2,
    Hotline = 3,
    ReadingRoom = 4,
    HouseholdVisit = 5,
    Letter = 6,
    InPerson = 7,
}

/// <summary>The one workflow every opinion follows (issue 5): received → assigned → answered → rectified → verified → published.</summary>
public enum OpinionStatus
{
    Received = 1,
    Assigned = 2,
    /// <summary>A public answer written and waiting for approval.</summary>
    AnswerPending = 3,
    Answered = 4,
    Rectifying = 5,
    Verified = 6,
    RectificationPublished = 7,
    /// <summary>Answered with nothing to rectify, or hidden as spam or abuse.</summary>
    Closed = 8,
}

/// <summary>Whether a public comment or suggestion may be shown on the portal.</summary>
public enum Moderation
{
    Pending = 1,
    Shown = 2,
    Hidden = 3,
}

public static class OpinionNames
{
    public static string Chinese(this OpinionKind k) => k switch
    {
        OpinionKind.Comment => "留言",
        OpinionKind.Suggestion => "意见建议",
        OpinionKind.Complaint => "投诉",
        OpinionKind.Report => "举报",
        OpinionKind.ConsultationComment => "征求意见反馈",
        _ => "意见",
    };

    public static string Chinese(this OpinionChannel c) => c switch
    {
        OpinionChannel.Website => "网站",
        OpinionChannel.SuggestionBox => "意见箱",
        OpinionChannel.Hotline => "热线电话",
        OpinionChannel.ReadingRoom => "查阅室",
        OpinionChannel.HouseholdVisit => "代表走访",
        OpinionChannel.Letter => "来信",
        OpinionChannel.InPerson => "来访",
        _ => "其他",
    };

    public static string Chinese(this OpinionStatus s) => s switch
    {
        OpinionStatus.Received => "已收到",
        OpinionStatus.Assigned => "办理中",
        OpinionStatus.AnswerPending => "答复待审核",
        OpinionStatus.Answered => "已答复",
        OpinionStatus.Rectifying => "整改中",
        OpinionStatus.Verified => "整改已核实",
        OpinionStatus.RectificationPublished => "整改结果已公开",
        OpinionStatus.Closed => "已办结",
        _ => "",
    };

    public static string Chinese(this Moderation m) => m switch
    {
        Moderation.Pending => "待审核",
        Moderation.Shown => "已公开",
        Moderation.Hidden => "已隐藏",
        _ => "",
    };
}
