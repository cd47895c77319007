using Gongkai.Staff;

namespace Gongkai.Review;

public enum ProposalStatus { Editing = 1, InReview = 2, Approved = 3, Published = 4 }

/// <summary>
/// Whatever is drafted and goes through the review chain before the public sees it — a proposal
/// for an item (<see cref="Proposal"/>) or for a body's disclosure guide
/// (<see cref="Guides.GuideProposal"/>) — and its way through that chain. Rules: only the
/// editing stage can change the text; each step is decided by its role in the body with a
/// written opinion; nobody decides a proposal they wrote or edited, nor two steps of one round;
/// a rejection returns it for editing with the reasons; the confidentiality step cannot approve
/// while personal-data findings are unresolved. What is proposed, and what publishing does, is
/// the subclass's.
/// </summary>
public abstract class ReviewableProposal
{
    protected ReviewableProposal() { }

    protected ReviewableProposal(int bodyId, int userId, DateTimeOffset now)
    {
        BodyId = bodyId;
        Status = ProposalStatus.Editing;
        CreatedByUserId = userId;
        CreatedAt = now;
    }

    public int Id { get; private set; }
    /// <summary>The body whose reviewers decide and whose public pages it changes.</summary>
    public int BodyId { get; private set; }
    public ProposalStatus Status { get; private set; }
    public int CreatedByUserId { get; private set; }
    /// <summary>Everyone who wrote or changed the text, comma-separated user ids.</summary>
    public string EditorIds { get; private set; } = "";
    public string Plan { get; private set; } = "";
    public int CurrentStep { get; private set; }
    /// <summary>Where the current review round starts in <see cref="Decisions"/> (a rejection ends a round).</summary>
    public int RoundStart { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public DateTimeOffset? SubmittedAt { get; private set; }
    /// <summary>When an approved proposal goes public.</summary>
    public DateTimeOffset? PublishAt { get; private set; }
    /// <summary>Incremented by every change; two people editing at once are told, not overwritten.</summary>
    public int Revision { get; private set; }

    public List<ReviewDecision> Decisions { get; } = [];
    public List<PrivacyResolution> PrivacyResolutions { get; } = [];

    public ReviewPlan ReviewPlan => ReviewPlan.Parse(Plan);

    public StaffRole? CurrentRole => Status == ProposalStatus.InReview ? ReviewPlan.Steps[CurrentStep] : null;

    public IReadOnlySet<int> Editors => EditorIds.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse).ToHashSet();

    public void Submit(ReviewPlan plan, DateTimeOffset now)
    {
        if (Status is not ProposalStatus.Editing)
        {
            throw new InvalidOperationException("该稿件已在审核中。");
        }
        var problems = plan.Problems();
        if (problems.Count > 0)
        {
            throw new InvalidOperationException(string.Join(" ", problems));
        }
        Plan = plan.Text;
        CurrentStep = 0;
        RoundStart = Decisions.Count;
        Status = ProposalStatus.InReview;
        SubmittedAt = now;
        PrivacyResolutions.Clear();
        Touch(now);
    }

    /// <summary>Why this person cannot decide the current step now, or null when they can.</summary>
    public string? WhyCannotDecide(int userId, StaffReach reach)
    {
        if (Status is not ProposalStatus.InReview || CurrentRole is not { } role)
        {
            return "该稿件不在审核中。";
        }
        if (!reach.Has(role, BodyId))
        {
            return $"当前步骤需要由本机构的{role.Chinese()}审核。";
        }
        if (CreatedByUserId == userId || Editors.Contains(userId))
        {
            return "不能审核自己撰写或修改过的稿件。";
        }
        if (Decisions.Skip(RoundStart).Any(d => d.UserId == userId))
        {
            return "逐级审核须由不同的人完成：您已审核过这一轮的其他步骤。";
        }
        return null;
    }

    /// <summary>
    /// Identifies the decision now awaited: the number of decisions so far. A review form carries
    /// it, so a form sent twice, or kept from an earlier round, changes nothing.
    /// </summary>
    public int Ticket => Decisions.Count;

    /// <summary>Records a decision on the current step; <paramref name="ticket"/> is the <see cref="Ticket"/> the reviewer saw.</summary>
    public void Decide(int ticket, bool approve, string opinion, int userId, string userName, StaffReach reach, int unresolvedFindings, DateTimeOffset now)
    {
        if (ticket != Ticket || Status is not ProposalStatus.InReview)
        {
            throw new InvalidOperationException("该步骤已经处理过了，请刷新页面查看最新状态。");
        }
        if (WhyCannotDecide(userId, reach) is { } why)
        {
            throw new InvalidOperationException(why);
        }
        if (string.IsNullOrWhiteSpace(opinion))
        {
            throw new InvalidOperationException("请填写审核意见。");
        }
        var role = CurrentRole!.Value;
        if (approve && role == StaffRole.ConfidentialityReviewer && unresolvedFindings > 0)
        {
            throw new InvalidOperationException($"还有 {unresolvedFindings} 处个人信息未处理：请逐一遮盖或书面说明理由后再通过。");
        }
        Decisions.Add(new ReviewDecision(CurrentStep, role, userId, userName, approve, opinion.Trim(), now));
        if (!approve)
        {
            Status = ProposalStatus.Editing;
            CurrentStep = 0;
        }
        else if (CurrentStep == ReviewPlan.Steps.Count - 1)
        {
            Status = ProposalStatus.Approved;
            PublishAt = now;
        }
        else
        {
            CurrentStep++;
        }
        Touch(now);
    }

