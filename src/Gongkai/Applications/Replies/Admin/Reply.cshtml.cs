using Gongkai.Applications.Admin;
using Gongkai.BackOffice;
using Gongkai.Data;
using Gongkai.Files;
using Gongkai.Items;
using Gongkai.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Applications.Replies.Admin;

/// <summary>
/// The reply to one application: handlers choose the outcome, generate and edit the letter, list the
/// withheld parts and upload the disclosed files, then submit; the disclosure-office head approves or
/// returns it with a reason. The privacy guard's findings in the letter and files must be masked or
/// justified before approval. Readers without a role to act see it read-only.
/// </summary>
public sealed class ReplyModel(GongkaiDb db, AdminApplications applications, AttachmentIntake intake, IFileStore store, Mail.Mailbox mailbox, TimeProvider time) : AdminPageModel
{
    [BindProperty] public ReplyInput Input { get; set; } = new();
    [BindProperty] public List<IFormFile> Files { get; set; } = [];
    [BindProperty] public List<int> RemoveFileIds { get; set; } = [];
    /// <summary>The reply revision the form was loaded from.</summary>
    [BindProperty] public int Revision { get; set; }

    public DisclosureApplication Application { get; private set; } = null!;
    public ApplicationReply? Reply { get; private set; }
    public bool CanHandle { get; private set; }
    public bool IsOfficeHead { get; private set; }
    public IReadOnlyList<ReplyPrivacy.Located> Findings { get; private set; } = [];
    public IReadOnlyList<ReplyPrivacy.Located> Unresolved { get; private set; } = [];
    public Dictionary<string, string> Errors { get; } = [];
    public string? Problem { get; private set; }

