using Gongkai.Data;
using Gongkai.Portal;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Participation.Public;

/// <summary>
/// A published rectification: what was raised (its text only if public), the answer if public, the
/// tasks with owners, due dates and evidence, the verification, the summary, the opinions on it
/// already shown, and a form to give a new opinion on the result (issue 5, step 7). Anything not
/// published, hidden by moderation, or a comment on an item the viewer may not see, is 404.
/// </summary>
public sealed class RectificationModel(GongkaiDb db, OpinionPosting posting) : OpinionFormPageModel(posting)
{
    public Opinion Opinion { get; private set; } = null!;
    public PublicOpinionView View { get; private set; } = null!;
    public IReadOnlyList<PublicOpinionView> FollowUps { get; private set; } = [];
    public OpinionFormView Form => new(Input, Errors, SubmissionKey, "对整改结果的意见");

    public async Task<IActionResult> OnGetAsync(string slug, int id, CancellationToken ct) =>
        await LoadAsync(slug, id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string slug, int id, CancellationToken ct)
    {
        if (!await LoadAsync(slug, id, ct))
        {
            return NotFound();
        }
        var body = await db.Bodies.FirstAsync(b => b.Id == Opinion.BodyId, ct);
        return await SendAsync(OpinionKind.Suggestion, body, new OpinionSubject(FollowsOpinionId: id), "对整改结果的意见", ct);
    }

    private async Task<bool> LoadAsync(string slug, int id, CancellationToken ct)
    {
        var opinion = await db.Opinions.AsNoTracking().Include(o => o.Body).AsSplitQuery()
            .FirstOrDefaultAsync(o => o.Id == id && o.Body.Slug == slug && o.Status == OpinionStatus.RectificationPublished && o.Moderation != Moderation.Hidden, ct);
        if (opinion is null || !PublicOpinions.RectificationIsPublic(opinion) || !await PublicOpinions.SubjectIsVisibleAsync(db, opinion, Viewer, ct))
        {
            return false;
        }
        Opinion = opinion;
        View = PublicOpinionView.Of(opinion);
        FollowUps = (await db.Opinions.AsNoTracking().IgnoreAutoIncludes().Include(o => o.Body)
            .Where(o => o.FollowsOpinionId == id && o.WantsPublic && o.Moderation == Moderation.Shown).OrderBy(o => o.Id).ToListAsync(ct))
            .Where(o => o.TextIsPublic).Select(PublicOpinionView.Of).ToList();
        HeaderBody = opinion.Body;
        PageTitle = $"{opinion.Body.Name}整改情况和结果";
        StartCrumbs(opinion.Body);
        Crumbs.Add(new Crumb("答复和整改", OpinionLinks.BodyFeedback(slug)));
        Crumbs.Add(new Crumb("整改情况和结果"));
        return true;
    }
}
