using System.Globalization;
using Gongkai.BackOffice;
using Gongkai.Calendar;
using Gongkai.Data;
using Gongkai.Files;
using Gongkai.Items;
using Gongkai.Items.Admin;
using Gongkai.Staff;
using Gongkai.Text;
using Microsoft.AspNetCore.Mvc;

namespace Gongkai.Review.Admin;

/// <summary>
/// The work page of one item: status, who has it, the statutory deadline, the proposed text, the
/// privacy findings at confidentiality review, the review timeline, and the actions the signed-in
/// person may take now (submit, approve or return with an opinion, mask or justify, withdraw).
/// </summary>
public sealed class WorkItemModel(GongkaiDb db, AdminItems items, IFileStore files, CalendarSource calendars, ProposalPublisher publisher, TimeProvider time) : AdminPageModel
{
    public DisclosureItem Item { get; private set; } = null!;
    public Proposal? Proposal { get; private set; }
    public StaffReach Reach { get; private set; } = null!;
    public IReadOnlyList<ProposalPrivacy.Located> Findings { get; private set; } = [];
    public IReadOnlyList<ProposalPrivacy.Located> Unresolved { get; private set; } = [];
    public WorkingDayResult Due { get; private set; }
    public int DaysLeft { get; private set; }
    public string? Problem { get; private set; }

