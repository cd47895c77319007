using Gongkai.Bodies;
using Gongkai.Data;
using Gongkai.Portal;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Participation.Public;

/// <summary>A body's answered public feedback (comments and suggestions with public answers) and its published rectifications, newest first.</summary>
public sealed class BodyFeedbackModel(GongkaiDb db) : PortalPageModel
{
    public Body Body { get; private set; } = null!;
    public IReadOnlyList<PublicOpinionView> Entries { get; private set; } = [];
    public Paging Paging { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, [FromQuery(Name = "page")] int? pageNumber, CancellationToken ct)
    {
        var body = await db.Bodies.AsNoTracking().FirstOrDefaultAsync(b => b.Slug == slug, ct);
        if (body is null || pageNumber < 1)
        {
            return NotFound();
        }
        Body = HeaderBody = body;
        PageTitle = $"{body.Name}答复和整改";
        StartCrumbs(body);
        Crumbs.Add(new Crumb("答复和整改"));
        var (rows, total) = await PublicOpinions.FeedbackAsync(db, body.Id, Viewer, pageNumber ?? 1, ct);
        Entries = rows;
        Paging = new Paging(pageNumber ?? 1, total, p => $"{OpinionLinks.BodyFeedback(slug)}?page={p}");
        return Page();
    }
}
