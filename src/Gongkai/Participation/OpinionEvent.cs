namespace Gongkai.Participation;

public enum OpinionEventKind
{
    Received = 1,
    Assigned = 2,
    AnswerSubmitted = 3,
    AnswerReturned = 4,
    Answered = 5,
    TaskAdded = 6,
    TaskDone = 7,
    Verified = 8,
    RectificationPublished = 9,
    Closed = 10,
    Shown = 11,
    Hidden = 12,
    Forwarded = 13,
}

/// <summary>One step of an opinion's handling; <see cref="Public"/> steps are shown to whoever holds the tracking link.</summary>
public class OpinionEvent
{
    private OpinionEvent() { }

    internal OpinionEvent(OpinionEventKind kind, DateTimeOffset at, int? userId, string actor, string? note, bool isPublic)
    {
        Kind = kind;
        At = at;
        UserId = userId;
        Actor = actor;
        Note = note;
        Public = isPublic;
    }

    public int Id { get; private set; }
    public int OpinionId { get; private set; }
    public OpinionEventKind Kind { get; private set; }
    public DateTimeOffset At { get; private set; }
    public int? UserId { get; private set; }
    public string Actor { get; private set; } = "";
    public string? Note { get; private set; }
    public bool Public { get; private set; }

    public string KindName => Kind switch
    {
        OpinionEventKind.Received => "收到",
        OpinionEventKind.Assigned => "交办",
        OpinionEventKind.AnswerSubmitted => "拟定答复",
        OpinionEventKind.AnswerReturned => "答复退回修改",
        OpinionEventKind.Answered => "答复",
        OpinionEventKind.TaskAdded => "确定整改任务",
        OpinionEventKind.TaskDone => "整改任务完成",
        OpinionEventKind.Verified => "整改核实",
        OpinionEventKind.RectificationPublished => "公开整改结果",
        OpinionEventKind.Closed => "办结",
        OpinionEventKind.Shown => "审核后公开",
        OpinionEventKind.Hidden => "隐藏",
        OpinionEventKind.Forwarded => "转交",
        _ => "",
    };
}