    public bool CanEdit => Reach.Has(StaffRole.Drafter, Item.BodyId) && (Proposal is { Status: ProposalStatus.Editing } || (Proposal is null && Item.Status == ItemStatus.Published));
    public bool CanSubmit => Reach.Has(StaffRole.Drafter, Item.BodyId) && Proposal is { Status: ProposalStatus.Editing };
    public string? WhyCannotDecide => Proposal?.WhyCannotDecide(CurrentUserId, Reach);
    public bool CanDecide => Proposal is { Status: ProposalStatus.InReview } && WhyCannotDecide is null;
    public bool AtConfidentiality => Proposal?.CurrentRole == StaffRole.ConfidentialityReviewer;
    public bool AtLastStep => Proposal is { Status: ProposalStatus.InReview } p && p.CurrentStep == p.ReviewPlan.Steps.Count - 1;
    public bool CanWithdraw => Item.Status == ItemStatus.Published && (Reach.Has(StaffRole.LeadershipApprover, Item.BodyId) || Reach.Has(StaffRole.BodyAdmin, Item.BodyId));

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct) ?? Page();

    /// <summary>The chain this item would go through: its category's, its body's, or the default.</summary>
    public ReviewPlan Plan { get; private set; } = null!;

    public Task<IActionResult> OnPostSubmitAsync(int id, CancellationToken ct) => ActAsync(id, () =>
    {
        if (!CanSubmit)
        {
            throw new InvalidOperationException("只有本机构的信息员可以送审编辑中的稿件。");
        }
        var plan = Plan;
        Proposal!.Submit(plan, Now);
        if (Item.Status == ItemStatus.Draft)
        {
            Item.SubmitForReview(Now);
        }
        db.AuditAs("送审", plan.Describe());
        return $"已送审，下一步：{plan.Steps[0].Chinese()}审核。";
    }, ct);

    public Task<IActionResult> OnPostDecideAsync(int id, int step, string decision, string? opinion, string? publishAt, CancellationToken ct) => ActAsync(id, () =>
    {
        if (Proposal is null)
        {
            throw new InvalidOperationException("没有待审核的稿件。");
        }
        var approve = decision == "approve";
        var role = Proposal.CurrentRole;
        var last = AtLastStep;
        Proposal.Decide(step, approve, opinion ?? "", CurrentUserId, User.Identity?.Name ?? "", Reach, Unresolved.Count, Now);
        if (!approve && Proposal.Kind == ProposalKind.NewItem && Item.Status == ItemStatus.UnderReview)
        {
            Item.ReturnToDraft(Now);
        }
        if (approve && last && !string.IsNullOrWhiteSpace(publishAt))
        {
            if (!DateTime.TryParseExact(publishAt, "yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
            {
                throw new InvalidOperationException("定时发布时间格式不正确。");
            }
            Proposal.ScheduleAt(new DateTimeOffset(local, ChinaTime.Offset).ToUniversalTime(), Now);
        }
        db.AuditAs(approve ? $"{role?.Chinese()}审核通过" : $"{role?.Chinese()}退回", opinion);
        return !approve ? "已退回信息员修改。"
            : Proposal.Status == ProposalStatus.Approved ? (Proposal.PublishAt > Now ? $"审批通过，将于 {Proposal.PublishAt.Value.ToChina():yyyy-MM-dd HH:mm} 发布。" : "审批通过，已发布。")
            : $"已通过，下一步：{Proposal.CurrentRole?.Chinese()}审核。";
    }, ct);

    public Task<IActionResult> OnPostMaskAsync(int id, string field, int start, string text, CancellationToken ct) => ActAsync(id, () =>
    {
        var located = Findings.FirstOrDefault(f => f.Field == field && f.Finding.Start == start && f.Finding.Text == text)
            ?? throw new InvalidOperationException("这处个人信息已经处理过了，请刷新页面。");
        RequireConfidentialityReviewer();
        Proposal!.ReplaceDuringReview(ProposalPrivacy.Mask(Proposal.Metadata, located), CurrentUserId, Now);
        Proposal.Resolve(field, text, located.Finding.Kind, null, CurrentUserId, Now);
        db.AuditAs("遮盖个人信息", $"{field}：{located.Finding.KindName}");
        return $"已遮盖{located.Finding.KindName}。";
    }, ct);

    public Task<IActionResult> OnPostJustifyAsync(int id, string field, string text, string? justification, CancellationToken ct) => ActAsync(id, () =>
    {
        var located = Findings.FirstOrDefault(f => f.Field == field && f.Finding.Text == text)
            ?? throw new InvalidOperationException("这处个人信息已经处理过了，请刷新页面。");
        RequireConfidentialityReviewer();
        Proposal!.Resolve(field, text, located.Finding.Kind, justification ?? "", CurrentUserId, Now);
        db.AuditAs("保留个人信息并说明理由", justification);
        return "已记录保留理由。";
    }, ct);

    public Task<IActionResult> OnPostWithdrawAsync(int id, string? reason, string? explanation, CancellationToken ct) => ActAsync(id, () =>
    {
        if (!CanWithdraw)
        {
            throw new InvalidOperationException("只有本机构的领导小组成员或机构管理员可以撤回已发布的信息。");
        }
        if (!Enum.TryParse<WithdrawalReason>(reason, out var kind) || !Enum.IsDefined(kind))
        {
            throw new InvalidOperationException("请选择撤回原因类别。");
        }
        Item.Withdraw(kind, explanation ?? "", Now);
        db.AuditAs("撤回信息", explanation);
        return "已撤回。公众看到的是撤回说明（日期和原因类别），看不到内容。";
    }, ct);

    private DateTimeOffset Now => time.GetUtcNow();

    private void RequireConfidentialityReviewer()
    {
        if (!AtConfidentiality || WhyCannotDecide is { } why)
        {
            throw new InvalidOperationException(WhyCannotDecide ?? "只能在保密审查步骤中处理个人信息。");
        }
    }

    /// <summary>Runs an action; a refused move re-renders the page with the reason (400), nothing saved.</summary>
    private async Task<IActionResult> ActAsync(int id, Func<string> action, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refusal)
        {
            return refusal;
        }
        string done;
        try
        {
            done = action();
            await db.SaveChangesAsync(ct);
        }
        catch (InvalidOperationException e)
        {
            Problem = e.Message;
            db.ChangeTracker.Clear();
            await LoadAsync(id, ct);
            return Invalid();
        }
        catch (Microsoft.EntityFrameworkCore.DbUpdateConcurrencyException)
        {
            Problem = "这份稿件刚被其他人处理过，请刷新页面查看最新状态。";
            db.ChangeTracker.Clear();
            await LoadAsync(id, ct);
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }
        await publisher.PublishDueAsync(ct);
        Flash = done;
        return Redirect($"/admin/items/{id}");
    }

    private async Task<IActionResult?> LoadAsync(int id, CancellationToken ct)
    {
        var item = await items.FindAsync(id, ct);
        if (item is null)
        {
            return NotFound();
        }
        Item = item;
        PageTitle = item.Title;
        Reach = await Access.ReachAsync(ct);
        Proposal = await items.OpenProposalAsync(id, ct);
        var metadata = Proposal?.Metadata ?? item.Metadata;
        if (Proposal?.CurrentRole == StaffRole.ConfidentialityReviewer)
        {
            Findings = ProposalPrivacy.Scan(metadata, await ProposalPrivacy.AttachmentTextsAsync(item.Attachments.Where(a => a.ListedAfterProposal), files));
            Unresolved = ProposalPrivacy.Unresolved(Findings, Proposal.PrivacyResolutions);
        }
        Plan = await ReviewChainSetting.ForAsync(db, item.Category, ct);
        var calendar = await calendars.GetAsync(ct);
        Due = PublicationDeadline.DueForTimeLimit(calendar, metadata.CreatedOn, item.Category.TemplateRow?.TimeLimit);
        DaysLeft = calendar.WorkingDaysLeft(Now.ChinaDate(), Due.Date);
        return null;
    }
}
