using Gongkai.Applications.Admin;
using Gongkai.BackOffice;
using Gongkai.Data;
using Gongkai.Files;
using Gongkai.Items;
using Gongkai.Items.Admin;
using Gongkai.Review;
using Gongkai.Staff;
using Gongkai.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Applications.Replies.Admin;

/// <summary>
/// Art. 44: information disclosed on application becomes a draft item for proactive disclosure,
/// prefilled with the requested information's title and the disclosed files, for a handler who also
/// drafts for the body. The draft then goes through the normal editor and review.
/// </summary>
public sealed class ProactiveModel(GongkaiDb db, AdminApplications applications, AdminItems items, IFileStore store, TimeProvider time) : AdminPageModel
{
    [BindProperty] public int CategoryId { get; set; }
    [BindProperty] public string? Title { get; set; }

    public DisclosureApplication Application { get; private set; } = null!;
    public ApplicationReply? Reply { get; private set; }
    public IReadOnlyList<(int Id, string Name)> Categories { get; private set; } = [];
    public Dictionary<string, string> Errors { get; } = [];
    /// <summary>Why this application cannot be converted, if it cannot.</summary>
    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refusal)
        {
            return refusal;
        }
        Title = Application.Request.Title ?? Application.Request.DocumentNumber ?? Application.Request.Summary;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refusal)
        {
            return refusal;
        }
        if (Problem is not null)
        {
            return Invalid();
        }
        if (Categories.All(c => c.Id != CategoryId))
        {
            Errors["CategoryId"] = "请选择本机构的目录栏目。";
        }
        var now = time.GetUtcNow();
        var metadata = new ItemMetadata { Title = Title?.Trim() ?? "", IssuingBody = Application.Body.Name, CreatedOn = Reply!.IssuedOn ?? now.ChinaDate() };
        foreach (var problem in metadata.Problems())
        {
            Errors.TryAdd("Title", problem);
        }
        if (Errors.Count > 0)
        {
            return Invalid();
        }
        var category = await db.CatalogueCategories.SingleAsync(c => c.Id == CategoryId, ct);
        var item = new DisclosureItem(Application.Body, category, metadata, now);
        foreach (var file in Reply.Files)
        {
            await using var content = store.OpenRead(file.StorageKey);
            if (content is not null)
            {
                var copy = await store.SaveAsync(content, Path.GetExtension(file.FileName), ct);
                item.AddAttachment(new Attachment(file.FileName, file.ContentType, copy.Length, copy.Key, copy.Sha256, now));
            }
        }
        db.Items.Add(item);
        db.Proposals.Add(Proposal.ForNewItem(item, CurrentUserId, now));
        Application.ConvertToProactive(Reply, item, new ApplicationActor(CurrentUserId, User.Identity?.Name ?? ""), now);
        db.AuditAs("依申请公开转为主动公开", $"申请 {Application.TrackingCode}：{item.Title}");
        await db.SaveChangesAsync(ct);
        Flash = "已建立主动公开信息草稿，请补充元数据和正文后送审。";
        return Redirect($"/admin/items/{item.Id}/edit");
    }

    private async Task<IActionResult?> LoadAsync(int id, CancellationToken ct)
    {
        PageTitle = "转为主动公开";
        var application = await applications.FindAsync(id, ct);
        if (application is null)
        {
            return NotFound();
        }
        Application = application;
        if (!await applications.CanHandleAsync(application.BodyId, ct) || !(await Access.ReachAsync(ct)).Has(StaffRole.Drafter, application.BodyId))
        {
            return Forbid();
        }
        Reply = await db.ApplicationReplies.FirstOrDefaultAsync(r => r.ApplicationId == id, ct);
        Problem = Reply switch
        {
            null or { Status: not ReplyStatus.Approved } => "答复审批后才能转为主动公开。",
            _ when !ApplicationReply.Discloses(Reply.Outcome) => "只有予以公开或部分公开的答复可以转为主动公开。",
            { ProactiveItemId: not null } => "这份答复已经转为主动公开。",
            _ => null,
        };
        Categories = await items.CategoriesAsync(application.BodyId, ct);
        return null;
    }
}
