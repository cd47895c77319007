using Gongkai.Bodies;
using Gongkai.Text;

namespace Gongkai.Participation.Consultations;

public enum ConsultationStage
{
    /// <summary>Being prepared; not public.</summary>
    Draft = 1,
    /// <summary>Published with its comment period (it may not have started yet).</summary>
    Published = 2,
    /// <summary>The account of the opinions received and adopted is published.</summary>
    Concluded = 3,
}

/// <summary>
/// A draft decision put out for public comment before it is made (事前公开): the draft, the questions
/// asked and the comment period. Comments are opinions (<see cref="OpinionKind.ConsultationComment"/>)
/// accepted only within the period. After it, and before the decision itself is published, the body
/// publishes its account of the opinions received, which were adopted, and why; the decision then
/// links back here.
/// </summary>
public class Consultation
{
    public const int TitleMaxLength = 200;
    public const int QuestionsMaxLength = 2000;

    private Consultation() { }

    public Consultation(Body body, string title, string draftHtml, string? questions, DateOnly opensOn, DateOnly closesOn, DateTimeOffset now)
    {
        Body = body;
        BodyId = body.Id;
        Stage = ConsultationStage.Draft;
        CreatedAt = now;
        Edit(title, draftHtml, questions, opensOn, closesOn, now);
    }

    public int Id { get; private set; }
    public int BodyId { get; private set; }
    public Body Body { get; private set; } = null!;
    public string Title { get; private set; } = "";
    /// <summary>The draft decision, as cleaned HTML.</summary>
    public string DraftHtml { get; private set; } = "";
    /// <summary>What the body especially wants opinions on.</summary>
    public string? Questions { get; private set; }
    public DateOnly OpensOn { get; private set; }
    public DateOnly ClosesOn { get; private set; }
    public ConsultationStage Stage { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? PublishedAt { get; private set; }
    /// <summary>The account of the opinions received, which were adopted and why (cleaned HTML).</summary>
    public string? AccountHtml { get; private set; }
    public DateTimeOffset? ConcludedAt { get; private set; }
    /// <summary>The published decision made after the consultation.</summary>
    public int? DecisionItemId { get; private set; }
    public int Revision { get; private set; }

    public bool IsPublic => Stage != ConsultationStage.Draft;

    /// <summary>Comments are accepted from the first to the last day of the period, China time.</summary>
    public bool IsOpenOn(DateOnly today) => Stage == ConsultationStage.Published && today >= OpensOn && today <= ClosesOn;

    public bool HasClosed(DateOnly today) => Stage == ConsultationStage.Concluded || (Stage == ConsultationStage.Published && today > ClosesOn);

    public void Edit(string title, string draftHtml, string? questions, DateOnly opensOn, DateOnly closesOn, DateTimeOffset now)
    {
        Require(Stage == ConsultationStage.Draft || (Stage == ConsultationStage.Published && Today(now) < OpensOn), "征求意见开始后不能再修改草案。");
        Require(!string.IsNullOrWhiteSpace(title), "请填写标题。");
        Require(title.Trim().Length <= TitleMaxLength, $"标题不能超过 {TitleMaxLength} 字。");
        var clean = HtmlCleaner.Clean(draftHtml);
        Require(HtmlCleaner.ToText(clean).Trim().Length > 0, "请填写征求意见的草案内容。");
        Require(questions is null || questions.Trim().Length <= QuestionsMaxLength, $"征求意见的问题不能超过 {QuestionsMaxLength} 字。");
        Require(closesOn >= opensOn, "截止日期不能早于开始日期。");
        Title = title.Trim();
        DraftHtml = clean;
        Questions = string.IsNullOrWhiteSpace(questions) ? null : questions.Trim();
        OpensOn = opensOn;
        ClosesOn = closesOn;
        Revision++;
    }

    /// <summary>Puts the draft out for comment; the period must not already be over.</summary>
    public void Publish(DateTimeOffset now)
    {
        Require(Stage == ConsultationStage.Draft, "已发布。");
        Require(ClosesOn >= Today(now), "征求意见截止日期已过，请先修改期限。");
        Stage = ConsultationStage.Published;
        PublishedAt = now;
        Revision++;
    }

    /// <summary>Publishes the account of the opinions received and adopted, once the period is over.</summary>
    public void Conclude(string accountHtml, DateTimeOffset now)
    {
        Require(Stage == ConsultationStage.Published, "只有已发布的征求意见可以公布采纳情况。");
        Require(Today(now) > ClosesOn, $"征求意见期（至 {ClosesOn:yyyy-MM-dd}）结束后才能公布采纳情况。");
        var clean = HtmlCleaner.Clean(accountHtml);
        Require(HtmlCleaner.ToText(clean).Trim().Length > 0, "请填写意见收集和采纳情况。");
        AccountHtml = clean;
        Stage = ConsultationStage.Concluded;
        ConcludedAt = now;
        Revision++;
    }

    /// <summary>Links the decision published after the consultation; only once the account is out.</summary>
    public void LinkDecision(Items.DisclosureItem decision)
    {
        Require(Stage == ConsultationStage.Concluded, "须先公布意见采纳情况，再关联正式决策。");
        Require(decision.BodyId == BodyId, "决策须为本机关发布的信息。");
        Require(decision.Status == Items.ItemStatus.Published, "决策须已发布。");
        DecisionItemId = decision.Id;
        Revision++;
    }

    private static DateOnly Today(DateTimeOffset now) => ChinaTime.ChinaDate(now);

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new InvalidOperationException(message);
        }
    }
}
