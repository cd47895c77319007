using Gongkai.Bodies;
using Gongkai.Calendar;

namespace Gongkai.Participation;

/// <summary>What an opinion is about, besides its body: an item, a consultation, the body complained of, the opinion whose rectification it answers.</summary>
public sealed record OpinionSubject(int? ItemId = null, int? ConsultationId = null, int? AgainstBodyId = null, int? FollowsOpinionId = null)
{
    public static readonly OpinionSubject None = new();
}

/// <summary>Who did a step: a staff member, or (for the person's own steps) nobody signed in.</summary>
public sealed record OpinionActor(int? UserId, string Name)
{
    public static readonly OpinionActor Public = new(null, "公众");
}

/// <summary>
/// A comment, suggestion, complaint or report, from any channel (the website, the suggestion box,
/// the hotline, the reading room, a deputy's household visit), and its handling: assigned, answered
/// (a public answer only after approval), rectified by tasks with owners and due dates, verified by a
/// supervisor, and the rectification published, after which opinions on the result are invited again
/// as follow-ups. The handling body is the one addressed, except that a complaint that a body failed
/// to disclose or to answer goes to its supervising body.
/// </summary>
public class Opinion
{
    public const int TextMaxLength = 5000;
    public const int TitleMaxLength = 100;
    public const int AnswerMaxLength = 5000;
    public const int ReasonMaxLength = 500;

    private Opinion() { }

    private Opinion(OpinionKind kind, OpinionChannel channel, Body handledBy, string? title, string text, OpinionAuthor author, bool wantsPublic, string trackingCode, string accessToken, DateOnly receivedOn, DateOnly dueOn, DateTimeOffset now)
    {
        Kind = kind;
        Channel = channel;
        Body = handledBy;
        BodyId = handledBy.Id;
        Title = string.IsNullOrWhiteSpace(title) ? null : title.Trim();
        Text = text.Trim();
        Author = author;
        WantsPublic = wantsPublic && kind is OpinionKind.Comment or OpinionKind.Suggestion or OpinionKind.ConsultationComment;
        TrackingCode = trackingCode;
        AccessToken = accessToken;
        ReceivedOn = receivedOn;
        DueOn = dueOn;
        SubmittedAt = now;
        Status = OpinionStatus.Received;
        Moderation = Moderation.Pending;
    }

    /// <summary>
    /// A new opinion. <paramref name="answerWorkingDays"/> is the time limit for its kind; a body that
    /// shows comments at once (<paramref name="showAtOnce"/>) skips moderation for public comments.
    /// </summary>
    public static Opinion Receive(OpinionKind kind, OpinionChannel channel, Body handledBy, OpinionSubject subject, string? title, string text, OpinionAuthor author, bool wantsPublic,
        Applications.TrackingCode code, DateOnly receivedOn, int answerWorkingDays, WorkingDayCalendar calendar, bool showAtOnce, OpinionActor by, DateTimeOffset now)
    {
        Require(kind != OpinionKind.Comment || subject.ItemId is not null, "留言须针对一条已公开的信息。");
        Require(kind != OpinionKind.ConsultationComment || subject.ConsultationId is not null, "征求意见反馈须针对一项征求意见。");
        Require(!string.IsNullOrWhiteSpace(text), "请填写内容。");
        Require(text.Trim().Length <= TextMaxLength, $"内容不能超过 {TextMaxLength} 字。");
        Require(title is null || title.Trim().Length <= TitleMaxLength, $"标题不能超过 {TitleMaxLength} 字。");
        Require(receivedOn <= Today(now), "收到日期不能晚于今天。");
        Require(answerWorkingDays is >= 1 and <= 60, "答复时限应为 1 至 60 个工作日。");
        var due = calendar.AddWorkingDays(receivedOn, answerWorkingDays).Date;
        var opinion = new Opinion(kind, channel, handledBy, title, text, author, wantsPublic, code.Code, code.Token, receivedOn, due, now)
        {
            ItemId = subject.ItemId,
            ConsultationId = subject.ConsultationId,
            AgainstBodyId = subject.AgainstBodyId,
            FollowsOpinionId = subject.FollowsOpinionId,
        };
        if (opinion.WantsPublic && showAtOnce)
        {
            opinion.Moderation = Moderation.Shown;
        }
        opinion.Add(OpinionEventKind.Received, now, by, $"通过{channel.Chinese()}收到{kind.Chinese()}。", isPublic: true);
        return opinion;
    }

    /// <summary>The body a complaint about <paramref name="complainedOf"/> goes to: its supervising body (the body itself only at the top).</summary>
    public static Body ComplaintHandler(Body complainedOf) => complainedOf.Parent ?? complainedOf;

