using Gongkai.BackOffice;
using Gongkai.Data;
using Gongkai.Review;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Guides.Admin;

/// <summary>The disclosure guides of the bodies the signed-in person holds a role in: the current version and any draft.</summary>
public sealed class GuideListModel(GongkaiDb db) : AdminPageModel
{
    public sealed record Row(int BodyId, string Body, int? Number, DateTimeOffset? PublishedAt, string? Draft);

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        PageTitle = "公开指南";
        var bodies = (await Access.ReachAsync(ct)).MemberOf.ToList();
        var names = await db.Bodies.AsNoTracking().Where(b => bodies.Contains(b.Id)).OrderBy(b => b.Id).Select(b => new { b.Id, b.Name }).ToListAsync(ct);
        var versions = await db.GuideVersions.AsNoTracking().Where(g => bodies.Contains(g.BodyId))
            .Select(g => new { g.BodyId, g.Number, g.PublishedAt }).ToListAsync(ct);
        var drafts = await db.GuideProposals.AsNoTracking().Include(p => p.Decisions)
            .Where(p => bodies.Contains(p.BodyId) && p.Status != ProposalStatus.Published).ToListAsync(ct);
        Rows = names.Select(b =>
        {
            var current = versions.Where(v => v.BodyId == b.Id).MaxBy(v => v.Number);
            var draft = drafts.Where(p => p.BodyId == b.Id).MaxBy(p => p.Id);
            return new Row(b.Id, b.Name, current?.Number, current?.PublishedAt, draft is null ? null : AdminGuides.Describe(draft));
        }).ToList();
    }
}
