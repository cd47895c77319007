using System.Globalization;
using Gongkai.Applications.Admin;
using Gongkai.BackOffice;
using Gongkai.Calendar;
using Gongkai.Data;
using Gongkai.Privacy;
using Gongkai.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Participation.Admin;

/// <summary>
/// The work page of one opinion: what was written and by whom (staff only), personal data the privacy
/// guard finds in it, the timeline, and the steps the signed-in person may take now. Readers read;
/// handlers assign, answer, rectify, publish, close and moderate; approvers review public answers;
/// supervisors verify rectification. Anyone else gets 404.
/// </summary>
public sealed class OpinionWorkModel(GongkaiDb db, AdminOpinions opinions, CalendarSource calendars, TimeProvider time) : AdminPageModel
{
    public Opinion Opinion { get; private set; } = null!;
    public bool CanHandle { get; private set; }
    public bool MayApprove { get; private set; }
    public bool IsSupervisor { get; private set; }
    public int? DaysLeft { get; private set; }
    public IReadOnlyList<(int Id, string Name)> Handlers { get; private set; } = [];
    public IReadOnlyList<Finding> Findings { get; private set; } = [];
    /// <summary>Personal data in a public answer, for the approver to see before it goes on the portal.</summary>
    public IReadOnlyList<Finding> AnswerFindings { get; private set; } = [];
    public string? ItemTitle { get; private set; }
    public string? AgainstBodyName { get; private set; }
    public string? FollowsTrackingCode { get; private set; }
    public string? Problem { get; private set; }
    public DateOnly Today => time.GetUtcNow().ChinaDate();

    /// <summary>What the person typed into the action form that failed, so it is kept.</summary>
    [BindProperty] public ActionInput Input { get; set; } = new();

    public sealed class ActionInput
    {
        public string? Text { get; set; }
        public string? Public { get; set; }
        public string? Owner { get; set; }
        public string? Days { get; set; }
        public string? HandlerId { get; set; }
        public string? TaskId { get; set; }
        public int Revision { get; set; }
    }