    /// <summary>The leadership's choice at approval: publish now (the default) or at a later time.</summary>
    public void ScheduleAt(DateTimeOffset publishAt, DateTimeOffset now)
    {
        if (Status is not ProposalStatus.Approved)
        {
            throw new InvalidOperationException("只有审批通过的稿件可以定时发布。");
        }
        if (publishAt < now.AddMinutes(-1))
        {
            throw new InvalidOperationException("定时发布的时间不能早于现在。");
        }
        PublishAt = publishAt;
        Touch(now);
    }

    /// <summary>Records how the confidentiality reviewer dealt with one finding: masked, or kept with a written reason.</summary>
    public void Resolve(string field, string text, Privacy.FindingKind kind, string? justification, int userId, DateTimeOffset now)
    {
        if (CurrentRole is not StaffRole.ConfidentialityReviewer)
        {
            throw new InvalidOperationException("个人信息只能在保密审查步骤中处理。");
        }
        if (justification is not null && string.IsNullOrWhiteSpace(justification))
        {
            throw new InvalidOperationException("保留个人信息须书面说明理由。");
        }
        PrivacyResolutions.Add(new PrivacyResolution(field, text, kind, justification?.Trim(), userId, now));
        Touch(now);
    }

    /// <summary>Only the editing stage can change the text.</summary>
    protected void EnsureEditing()
    {
        if (Status is not ProposalStatus.Editing)
        {
            throw new InvalidOperationException("送审后不能修改；如需修改，请由审核人退回。");
        }
    }

    /// <summary>Remembers who wrote or changed the text: they may not review it.</summary>
    protected void RecordEditor(int userId)
    {
        if (!Editors.Contains(userId))
        {
            EditorIds = string.Join(',', Editors.Append(userId).Order());
        }
    }

    /// <summary>
    /// The one change allowed during review is the confidentiality reviewer masking personal data;
    /// the reviewer is recorded by the resolution and the audit trail, not as an editor.
    /// </summary>
    protected void EnsureMaskingAllowed()
    {
        if (CurrentRole is not StaffRole.ConfidentialityReviewer)
        {
            throw new InvalidOperationException("只能在保密审查步骤中遮盖个人信息。");
        }
    }

    /// <summary>Publication needs an approved proposal whose time has come.</summary>
    protected void EnsureDue(DateTimeOffset now)
    {
        if (Status is not ProposalStatus.Approved || PublishAt > now)
        {
            throw new InvalidOperationException("该稿件尚未到发布时间。");
        }
    }

    protected void MarkPublished(DateTimeOffset now)
    {
        EnsureDue(now);
        Status = ProposalStatus.Published;
        Touch(now);
    }

    protected void Touch(DateTimeOffset now)
    {
        UpdatedAt = now;
        Revision++;
    }
}

/// <summary>One reviewer's decision on one step, with the written opinion.</summary>
public class ReviewDecision
{
    private ReviewDecision() { }

    internal ReviewDecision(int step, StaffRole role, int userId, string userName, bool approved, string opinion, DateTimeOffset at)
    {
        Step = step;
        Role = role;
        UserId = userId;
        UserName = userName;
        Approved = approved;
        Opinion = opinion;
        At = at;
    }

    public int Id { get; private set; }
    public int ProposalId { get; private set; }
    public int Step { get; private set; }
    public StaffRole Role { get; private set; }
    public int UserId { get; private set; }
    public string UserName { get; private set; } = "";
    public bool Approved { get; private set; }
    public string Opinion { get; private set; } = "";
    public DateTimeOffset At { get; private set; }
}

/// <summary>A personal-data finding dealt with in confidentiality review: masked (no justification) or kept with a written reason.</summary>
public class PrivacyResolution
{
    private PrivacyResolution() { }

    internal PrivacyResolution(string field, string text, Privacy.FindingKind kind, string? justification, int userId, DateTimeOffset at)
    {
        Field = field;
        Text = text;
        Kind = kind;
        Justification = justification;
        UserId = userId;
        At = at;
    }

    public int Id { get; private set; }
    public int ProposalId { get; private set; }
    public string Field { get; private set; } = "";
    public string Text { get; private set; } = "";
    public Privacy.FindingKind Kind { get; private set; }
    public string? Justification { get; private set; }
    public int UserId { get; private set; }
    public DateTimeOffset At { get; private set; }

    public bool Masked => Justification is null;
}
