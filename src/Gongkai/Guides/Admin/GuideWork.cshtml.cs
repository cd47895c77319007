using Gongkai.BackOffice;
using Gongkai.Bodies;
using Gongkai.Data;
using Gongkai.Review;
using Gongkai.Shared;
using Gongkai.Staff;
using Gongkai.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Guides.Admin;

/// <summary>
/// The work page of a body's disclosure guide: the version the public sees, the text proposed to
/// replace it and where it stands in the review chain, and the actions the signed-in person may
/// take now (draft, submit, approve or return with an opinion, mask or justify personal data).
/// </summary>
public sealed class GuideWorkModel(GongkaiDb db, AdminGuides guides, ProposalPublisher publisher, TimeProvider time) : AdminPageModel
{
    public Body Body { get; private set; } = null!;
    public GuideVersion? Current { get; private set; }
    public GuideProposal? Proposal { get; private set; }
    public StaffReach Reach { get; private set; } = null!;
    /// <summary>The body's whole-catalogue chain, or the non-financial default.</summary>
    public ReviewPlan Plan { get; private set; } = null!;
    public IReadOnlyList<ProposalPrivacy.Located> Findings { get; private set; } = [];
    public IReadOnlyList<ProposalPrivacy.Located> Unresolved { get; private set; } = [];
    public string? Problem { get; private set; }

    public bool IsDrafter => Reach.Has(StaffRole.Drafter, Body.Id);
    public bool CanEdit => IsDrafter && Proposal is null or { Status: ProposalStatus.Editing };
    public bool CanSubmit => IsDrafter && Proposal is { Status: ProposalStatus.Editing };
    public string? WhyCannotDecide => Proposal?.WhyCannotDecide(CurrentUserId, Reach);
    public bool CanDecide => Proposal is { Status: ProposalStatus.InReview } && WhyCannotDecide is null;
    public bool AtConfidentiality => Proposal?.CurrentRole == StaffRole.ConfidentialityReviewer;
    public bool AtLastStep => Proposal is { Status: ProposalStatus.InReview } p && p.CurrentStep == p.ReviewPlan.Steps.Count - 1;
    public ReviewPanelView? Panel => Proposal is null ? null : new(Proposal, CanDecide, WhyCannotDecide, AtLastStep, AtConfidentiality, Findings, Unresolved);

    public async Task<IActionResult> OnGetAsync(int bodyId, CancellationToken ct) => await LoadAsync(bodyId, ct) ?? Page();

    public async Task<IActionResult> OnPostSubmitAsync(int bodyId, CancellationToken ct)
    {
        if (await LoadAsync(bodyId, ct) is { } refusal)
        {
            return refusal;
        }
        return !IsDrafter ? Forbid() : await ActAsync(bodyId, () =>
        {
            var proposal = Proposal ?? throw new InvalidOperationException("没有编辑中的指南稿。");
            proposal.Submit(Plan, Now);
            db.AuditAs(GuideAudit.Submit, Plan.Describe());
            return $"已送审，下一步：{Plan.Steps[0].Chinese()}审核。";
        }, ct);
    }

    public async Task<IActionResult> OnPostDecideAsync(int bodyId, int step, string? decision, string? opinion, string? publishAt, CancellationToken ct) =>
        await LoadAsync(bodyId, ct) ?? await ActAsync(bodyId, () =>
        {
            var proposal = Proposal ?? throw new InvalidOperationException("没有待审核的指南稿。");
            var approve = decision == "approve";
            var role = proposal.CurrentRole;
            var last = AtLastStep;
            proposal.Decide(step, approve, opinion ?? "", CurrentUserId, User.Identity?.Name ?? "", Reach, Unresolved.Count, Now);
            if (approve && last && !string.IsNullOrWhiteSpace(publishAt))
            {
                proposal.ScheduleAt(ChinaTime.TryParseLocalMinute(publishAt, out var at) ? at : throw new InvalidOperationException("定时发布时间格式不正确。"), Now);
            }
            db.AuditAs(GuideAudit.Decide(role!.Value, approve), opinion);
            return !approve ? "已退回信息员修改。"
                : proposal.Status == ProposalStatus.Approved ? (proposal.PublishAt > Now ? $"审批通过，将于 {proposal.PublishAt.Value.ToChina():yyyy-MM-dd HH:mm} 发布。" : "审批通过，已发布。")
                : $"已通过，下一步：{proposal.CurrentRole?.Chinese()}审核。";
        }, ct);