    /// <summary>The title, or the start of the text, for lists.</summary>
    public static string Summary(Opinion o) => o.Title ?? (o.Text.Length > 30 ? o.Text[..30] + "…" : o.Text);

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct) ?? Page();

    public Task<IActionResult> OnPostAssignAsync(int id, CancellationToken ct) => ActAsync(id, "交办意见", Need.Handle, o =>
    {
        var handler = Handlers.FirstOrDefault(h => h.Id.ToString(CultureInfo.InvariantCulture) == Input.HandlerId);
        if (handler == default)
        {
            throw new InvalidOperationException("请选择本机关的工作人员作为承办人。");
        }
        o.Assign(handler.Id, handler.Name, Staff, Now);
        return $"已交{handler.Name}办理。";
    }, ct);

    public Task<IActionResult> OnPostAnswerAsync(int id, CancellationToken ct) => ActAsync(id, "答复意见", Need.Handle, o =>
    {
        if (Input.Public is not ("true" or "false"))
        {
            throw new InvalidOperationException("请选择公开答复或不公开答复。");
        }
        var isPublic = Input.Public == "true";
        o.WriteAnswer(Input.Text ?? "", isPublic, Staff, Now);
        return isPublic ? "公开答复已提交审核，审核通过后公开。" : "已答复，提出人可凭查询码查看。";
    }, ct);

    public Task<IActionResult> OnPostApproveAsync(int id, CancellationToken ct) => ActAsync(id, "审核通过公开答复", Need.Approve, o =>
    {
        o.ApproveAnswer(Staff, MayApprove, Now);
        return "公开答复已审核通过。";
    }, ct);

    public Task<IActionResult> OnPostReturnAsync(int id, CancellationToken ct) => ActAsync(id, "退回公开答复", Need.Approve, o =>
    {
        o.ReturnAnswer(Input.Text ?? "", Staff, MayApprove, Now);
        return "答复已退回修改。";
    }, ct);

    public Task<IActionResult> OnPostTaskAsync(int id, CancellationToken ct) => ActAsync(id, "确定整改任务", Need.Handle, o =>
    {
        if (!FormValues.TryCount(Input.Days, 250, out var days))
        {
            throw new InvalidOperationException("请填写整改时限（1 至 250 个工作日）。");
        }
        var task = o.AddTask(Input.Text ?? "", Input.Owner ?? "", days, Calendar, Staff, Now);
        return $"已确定整改任务，{task.DueOn.Iso()} 前完成。";
    }, ct);

    public Task<IActionResult> OnPostCompleteAsync(int id, CancellationToken ct) => ActAsync(id, "整改任务完成", Need.Handle, o =>
    {
        var task = o.Tasks.FirstOrDefault(t => t.Id.ToString(CultureInfo.InvariantCulture) == Input.TaskId)
            ?? throw new InvalidOperationException("找不到这项整改任务，请刷新页面。");
        o.CompleteTask(task, Input.Text ?? "", Staff, Now);
        return "已记录整改任务完成。";
    }, ct);

    public Task<IActionResult> OnPostVerifyAsync(int id, CancellationToken ct) => ActAsync(id, "核实整改", Need.Verify, o =>
    {
        o.Verify(Input.Text ?? "", Staff, IsSupervisor, Now);
        return "已核实整改。";
    }, ct);

    public Task<IActionResult> OnPostPublishAsync(int id, CancellationToken ct) => ActAsync(id, "公开整改结果", Need.Handle, o =>
    {
        o.PublishRectification(Input.Text ?? "", Staff, Now);
        return "整改情况和结果已公开。";
    }, ct);

    public Task<IActionResult> OnPostCloseAsync(int id, CancellationToken ct) => ActAsync(id, "办结意见", Need.Handle, o =>
    {
        o.Close(Input.Text, Staff, Now);
        return "已办结。";
    }, ct);

    public Task<IActionResult> OnPostShowAsync(int id, CancellationToken ct) => ActAsync(id, "留言公开显示", Need.Handle, o =>
    {
        o.Show(Staff, Now);
        return "已在门户公开显示。";
    }, ct);

    public Task<IActionResult> OnPostHideAsync(int id, CancellationToken ct) => ActAsync(id, "隐藏留言", Need.Handle, o =>
    {
        o.Hide(Input.Text ?? "", Staff, Now);
        return "已隐藏，理由已记录。";
    }, ct);

    private enum Need { Handle, Approve, Verify }

    private WorkingDayCalendar Calendar { get; set; } = null!;

    private OpinionActor Staff => new(CurrentUserId, User.Identity?.Name ?? "");

    private DateTimeOffset Now => time.GetUtcNow();

    /// <summary>
    /// Runs a step. Someone who may take no step of this kind is refused (403); a step the opinion
    /// refuses (an approver's or supervisor's own check included) re-renders the page with the reason
    /// (400) and what was typed, nothing saved.
    /// </summary>
    private async Task<IActionResult> ActAsync(int id, string action, Need need, Func<Opinion, string> step, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refusal)
        {
            return refusal;
        }
        var allowed = need switch
        {
            Need.Handle => CanHandle,
            Need.Approve => MayApprove || CanHandle,
            _ => IsSupervisor || CanHandle,
        };
        if (!allowed)
        {
            return Forbid();
        }
        if (Input.Revision != Opinion.Revision)
        {
            return await ConflictAsync(id, ct);
        }
        var outcome = await WorkStep.SaveAsync(db, action, Opinion.TrackingCode, () => step(Opinion), ct);
        if (outcome.Conflict)
        {
            return await ConflictAsync(id, ct);
        }
        if (outcome.Refusal is { } reason)
        {
            await LoadAsync(id, ct);
            Problem = reason;
            return Invalid();
        }
        Flash = outcome.Done;
        return Redirect($"/admin/opinions/{id}");
    }

    private async Task<IActionResult> ConflictAsync(int id, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        await LoadAsync(id, ct);
        Problem = "这条意见刚被其他人处理过，请查看最新状态后再操作。";
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Page();
    }

    private async Task<IActionResult?> LoadAsync(int id, CancellationToken ct)
    {
        var opinion = await opinions.FindAsync(id, ct);
        if (opinion is null)
        {
            return NotFound();
        }
        Opinion = opinion;
        PageTitle = $"{opinion.Kind.Chinese()} {opinion.TrackingCode}";
        CanHandle = await opinions.CanHandleAsync(opinion.BodyId, ct);
        MayApprove = await opinions.MayApproveAsync(opinion.BodyId, ct);
        IsSupervisor = await opinions.IsSupervisorAsync(opinion.BodyId, ct);
        Calendar = await calendars.GetAsync(ct);
        DaysLeft = OpinionQueueModel.AwaitingAnswer.Contains(opinion.Status) ? Calendar.WorkingDaysLeft(Today, opinion.DueOn) : null;
        Handlers = CanHandle ? await opinions.HandlersAsync(opinion.BodyId, ct) : [];
        Findings = PrivacyScanner.Scan(opinion.Title is null ? opinion.Text : $"{opinion.Title}\n{opinion.Text}", Today);
        AnswerFindings = opinion is { AnswerPublic: true, Answer: { } answer } ? PrivacyScanner.Scan(answer, Today) : [];
        if (opinion.ItemId is { } itemId)
        {
            ItemTitle = await db.Items.AsNoTracking().Where(i => i.Id == itemId).Select(i => i.Title).FirstOrDefaultAsync(ct);
        }
        if (opinion.AgainstBodyId is { } against)
        {
            AgainstBodyName = await db.Bodies.AsNoTracking().Where(b => b.Id == against).Select(b => b.Name).FirstOrDefaultAsync(ct);
        }
        if (opinion.FollowsOpinionId is { } follows)
        {
            FollowsTrackingCode = await db.Opinions.AsNoTracking().IgnoreAutoIncludes().Where(o => o.Id == follows).Select(o => o.TrackingCode).FirstOrDefaultAsync(ct);
        }
        return null;
    }
}
