using Gongkai.BackOffice;
using Gongkai.Data;
using Gongkai.Review;
using Gongkai.Staff;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Items.Admin;

/// <summary>
/// Edits the proposal of an item: a draft, a draft returned by a reviewer, or a new version of a
/// published item (the public keeps seeing the published text until the revision is approved).
/// Both may take attachments and a CSV/XLSX table; a revision may also take listed files off.
/// A revision's file changes stay pending, never public, until it is published. Concurrent
/// edits are detected.
/// </summary>
public sealed class EditItemModel(GongkaiDb db, AdminItems items, AttachmentIntake intake, TimeProvider time) : AdminPageModel
{
    [BindProperty]
    public MetadataInput Input { get; set; } = new();

    /// <summary>The proposal revision the form was loaded from.</summary>
    [BindProperty]
    public int Revision { get; set; }

    /// <summary>For a revision of a published item: what changed.</summary>
    [BindProperty]
    public string? Note { get; set; }

    [BindProperty]
    public List<IFormFile> Files { get; set; } = [];

    [BindProperty]
    public IFormFile? Table { get; set; }

    /// <summary>For a revision: listed files it takes off when published.</summary>
    [BindProperty]
    public List<int> RemoveIds { get; set; } = [];

    /// <summary>For a revision: files it proposed to add and no longer does.</summary>
    [BindProperty]
    public List<int> DiscardIds { get; set; } = [];

    public DisclosureItem Item { get; private set; } = null!;
    public Proposal? Proposal { get; private set; }
    public bool IsRevision => Item.Status == ItemStatus.Published;
    public IReadOnlyList<(int Id, string Name)> Categories { get; private set; } = [];
    public Dictionary<string, string> Errors { get; private set; } = [];
    public bool Conflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refusal)
        {
            return refusal;
        }
        Input = MetadataInput.From(Proposal?.Metadata ?? Item.Metadata, Item.CategoryId);
        Revision = Proposal?.Revision ?? 0;
        Note = Proposal?.Note;
        RemoveIds = Item.ListedAttachments.Where(a => a.RemovalProposed).Select(a => a.Id).ToList();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refusal)
        {
            return refusal;
        }
        var valid = Input.TryGetMetadata(out var metadata, out var errors);
        Errors = errors;
        if (Input.CategoryId != Item.CategoryId)
        {
            Errors["CategoryId"] = "已建立的信息不能更换目录栏目；如放错栏目，请撤回后重新发布。";
        }
        if (IsRevision && string.IsNullOrWhiteSpace(Note))
        {
            Errors["Note"] = "请说明这次修订改了什么（将显示在历史版本中）。";
        }
        if (!ChosenFilesExist())
        {
            Errors["Files"] = "选中的附件已不在这份稿件中，请重新打开修改页面。";
        }
        if ((Proposal?.Revision ?? 0) != Revision)
        {
            Conflict = true;
        }
        if (!valid || Errors.Count > 0 || Conflict)
        {
            return Conflict ? Status409() : Invalid();
        }
        var now = time.GetUtcNow();
        var uploads = await ItemUploads.TakeAsync(intake, Files, Table, ct);
        if (uploads.Problem is not null)
        {
            Errors[uploads.Field!] = uploads.Problem;
            return Invalid();
        }
        metadata = metadata with { BodyHtml = metadata.BodyHtml + uploads.TableHtml };
        if (Proposal is null)
        {
            Proposal = Review.Proposal.ForRevision(Item, metadata, Note!, CurrentUserId, now);
            db.Proposals.Add(Proposal);
        }
        else
        {
            db.Entry(Proposal).Property(p => p.Revision).OriginalValue = Revision;
            Proposal.Edit(metadata, CurrentUserId, now);
        }
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            db.AuditAs(IsRevision ? "修订信息" : "修改草稿");
            await db.SaveChangesAsync(ct);
            await SaveAttachmentChangesAsync(uploads.Attachments, ct);
            await transaction.CommitAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            Conflict = true;
            return Status409();
        }
        Flash = "已保存。";
        return Redirect($"/admin/items/{id}");
    }

    /// <summary>The ticked files are still where the form showed them (and only a revision takes files off).</summary>
    private bool ChosenFilesExist() =>
        (IsRevision || RemoveIds.Count + DiscardIds.Count == 0)
        && RemoveIds.All(id => Item.ListedAttachments.Any(a => a.Id == id))
        && DiscardIds.All(id => Item.ProposedAttachments.Any(a => a.Id == id));

    /// <summary>Saves each kind of file change on its own, so the audit trail names it.</summary>
    private async Task SaveAttachmentChangesAsync(IReadOnlyList<Attachment> added, CancellationToken ct)
    {
        added.ToList().ForEach(Item.AddAttachment);
        await SaveAsync(IsRevision ? "修订增加附件" : "增加附件", added, ct);
        if (!IsRevision)
        {
            return;
        }
        var remove = Item.ListedAttachments.Where(a => RemoveIds.Contains(a.Id) && !a.RemovalProposed).ToList();
        remove.ForEach(Item.ProposeRemoval);
        await SaveAsync("修订删除附件", remove, ct);
        var keep = Item.ListedAttachments.Where(a => !RemoveIds.Contains(a.Id) && a.RemovalProposed).ToList();
        var discard = Item.ProposedAttachments.Where(a => DiscardIds.Contains(a.Id)).ToList();
        keep.ForEach(Item.KeepAttachment);
        discard.ForEach(Item.DiscardProposedAttachment);
        await SaveAsync("修订撤销附件改动", [.. keep, .. discard], ct);
    }

    private async Task SaveAsync(string action, IReadOnlyList<Attachment> files, CancellationToken ct)
    {
        if (files.Count > 0)
        {
            var names = string.Join("、", files.Select(f => f.FileName));
            db.AuditAs(action, names.Length > 2000 ? names[..2000] + "…" : names);
            await db.SaveChangesAsync(ct);
        }
    }

    private PageResult Status409()
    {
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Page();
    }

    private async Task<IActionResult?> LoadAsync(int id, CancellationToken ct)
    {
        PageTitle = "修改信息";
        var item = await items.FindAsync(id, ct);
        if (item is null)
        {
            return NotFound();
        }
        Item = item;
        if (!(await Access.ReachAsync(ct)).Has(StaffRole.Drafter, item.BodyId))
        {
            return Forbid();
        }
        Proposal = await items.OpenProposalAsync(id, ct);
        if (Proposal is { Status: not ProposalStatus.Editing } || item.Status == ItemStatus.Withdrawn || (Proposal is null && item.Status != ItemStatus.Published))
        {
            Flash = "该信息正在审核或已撤回，不能修改。";
            return Redirect($"/admin/items/{id}");
        }
        Categories = await items.CategoriesAsync(item.BodyId, ct);
        return null;
    }
}