    public bool CanEdit => CanHandle && (Reply?.IsEditable ?? true) && Application.ReceivedOn is not null && Application.Status is not (ApplicationStatus.Closed or ApplicationStatus.ReplyPending);
    public ApplicationEvent? LastReturn => Application.Events.LastOrDefault(e => e.Kind == ApplicationEventKind.ReplyReturned);

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refusal)
        {
            return refusal;
        }
        Input = Reply is null ? new ReplyInput() : ReplyInput.From(Reply);
        return Page();
    }

    /// <summary>Saves the draft; with <paramref name="regenerate"/> (or an empty letter) the letter is written anew from the template.</summary>
    public async Task<IActionResult> OnPostSaveAsync(int id, bool regenerate, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refusal)
        {
            return refusal;
        }
        if (!CanHandle)
        {
            return Forbid();
        }
        if (!CanEdit)
        {
            return Refuse(Reply?.Status == ReplyStatus.Pending ? "答复已提交审批，退回后才能修改。" : "该申请现在不能拟定答复。");
        }
        if (Reply is not null && Reply.Revision != Revision)
        {
            return Refuse("这份答复刚被其他人保存过，您的修改没有保存。请复制需要的内容，刷新页面后再改。", StatusCodes.Status409Conflict);
        }
        var kept = Reply?.Files.Where(f => !RemoveFileIds.Contains(f.Id)).ToList() ?? [];
        var uploads = Files.Where(f => f.Length > 0).ToList();
        var draft = Input.ToDraft();
        if (Outcome.Find(draft.OutcomeCode) is not null && (regenerate || string.IsNullOrWhiteSpace(HtmlCleaner.ToText(draft.LetterHtml))))
        {
            var names = kept.Select(f => f.FileName).Concat(uploads.Select(f => AttachmentIntake.CleanName(f.FileName)));
            draft = draft with { LetterHtml = ReplyLetters.Generate(ReplyLetters.FactsFor(Application, draft, names, Today)).Html };
        }
        Input.LegalBasis = draft.LegalBasis;
        Input.LetterText = HtmlCleaner.ToText(draft.LetterHtml);
        foreach (var problem in ApplicationReply.Problems(draft))
        {
            Errors.TryAdd(problem.Field, problem.Message);
        }
        if (Errors.Count > 0)
        {
            return Invalid();
        }
        var accepted = new List<ReplyFile>();
        foreach (var upload in uploads)
        {
            await using var stream = upload.OpenReadStream();
            var taken = await intake.AcceptAsync(upload.FileName, stream, ct);
            if (taken.Attachment is null)
            {
                Errors["Files"] = taken.Problem!;
                return Invalid();
            }
            accepted.Add(ReplyFile.From(taken.Attachment));
        }
        var now = time.GetUtcNow();
        if (Reply is null)
        {
            Reply = new ApplicationReply(Application, draft, Actor, now);
            db.ApplicationReplies.Add(Reply);
        }
        else
        {
            db.Entry(Reply).Property(r => r.Revision).OriginalValue = Revision;
            Reply.Edit(draft, Actor, now);
            Reply.Files.Where(f => RemoveFileIds.Contains(f.Id)).ToList().ForEach(f => Reply.RemoveFile(f, now));
        }
        accepted.ForEach(f => Reply.AddFile(f, now));
        db.AuditAs(regenerate ? "按模板生成答复告知书" : "保存答复草稿", $"{Reply.Outcome.Label}；文件 {Reply.Files.Count} 个");
        return await SaveAsync(id, regenerate ? "已按所选结果重新生成告知书并保存，请核对后提交审批。" : "答复草稿已保存。", ct);
    }

    public Task<IActionResult> OnPostSubmitAsync(int id, CancellationToken ct) => ActAsync(id, Role.Handler, () =>
    {
        Application.DraftReply(RequireReply(), Actor, time.GetUtcNow());
        db.AuditAs("提交答复审批", Reply!.Outcome.Label);
        return "答复已提交政府信息公开工作机构负责人审批。";
    }, ct);

    public Task<IActionResult> OnPostApproveAsync(int id, string? opinion, CancellationToken ct) => ActAsync(id, Role.OfficeHead, () =>
    {
        Application.ApproveReply(RequireReply(), Unresolved.Count, Actor, IsOfficeHead, time.GetUtcNow());
        db.AuditAs("审批通过答复", string.IsNullOrWhiteSpace(opinion) ? Reply!.Outcome.Label : opinion.Trim());
        return "答复已审批。申请人可在查询页面下载告知书和公开的文件；请登记送达。";
    }, ct);

    public Task<IActionResult> OnPostReturnAsync(int id, string? reason, CancellationToken ct) => ActAsync(id, Role.OfficeHead, () =>
    {
        Application.ReturnReply(RequireReply(), reason ?? "", Actor, IsOfficeHead, time.GetUtcNow());
        db.AuditAs("退回答复", reason);
        return "答复已退回承办人修改。";
    }, ct);

    public Task<IActionResult> OnPostMaskAsync(int id, int start, string? text, CancellationToken ct) => ActAsync(id, Role.Handler, () =>
    {
        var found = Findings.FirstOrDefault(f => f.CanMask && f.Finding.Start == start && f.Finding.Text == text)
            ?? throw new InvalidOperationException("这处个人信息已经处理过了，请刷新页面。");
        RequireReply().MaskInLetter(found.Finding, time.GetUtcNow());
        db.AuditAs("遮盖告知书中的个人信息", found.Finding.KindName);
        return $"已遮盖告知书中的{found.Finding.KindName}。";
    }, ct);

    public Task<IActionResult> OnPostJustifyAsync(int id, string? field, string? text, string? justification, CancellationToken ct) => ActAsync(id, Role.Handler, () =>
    {
        var found = Unresolved.FirstOrDefault(f => f.Field == field && f.Finding.Text == text)
            ?? throw new InvalidOperationException("这处个人信息已经处理过了，请刷新页面。");
        RequireReply().Justify(found.Field, found.Finding, justification, Actor, time.GetUtcNow());
        db.AuditAs("保留个人信息并说明理由", $"{found.Field}：{found.Finding.KindName}。{justification}");
        return "已记录保留理由。";
    }, ct);

    /// <summary>Who may take a step: anyone who handles the body's applications (handlers and the office head), or the office head alone.</summary>
    private enum Role { Handler, OfficeHead }

    private ApplicationActor Actor => new(CurrentUserId, User.Identity?.Name ?? "");

    private DateOnly Today => time.GetUtcNow().ChinaDate();

    private ApplicationReply RequireReply() => Reply ?? throw new InvalidOperationException("请先保存答复草稿。");

    /// <summary>Runs a step; a refused move re-renders the page with the reason (400), nothing saved.</summary>
    private async Task<IActionResult> ActAsync(int id, Role role, Func<string> action, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refusal)
        {
            return refusal;
        }
        if (!(role == Role.Handler ? CanHandle : IsOfficeHead))
        {
            return Forbid();
        }
        string done;
        try
        {
            done = action();
        }
        catch (InvalidOperationException e)
        {
            return Refuse(e.Message);
        }
        catch (ArgumentException e)
        {
            return Refuse(e.Message);
        }
        return await SaveAsync(id, done, ct);
    }

    private async Task<IActionResult> SaveAsync(int id, string done, CancellationToken ct)
    {
        try
        {
            ApplicantNotices.QueueNew(mailbox, Application, $"{Request.Scheme}://{Request.Host}");
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Refuse("这份答复刚被其他人处理过，请刷新页面查看最新状态。", StatusCodes.Status409Conflict);
        }
        Flash = done;
        return Redirect($"/admin/applications/{id}/reply");
    }

    /// <summary>The page again with the reason, what was typed kept, and the latest saved state shown.</summary>
    private PageResult Refuse(string message, int status = StatusCodes.Status400BadRequest)
    {
        Problem = message;
        Response.StatusCode = status;
        return Page();
    }

    private async Task<IActionResult?> LoadAsync(int id, CancellationToken ct)
    {
        var application = await applications.FindAsync(id, ct);
        if (application is null)
        {
            return NotFound();
        }
        Application = application;
        PageTitle = $"答复申请 {application.TrackingCode}";
        Reply = await db.ApplicationReplies.FirstOrDefaultAsync(r => r.ApplicationId == id, ct);
        CanHandle = await applications.CanHandleAsync(application.BodyId, ct);
        IsOfficeHead = await applications.IsOfficeHeadAsync(application.BodyId, ct);
        if (Reply is not null && Reply.Status != ReplyStatus.Approved)
        {
            Findings = await ReplyPrivacy.ScanAsync(Reply, store, ct);
            Unresolved = ReplyPrivacy.Unresolved(Findings, Reply.PrivacyNotes);
        }
        return null;
    }
}
