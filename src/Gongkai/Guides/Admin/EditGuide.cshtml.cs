using Gongkai.BackOffice;
using Gongkai.Bodies;
using Gongkai.Data;
using Gongkai.Review;
using Gongkai.Staff;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Guides.Admin;

/// <summary>
/// A drafter writes the next version of a body's disclosure guide, starting from the text the
/// public sees (or from the open draft), with a note of what changed. The draft then goes through
/// review; the public keeps seeing the current version until it is published.
/// </summary>
public sealed class EditGuideModel(GongkaiDb db, AdminGuides guides, TimeProvider time) : AdminPageModel
{
    [BindProperty]
    public string? ContentHtml { get; set; }

    [BindProperty]
    public string? ChangeNote { get; set; }

    /// <summary>The draft's revision the form was loaded from (0 for a new draft).</summary>
    [BindProperty]
    public int Revision { get; set; }

    public Body Body { get; private set; } = null!;
    public GuideVersion? Current { get; private set; }
    public GuideProposal? Proposal { get; private set; }
    public Dictionary<string, string> Errors { get; private set; } = [];
    public bool Conflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(int bodyId, CancellationToken ct)
    {
        if (await LoadAsync(bodyId, ct) is { } refusal)
        {
            return refusal;
        }
        ContentHtml = Proposal?.ContentHtml ?? Current?.ContentHtml;
        ChangeNote = Proposal?.ChangeNote;
        Revision = Proposal?.Revision ?? 0;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int bodyId, CancellationToken ct)
    {
        if (await LoadAsync(bodyId, ct) is { } refusal)
        {
            return refusal;
        }
        var html = Items.Admin.MetadataInput.ToHtml(ContentHtml);
        Errors = GuideProposal.Problems(html, ChangeNote).ToDictionary();
        Conflict = (Proposal?.Revision ?? 0) != Revision;
        if (Errors.Count > 0 || Conflict)
        {
            return Conflict ? Status409() : Invalid();
        }
        var now = time.GetUtcNow();
        if (Proposal is null)
        {
            db.GuideProposals.Add(GuideProposal.Draft(Body.Id, Current?.Number, html, ChangeNote!, CurrentUserId, now));
            db.AuditAs(GuideAudit.Draft, ChangeNote);
        }
        else
        {
            db.Entry(Proposal).Property(p => p.Revision).OriginalValue = Revision;
            Proposal.Edit(html, ChangeNote!, CurrentUserId, now);
            db.AuditAs(GuideAudit.Edit, ChangeNote);
        }
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            Conflict = true;
            return Status409();
        }
        Flash = "指南稿已保存。完成后请送审；审核通过前，公众看到的仍是现行版本。";
        return Redirect($"/admin/guides/{Body.Id}");
    }

    private PageResult Status409()
    {
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Page();
    }

    private async Task<IActionResult?> LoadAsync(int bodyId, CancellationToken ct)
    {
        PageTitle = "修订政府信息公开指南";
        if (await guides.FindBodyAsync(bodyId, ct) is not { } body)
        {
            return NotFound();
        }
        Body = body;
        if (!(await Access.ReachAsync(ct)).Has(StaffRole.Drafter, body.Id))
        {
            return Forbid();
        }
        Proposal = await guides.OpenProposalAsync(bodyId, ct);
        if (Proposal is { Status: not ProposalStatus.Editing })
        {
            Flash = "指南稿正在审核或等待发布，不能修改。";
            return Redirect($"/admin/guides/{bodyId}");
        }
        Current = await guides.CurrentAsync(bodyId, ct);
        return null;
    }
}
