namespace Gongkai.Applications;

public enum ApplicationEventKind
{
    Submitted = 1,
    Received = 2,
    Assigned = 3,
    CorrectionRequested = 4,
    Corrected = 5,
    ConsultationSent = 6,
    ConsultationAnswered = 7,
    FeeNotified = 8,
    FeePaid = 9,
    Extended = 10,
    ReplyDrafted = 11,
    ReplyReturned = 12,
    Replied = 13,
    Delivered = 14,
    /// <summary>Closed without a reply on the merits: no correction, or no payment, in time.</summary>
    Lapsed = 15,
    /// <summary>A staff member displayed the applicant's full ID number (kept for accountability, never shown to the public).</summary>
    IdRevealed = 16,
    /// <summary>The disclosed information became a draft item for proactive disclosure (Art. 44).</summary>
    ConvertedToProactive = 17,
    /// <summary>Staff were reminded of the due date (<see cref="ApplicationEvent.Days"/> working days left; −1 once overdue).</summary>
    Reminded = 18,
}

/// <summary>
/// One step in an application's life (Art. 45: register, review, handle, reply, archive — every step
/// recorded). <see cref="On"/> is the legal date of the step (a receipt, a letter sent, an answer
/// received), which the clock counts from; <see cref="At"/> is when it was recorded.
/// </summary>
public class ApplicationEvent
{
    private ApplicationEvent() { }

    internal ApplicationEvent(ApplicationEventKind kind, DateOnly on, DateTimeOffset at, int? userId, string actor, string? note)
    {
        Kind = kind;
        On = on;
        At = at;
        UserId = userId;
        Actor = actor;
        Note = note;
    }

    public int Id { get; private set; }
    public int ApplicationId { get; private set; }
    public ApplicationEventKind Kind { get; private set; }
    public DateOnly On { get; private set; }
    public DateTimeOffset At { get; private set; }
    public int? UserId { get; private set; }
    /// <summary>Who recorded it, by name ("申请人" for the applicant's own steps).</summary>
    public string Actor { get; private set; } = "";
    /// <summary>What the applicant is told or what staff noted.</summary>
    public string? Note { get; private set; }
    /// <summary>A deadline the step sets: the correction deadline, a consultation's answer period, the fee payment period.</summary>
    public DateOnly? Until { get; internal set; }
    /// <summary>For consultations: who was consulted.</summary>
    public string? Party { get; internal set; }
    public PauseKind? Pause { get; internal set; }
    /// <summary>For a consultation or a fee notice: the day the answer or the payment arrived, which ends the pause.</summary>
    public DateOnly? ResolvedOn { get; internal set; }
    /// <summary>For a fee notice: the amount in yuan.</summary>
    public decimal? Amount { get; internal set; }
    /// <summary>For an extension: working days granted.</summary>
    public int? Days { get; internal set; }
    /// <summary>Whether the applicant sees this step on the tracking page (internal steps such as assignment are not shown).</summary>
    public bool Public { get; internal set; }

    public string KindName => Kind switch
    {
        ApplicationEventKind.Submitted => "提交申请",
        ApplicationEventKind.Received => "收到申请",
        ApplicationEventKind.Assigned => "分办",
        ApplicationEventKind.CorrectionRequested => "告知补正",
        ApplicationEventKind.Corrected => "收到补正",
        ApplicationEventKind.ConsultationSent => Pause == PauseKind.CoProducer ? "征求其他机关意见" : "征求第三方意见",
        ApplicationEventKind.ConsultationAnswered => "收到征求意见答复",
        ApplicationEventKind.FeeNotified => "发出收费通知",
        ApplicationEventKind.FeePaid => "收到信息处理费",
        ApplicationEventKind.Extended => "延长答复期限",
        ApplicationEventKind.ReplyDrafted => "拟定答复",
        ApplicationEventKind.ReplyReturned => "答复退回修改",
        ApplicationEventKind.Replied => "作出答复",
        ApplicationEventKind.Delivered => "送达",
        ApplicationEventKind.Lapsed => "终止办理",
        ApplicationEventKind.IdRevealed => "查看证件号码",
        ApplicationEventKind.Reminded => "到期提醒",
        ApplicationEventKind.ConvertedToProactive => "转为主动公开",
        _ => Kind.ToString(),
    };
}
