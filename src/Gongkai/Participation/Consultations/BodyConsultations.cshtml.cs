using Gongkai.Bodies;
using Gongkai.Data;
using Gongkai.Portal;
using Gongkai.Text;
using Gongkai.Visibility;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Participation.Consultations;

/// <summary>A body's consultations: those taking comments or about to, and closed ones with their account of adoption.</summary>
public sealed class BodyConsultationsModel(GongkaiDb db, TimeProvider time) : PortalPageModel
{
    public Body Body { get; private set; } = null!;
    public IReadOnlyList<Consultation> Current { get; private set; } = [];
    public IReadOnlyList<Consultation> Closed { get; private set; } = [];
    public DateOnly Today { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        var body = await db.Bodies.AsNoTracking().FirstOrDefaultAsync(b => b.Slug == slug, ct);
        if (body is null)
        {
            return NotFound();
        }
        Body = HeaderBody = body;
        PageTitle = "征求意见";
        StartCrumbs(body);
        Crumbs.Add(new Crumb(PageTitle));
        Today = time.GetUtcNow().ChinaDate();
        var all = await db.Consultations.AsNoTracking().Where(PublicVisibility.ConsultationRule).Where(c => c.BodyId == body.Id)
            .OrderByDescending(c => c.OpensOn).ThenByDescending(c => c.Id).Take(500).ToListAsync(ct);
        Current = all.Where(c => !c.HasClosed(Today)).ToList();
        Closed = all.Where(c => c.HasClosed(Today)).ToList();
        return Page();
    }
}