    public int Id { get; private set; }
    public OpinionKind Kind { get; private set; }
    public OpinionChannel Channel { get; private set; }
    /// <summary>The body that handles it.</summary>
    public int BodyId { get; private set; }
    public Body Body { get; private set; } = null!;
    /// <summary>For a complaint: the body complained of (handled by its supervising body).</summary>
    public int? AgainstBodyId { get; private set; }
    /// <summary>For a comment: the published item commented on.</summary>
    public int? ItemId { get; private set; }
    /// <summary>For a consultation comment: the consultation.</summary>
    public int? ConsultationId { get; private set; }
    /// <summary>For an opinion on a published rectification: the opinion it followed.</summary>
    public int? FollowsOpinionId { get; private set; }
    public string? Title { get; private set; }
    public string Text { get; private set; } = "";
    public OpinionAuthor Author { get; private set; } = OpinionAuthor.Anonymous;
    /// <summary>The author agreed to show the text on the portal (comments and suggestions only).</summary>
    public bool WantsPublic { get; private set; }
    public string TrackingCode { get; private set; } = "";
    public string AccessToken { get; private set; } = "";
    public DateTimeOffset SubmittedAt { get; private set; }
    public DateOnly ReceivedOn { get; private set; }
    /// <summary>The answer is due by this day (the time limit for the kind, in working days from receipt).</summary>
    public DateOnly DueOn { get; private set; }
    public OpinionStatus Status { get; private set; }
    public Moderation Moderation { get; private set; }
    public string? HiddenReason { get; private set; }
    public int? HandlerUserId { get; private set; }
    public string? HandlerName { get; private set; }
    public string? Answer { get; private set; }
    public bool AnswerPublic { get; private set; }
    public DateTimeOffset? AnsweredAt { get; private set; }
    public string? VerificationNote { get; private set; }
    public string? RectificationSummary { get; private set; }
    public DateTimeOffset? RectificationPublishedAt { get; private set; }
    public int Revision { get; private set; }

    public List<RectificationTask> Tasks { get; } = [];
    public List<OpinionEvent> Events { get; } = [];

    public bool IsAnswered => Status is OpinionStatus.Answered or OpinionStatus.Rectifying or OpinionStatus.Verified or OpinionStatus.RectificationPublished
        || (Status == OpinionStatus.Closed && Answer is not null);

    /// <summary>Waiting for an answer past its due day.</summary>
    public bool IsOverdue(DateOnly today) => !IsAnswered && Status != OpinionStatus.Closed && today > DueOn;

    /// <summary>The text may appear on the portal: a comment or suggestion its author wanted public, accepted by moderation.</summary>
    public bool TextIsPublic => WantsPublic && Moderation == Moderation.Shown;

    /// <summary>The answer may appear on the portal: written for the public, approved, and (for a hidden opinion) never.</summary>
    public bool AnswerIsPublic => AnswerPublic && IsAnswered && Moderation != Moderation.Hidden;

    // Moderation.

    public void Show(OpinionActor moderator, DateTimeOffset now)
    {
        Require(WantsPublic, "作者未同意公开，不能公开显示。");
        Require(Moderation != Moderation.Shown, "已公开。");
        Moderation = Moderation.Shown;
        HiddenReason = null;
        Add(OpinionEventKind.Shown, now, moderator, null, isPublic: false);
    }

    /// <summary>Hides from the portal (spam, abuse, personal data); the reason is kept.</summary>
    public void Hide(string reason, OpinionActor moderator, DateTimeOffset now)
    {
        RequireText(reason, "请写明隐藏的理由。");
        Require(reason.Trim().Length <= ReasonMaxLength, $"理由不能超过 {ReasonMaxLength} 字。");
        Moderation = Moderation.Hidden;
        HiddenReason = reason.Trim();
        Add(OpinionEventKind.Hidden, now, moderator, reason.Trim(), isPublic: false);
    }

    // Handling.

    public void Assign(int handlerUserId, string handlerName, OpinionActor by, DateTimeOffset now)
    {
        Require(Status is OpinionStatus.Received or OpinionStatus.Assigned, "已答复的意见不能再交办。");
        HandlerUserId = handlerUserId;
        HandlerName = handlerName;
        Status = OpinionStatus.Assigned;
        Add(OpinionEventKind.Assigned, now, by, $"交{handlerName}办理。", isPublic: false);
    }

    /// <summary>
    /// Answers. A private answer reaches the person (through the tracking link) at once; a public
    /// answer waits for approval, as an item does.
    /// </summary>
    public void WriteAnswer(string answer, bool isPublic, OpinionActor handler, DateTimeOffset now)
    {
        Require(Status is OpinionStatus.Received or OpinionStatus.Assigned or OpinionStatus.AnswerPending, "该意见已答复。");
        RequireText(answer, "请填写答复内容。");
        Require(answer.Trim().Length <= AnswerMaxLength, $"答复不能超过 {AnswerMaxLength} 字。");
        Answer = answer.Trim();
        AnswerPublic = isPublic;
        if (isPublic)
        {
            Status = OpinionStatus.AnswerPending;
            Add(OpinionEventKind.AnswerSubmitted, now, handler, null, isPublic: false);
        }
        else
        {
            MarkAnswered(handler, now);
        }
    }

    public void ApproveAnswer(OpinionActor approver, bool mayApprove, DateTimeOffset now)
    {
        Require(mayApprove, "只有本机关的领导或公开办负责人可以审核公开答复。");
        Require(Status == OpinionStatus.AnswerPending, "没有待审核的答复。");
        MarkAnswered(approver, now);
    }

