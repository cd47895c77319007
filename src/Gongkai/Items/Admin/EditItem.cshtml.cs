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
/// A draft may also take attachments and a CSV/XLSX table. Concurrent edits are detected.
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
        if ((Files.Count > 0 || Table is not null) && IsRevision)
        {
            Errors["Files"] = "修订已发布信息时暂不能增加附件：请在正文中说明，或撤回后重新发布。";
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
        foreach (var file in Files.Where(f => f.Length > 0))
        {
            await using var stream = file.OpenReadStream();
            var outcome = await intake.AcceptAsync(file.FileName, stream, ct);
            if (outcome.Attachment is null)
            {
                Errors["Files"] = outcome.Problem!;
                return Invalid();
            }
            Item.AddAttachment(outcome.Attachment);
        }
        if (Table is { Length: > 0 })
        {
            if (!TableImport.CanImport(Table.FileName))
            {
                Errors["Table"] = "表格文件只能是 CSV 或 XLSX。";
                return Invalid();
            }
            await using var buffer = new MemoryStream();
            await Table.CopyToAsync(buffer, ct);
            buffer.Position = 0;
            var original = await intake.AcceptAsync(Table.FileName, buffer, ct);
            buffer.Position = 0;
            var (html, problem) = original.Attachment is null ? (null, original.Problem) : TableImport.ToHtml(Table.FileName, buffer);
            if (html is null)
            {
                Errors["Table"] = problem!;
                return Invalid();
            }
            Item.AddAttachment(original.Attachment!);
            metadata = metadata with { BodyHtml = metadata.BodyHtml + html };
        }
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
        db.AuditAs(IsRevision ? "修订信息" : "修改草稿");
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            Conflict = true;
            return Status409();
        }
        Flash = "已保存。";
        return Redirect($"/admin/items/{id}");
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