    public async Task<IActionResult> OnPostMaskAsync(int bodyId, string? field, int start, string? text, CancellationToken ct) =>
        await LoadAsync(bodyId, ct) ?? await ActAsync(bodyId, () =>
        {
            var located = Findings.FirstOrDefault(f => f.Field == field && f.Finding.Start == start && f.Finding.Text == text)
                ?? throw new InvalidOperationException("这处个人信息已经处理过了，请刷新页面。");
            RequireConfidentialityReviewer();
            Proposal!.ReplaceDuringReview(ProposalPrivacy.MaskGuide(Proposal.ContentHtml, located), Now);
            Proposal.Resolve(located.Field, located.Finding.Text, located.Finding.Kind, null, CurrentUserId, Now);
            db.AuditAs(GuideAudit.Mask, $"{located.Field}：{located.Finding.KindName}");
            return $"已遮盖{located.Finding.KindName}。";
        }, ct);

    public async Task<IActionResult> OnPostJustifyAsync(int bodyId, string? field, string? text, string? justification, CancellationToken ct) =>
        await LoadAsync(bodyId, ct) ?? await ActAsync(bodyId, () =>
        {
            var located = Findings.FirstOrDefault(f => f.Field == field && f.Finding.Text == text)
                ?? throw new InvalidOperationException("这处个人信息已经处理过了，请刷新页面。");
            RequireConfidentialityReviewer();
            Proposal!.Resolve(located.Field, located.Finding.Text, located.Finding.Kind, justification ?? "", CurrentUserId, Now);
            db.AuditAs(GuideAudit.Justify, justification);
            return "已记录保留理由。";
        }, ct);

    private DateTimeOffset Now => time.GetUtcNow();

    private void RequireConfidentialityReviewer()
    {
        if (!AtConfidentiality || WhyCannotDecide is not null)
        {
            throw new InvalidOperationException(WhyCannotDecide ?? "只能在保密审查步骤中处理个人信息。");
        }
    }

    /// <summary>Runs an action on the loaded page; a refused move re-renders it with the reason (400), nothing saved.</summary>
    private async Task<IActionResult> ActAsync(int bodyId, Func<string> action, CancellationToken ct)
    {
        string done;
        try
        {
            done = action();
            await db.SaveChangesAsync(ct);
        }
        catch (InvalidOperationException e)
        {
            Problem = e.Message;
            return await ReloadAsync(bodyId, StatusCodes.Status400BadRequest, ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            Problem = "这份指南稿刚被其他人处理过，请刷新页面查看最新状态。";
            return await ReloadAsync(bodyId, StatusCodes.Status409Conflict, ct);
        }
        await publisher.PublishDueAsync(ct);
        Flash = done;
        return Redirect($"/admin/guides/{bodyId}");
    }

    private async Task<IActionResult> ReloadAsync(int bodyId, int status, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        await LoadAsync(bodyId, ct);
        Response.StatusCode = status;
        return Page();
    }

    private async Task<IActionResult?> LoadAsync(int bodyId, CancellationToken ct)
    {
        if (await guides.FindBodyAsync(bodyId, ct) is not { } body)
        {
            return NotFound();
        }
        Body = body;
        PageTitle = "政府信息公开指南";
        Reach = await Access.ReachAsync(ct);
        Current = await guides.CurrentAsync(bodyId, ct);
        Proposal = await guides.OpenProposalAsync(bodyId, ct);
        Plan = await ReviewChainSetting.ForBodyAsync(db, bodyId, ct);
        if (Proposal?.CurrentRole == StaffRole.ConfidentialityReviewer)
        {
            Findings = ProposalPrivacy.ScanGuide(Proposal.ContentHtml);
            Unresolved = ProposalPrivacy.Unresolved(Findings, Proposal.PrivacyResolutions);
        }
        return null;
    }
}