    public void ReturnAnswer(string reason, OpinionActor approver, bool mayApprove, DateTimeOffset now)
    {
        Require(mayApprove, "只有本机关的领导或公开办负责人可以审核公开答复。");
        Require(Status == OpinionStatus.AnswerPending, "没有待审核的答复。");
        RequireText(reason, "请写明退回的理由。");
        Status = HandlerUserId is null ? OpinionStatus.Received : OpinionStatus.Assigned;
        Add(OpinionEventKind.AnswerReturned, now, approver, reason.Trim(), isPublic: false);
    }

    private void MarkAnswered(OpinionActor by, DateTimeOffset now)
    {
        Status = OpinionStatus.Answered;
        AnsweredAt = now;
        Add(OpinionEventKind.Answered, now, by, Answer, isPublic: true);
    }

    // Rectification.

    public RectificationTask AddTask(string description, string owner, int workingDays, WorkingDayCalendar calendar, OpinionActor by, DateTimeOffset now)
    {
        Require(Status is OpinionStatus.Answered or OpinionStatus.Rectifying, "答复后才能确定整改任务。");
        RequireText(description, "请写明整改任务。");
        Require(description.Trim().Length <= RectificationTask.DescriptionMaxLength, $"整改任务不能超过 {RectificationTask.DescriptionMaxLength} 字。");
        RequireText(owner, "请填写整改责任人或责任科室。");
        Require(workingDays is >= 1 and <= 250, "整改时限应为 1 至 250 个工作日。");
        var task = new RectificationTask(description.Trim(), owner.Trim(), calendar.AddWorkingDays(Today(now), workingDays).Date, now);
        Tasks.Add(task);
        Status = OpinionStatus.Rectifying;
        Add(OpinionEventKind.TaskAdded, now, by, $"{task.Description}（责任：{task.Owner}，{task.DueOn:yyyy-MM-dd} 前完成）", isPublic: true);
        return task;
    }

    public void CompleteTask(RectificationTask task, string evidence, OpinionActor by, DateTimeOffset now)
    {
        Require(Tasks.Contains(task), "该整改任务不属于这条意见。");
        Require(Status == OpinionStatus.Rectifying, "不在整改中。");
        Require(!task.IsDone, "该整改任务已完成。");
        RequireText(evidence, "请写明完成情况和佐证。");
        Require(evidence.Trim().Length <= RectificationTask.EvidenceMaxLength, $"完成情况不能超过 {RectificationTask.EvidenceMaxLength} 字。");
        task.Complete(evidence.Trim(), Today(now));
        Add(OpinionEventKind.TaskDone, now, by, task.Description, isPublic: true);
    }

    /// <summary>A supervisor checks every task is done and the evidence holds.</summary>
    public void Verify(string note, OpinionActor supervisor, bool isSupervisor, DateTimeOffset now)
    {
        Require(isSupervisor, "整改须由监督人员核实。");
        Require(Status == OpinionStatus.Rectifying, "不在整改中。");
        Require(Tasks.Count > 0 && Tasks.All(t => t.IsDone), "还有未完成的整改任务。");
        RequireText(note, "请写明核实意见。");
        VerificationNote = note.Trim();
        Status = OpinionStatus.Verified;
        Add(OpinionEventKind.Verified, now, supervisor, VerificationNote, isPublic: true);
    }

    /// <summary>Publishes the rectification and its result on the portal, where opinions on it are invited again.</summary>
    public void PublishRectification(string summary, OpinionActor by, DateTimeOffset now)
    {
        Require(Status == OpinionStatus.Verified, "整改经核实后才能公开。");
        RequireText(summary, "请填写整改情况和结果。");
        Require(summary.Trim().Length <= AnswerMaxLength, $"整改情况不能超过 {AnswerMaxLength} 字。");
        RectificationSummary = summary.Trim();
        RectificationPublishedAt = now;
        Status = OpinionStatus.RectificationPublished;
        Add(OpinionEventKind.RectificationPublished, now, by, null, isPublic: true);
    }

    /// <summary>Closes an answered opinion that needs no rectification.</summary>
    public void Close(string? note, OpinionActor by, DateTimeOffset now)
    {
        Require(Status == OpinionStatus.Answered, "答复后无需整改的，才能直接办结。");
        Status = OpinionStatus.Closed;
        Add(OpinionEventKind.Closed, now, by, string.IsNullOrWhiteSpace(note) ? null : note.Trim(), isPublic: true);
    }

    private void Add(OpinionEventKind kind, DateTimeOffset now, OpinionActor by, string? note, bool isPublic)
    {
        Events.Add(new OpinionEvent(kind, now, by.UserId, by.Name, note, isPublic));
        Revision++;
    }

    private static DateOnly Today(DateTimeOffset now) => Gongkai.Text.ChinaTime.ChinaDate(now);

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new InvalidOperationException(message);
        }
    }

    private static void RequireText(string? text, string message) => Require(!string.IsNullOrWhiteSpace(text), message);
}
