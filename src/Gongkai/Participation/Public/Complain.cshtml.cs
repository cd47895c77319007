using Gongkai.Bodies;
using Gongkai.Data;
using Gongkai.Portal;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Participation.Public;

/// <summary>
/// Complaints (投诉, Arts. 47 and 51: a body failed to disclose or to answer lawfully) and reports
/// (举报), at /complaints and, with the body chosen, at /bodies/{slug}/complain. Either may be fully
/// anonymous; neither is ever shown on the portal. Routing: <see cref="ComplaintRouting"/>.
/// </summary>
public sealed class ComplainModel(GongkaiDb db, OpinionPosting posting) : OpinionFormPageModel(posting)
{
    [BindProperty] public string? Kind { get; set; }
    [BindProperty] public string? BodySlug { get; set; }
    /// <summary>For a report: it is about the chosen body itself or its staff.</summary>
    [BindProperty] public bool AboutTheBody { get; set; }

    public Body? Body { get; private set; }
    public IReadOnlyList<Body> Bodies { get; private set; } = [];
    public OpinionFormView Form => new(Input, Errors, SubmissionKey, "事实和理由", AskConsent: false,
        TextHint: $"请写明所涉事项、时间和经过；投诉未答复申请的，可写明申请的查询码。不超过 {Opinion.TextMaxLength} 字。",
        ContactHint: "可以不填。填写的，只有办理的工作人员能看到，便于向您核实情况；网站上任何地方都不会显示。");

    public async Task<IActionResult> OnGetAsync(string? slug, CancellationToken ct)
    {
        if (!await LoadAsync(slug, ct))
        {
            return NotFound();
        }
        BodySlug = Body?.Slug;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? slug, CancellationToken ct)
    {
        if (!await LoadAsync(slug, ct))
        {
            return NotFound();
        }
        var kind = Kind switch { "Complaint" => OpinionKind.Complaint, "Report" => (OpinionKind?)OpinionKind.Report, _ => null };
        if (kind is null)
        {
            Errors[nameof(Kind)] = "请选择投诉还是举报。";
        }
        // Tracked, with its supervising body: the new opinion refers to both.
        var concerned = await db.Bodies.Include(b => b.Parent).FirstOrDefaultAsync(b => b.Slug == BodySlug, ct);
        if (concerned is null)
        {
            Errors[nameof(BodySlug)] = "请选择所涉及的机关。";
        }
        if (kind is null || concerned is null)
        {
            return await SendAsync(OpinionKind.Complaint, null, OpinionSubject.None, "事实和理由", ct);
        }
        var (handledBy, subject) = ComplaintRouting.Route(kind.Value, concerned, AboutTheBody);
        Input.Public = false;
        return await SendAsync(kind.Value, handledBy, subject, "事实和理由", ct);
    }

    private async Task<bool> LoadAsync(string? slug, CancellationToken ct)
    {
        PageTitle = "投诉举报";
        Bodies = await db.Bodies.AsNoTracking().OrderBy(b => b.ParentId == null ? 0 : 1).ThenBy(b => b.SortOrder).ThenBy(b => b.Id).ToListAsync(ct);
        if (slug is not null)
        {
            Body = Bodies.FirstOrDefault(b => b.Slug == slug);
            if (Body is null)
            {
                return false;
            }
            HeaderBody = Body;
        }
        StartCrumbs(Body);
        Crumbs.Add(new Crumb(PageTitle));
        return true;
    }
}
