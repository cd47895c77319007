using Gongkai.Bodies;
using Gongkai.Data;
using Gongkai.Portal;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Guides;

/// <summary>A body's disclosure guide: the current version, or an earlier one with <c>?version=N</c>.</summary>
public sealed class GuidePageModel(GongkaiDb db) : PortalPageModel
{
    public Body Body { get; private set; } = null!;
    public GuideVersion? Shown { get; private set; }
    public IReadOnlyList<(int Number, DateTimeOffset PublishedAt, string? Note)> Versions { get; private set; } = [];
    public bool IsCurrent { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, string? version, CancellationToken ct)
    {
        var body = await db.Bodies.AsNoTracking().Include(b => b.ReadingRooms).FirstOrDefaultAsync(b => b.Slug == slug, ct);
        if (body is null)
        {
            return NotFound();
        }
        int? number = null;
        if (version is not null)
        {
            if (!int.TryParse(version, out var n) || n < 1)
            {
                return BadRequest();
            }
            number = n;
        }
        Body = HeaderBody = body;
        PageTitle = "政府信息公开指南";
        StartCrumbs(body);
        Crumbs.Add(new Crumb(PageTitle));
        var versions = await db.GuideVersions.AsNoTracking().Where(g => g.BodyId == body.Id).OrderByDescending(g => g.Number)
            .Select(g => new { g.Number, g.PublishedAt, g.ChangeNote }).ToListAsync(ct);
        Versions = versions.Select(v => (v.Number, v.PublishedAt, v.ChangeNote)).ToList();
        var wanted = number ?? versions.FirstOrDefault()?.Number;
        Shown = wanted is null ? null : await db.GuideVersions.AsNoTracking().FirstOrDefaultAsync(g => g.BodyId == body.Id && g.Number == wanted, ct);
        if (number is not null && Shown is null)
        {
            return NotFound();
        }
        IsCurrent = Shown is not null && Shown.Number == versions[0].Number;
        return Page();
    }
}
