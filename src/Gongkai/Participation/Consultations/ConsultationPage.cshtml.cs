using Gongkai.Data;
using Gongkai.Items;
using Gongkai.Participation.Public;
using Gongkai.Portal;
using Gongkai.Text;
using Gongkai.Visibility;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Participation.Consultations;

/// <summary>
/// A consultation as the public sees it: the draft, the questions and the period; the comment form
/// while the period runs; the comments shown; then the account of adoption and the decision.
/// </summary>
public sealed class ConsultationPageModel(GongkaiDb db, OpinionPosting posting, TimeProvider time) : OpinionFormPageModel(posting)
{
    public Consultation Consultation { get; private set; } = null!;
    public IReadOnlyList<PublicOpinionView> Comments { get; private set; } = [];
    public DisclosureItem? Decision { get; private set; }
    public DateOnly Today { get; private set; }
    public bool IsOpen => Consultation.IsOpenOn(Today);
    public OpinionFormView Form => new(Input, Errors, SubmissionKey, "您的意见", TextHint: Consultation.Questions is null ? null : "可以围绕上面列出的问题发表意见。");

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) =>
        await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }
        if (!IsOpen)
        {
            Errors[""] = Today < Consultation.OpensOn
                ? $"征求意见尚未开始（{Consultation.OpensOn:yyyy年M月d日}开始）。"
                : $"征求意见已于{Consultation.ClosesOn:yyyy年M月d日}截止，不再接收意见。";
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        return await SendAsync(OpinionKind.ConsultationComment, Consultation.Body, new OpinionSubject(ConsultationId: Consultation.Id), "您的意见", ct);
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        // Tracked body: a comment sent from this page refers to it.
        var consultation = await db.Consultations.Where(PublicVisibility.ConsultationRule).Include(c => c.Body).FirstOrDefaultAsync(c => c.Id == id, ct);
        if (consultation is null)
        {
            return false;
        }
        Consultation = consultation;
        Today = time.GetUtcNow().ChinaDate();
        HeaderBody = consultation.Body;
        PageTitle = consultation.Title;
        StartCrumbs(consultation.Body);
        Crumbs.Add(new Crumb("征求意见", $"/bodies/{consultation.Body.Slug}/consultations"));
        Crumbs.Add(new Crumb(consultation.Title));
        Comments = await PublicOpinions.OnConsultationAsync(db, id, ct);
        if (consultation.DecisionItemId is { } decisionId)
        {
            Decision = (await PublicItemLookup.FindAsync(db, decisionId, Viewer, ct)).Item;
        }
        return true;
    }
}
