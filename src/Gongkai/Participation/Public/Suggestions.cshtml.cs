using Gongkai.Bodies;
using Gongkai.Data;
using Gongkai.Portal;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Participation.Public;

/// <summary>A body's suggestion box (意见箱): the form, and the answered suggestions with something public to show, paged.</summary>
public sealed class SuggestionsModel(GongkaiDb db, OpinionPosting posting, AnswerTimeLimits limits) : OpinionFormPageModel(posting)
{
    public int AnswerDays => limits.For(OpinionKind.Suggestion);
    public Body Body { get; private set; } = null!;
    public IReadOnlyList<PublicOpinionView> Answered { get; private set; } = [];
    public Paging Paging { get; private set; } = null!;
    public OpinionFormView Form => new(Input, Errors, SubmissionKey, "意见建议", AskTitle: true);

    public async Task<IActionResult> OnGetAsync(string slug, [FromQuery(Name = "page")] int? pageNumber, CancellationToken ct) =>
        await LoadAsync(slug, pageNumber ?? 1, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string slug, CancellationToken ct)
    {
        if (!await LoadAsync(slug, 1, ct))
        {
            return NotFound();
        }
        var body = await db.Bodies.FirstAsync(b => b.Id == Body.Id, ct);
        return await SendAsync(OpinionKind.Suggestion, body, OpinionSubject.None, "意见建议", ct);
    }

    private async Task<bool> LoadAsync(string slug, int page, CancellationToken ct)
    {
        var body = await db.Bodies.AsNoTracking().FirstOrDefaultAsync(b => b.Slug == slug, ct);
        if (body is null || page < 1)
        {
            return false;
        }
        Body = HeaderBody = body;
        PageTitle = $"{body.Name}意见箱";
        StartCrumbs(body);
        Crumbs.Add(new Crumb("意见箱"));
        var (rows, total) = await PublicOpinions.AnsweredSuggestionsAsync(db, body.Id, page, ct);
        Answered = rows;
        Paging = new Paging(page, total, p => $"{OpinionLinks.Suggestions(slug)}?page={p}#answered-heading");
        return true;
    }
}
