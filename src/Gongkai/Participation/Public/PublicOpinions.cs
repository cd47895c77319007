using Gongkai.Data;
using Gongkai.Text;
using Gongkai.Visibility;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Participation.Public;

/// <summary>
/// One opinion as the portal may show it, built only from what is public: the text and the author's
/// public name if <see cref="Opinion.TextIsPublic"/>, the answer if <see cref="Opinion.AnswerIsPublic"/>,
/// and whether its rectification is published. Nothing else of the opinion reaches a public list.
/// </summary>
public sealed record PublicOpinionView(int Id, OpinionKind Kind, string BodySlug, string BodyName, string? Title, string? Text, string? AuthorName,
    DateOnly ReceivedOn, string? Answer, DateOnly? AnsweredOn, string? Rectification)
{
    public static PublicOpinionView Of(Opinion o) => new(o.Id, o.Kind, o.Body.Slug, o.Body.Name,
        o.TextIsPublic ? o.Title : null, o.TextIsPublic ? o.Text : null, o.TextIsPublic ? o.Author.PublicName : null, o.ReceivedOn,
        o.AnswerIsPublic ? o.Answer : null, o.AnswerIsPublic && o.AnsweredAt is { } at ? at.ChinaDate() : null,
        PublicOpinions.RectificationIsPublic(o) ? o.RectificationSummary : null);

    /// <summary>What stands for a text its author did not want public, or not yet accepted.</summary>
    public string NeutralSummary => $"一条{Kind.Chinese()}（内容不公开）";
}

/// <summary>The queries of the public pages: each filters in the database and checks the entity's own rule again.</summary>
public static class PublicOpinions
{
    private static readonly OpinionStatus[] AnsweredStatuses = [OpinionStatus.Answered, OpinionStatus.Rectifying, OpinionStatus.Verified, OpinionStatus.RectificationPublished];

    /// <summary>A published rectification the portal shows: published and not hidden by moderation.</summary>
    public static bool RectificationIsPublic(Opinion o) => o.Status == OpinionStatus.RectificationPublished && o.Moderation != Moderation.Hidden;

    private static IQueryable<Opinion> Lists(GongkaiDb db) => db.Opinions.AsNoTracking().IgnoreAutoIncludes().Include(o => o.Body);

    /// <summary>The comments on an item that moderation accepted and their authors wanted public, oldest first.</summary>
    public static Task<IReadOnlyList<PublicOpinionView>> OnItemAsync(GongkaiDb db, int itemId, CancellationToken ct) =>
        ShownAsync(Lists(db).Where(o => o.ItemId == itemId && o.Kind == OpinionKind.Comment), ct);

    /// <summary>The comments on a consultation that moderation accepted and their authors wanted public, oldest first.</summary>
    public static Task<IReadOnlyList<PublicOpinionView>> OnConsultationAsync(GongkaiDb db, int consultationId, CancellationToken ct) =>
        ShownAsync(Lists(db).Where(o => o.ConsultationId == consultationId && o.Kind == OpinionKind.ConsultationComment), ct);

    private static async Task<IReadOnlyList<PublicOpinionView>> ShownAsync(IQueryable<Opinion> query, CancellationToken ct) =>
        (await query.Where(o => o.WantsPublic && o.Moderation == Moderation.Shown).OrderBy(o => o.Id).ToListAsync(ct))
        .Where(o => o.TextIsPublic).Select(PublicOpinionView.Of).ToList();

    /// <summary>Answered suggestions of a body with something public to show (the text, the answer or both), newest answer first.</summary>
    public static Task<(IReadOnlyList<PublicOpinionView> Page, int Total)> AnsweredSuggestionsAsync(GongkaiDb db, int bodyId, int page, CancellationToken ct) =>
        PageAsync(Lists(db).Where(o => o.BodyId == bodyId && o.Kind == OpinionKind.Suggestion && o.Moderation != Moderation.Hidden
            && (AnsweredStatuses.Contains(o.Status) || (o.Status == OpinionStatus.Closed && o.Answer != null))
            && ((o.WantsPublic && o.Moderation == Moderation.Shown) || o.AnswerPublic)),
            o => o.IsAnswered && (o.TextIsPublic || o.AnswerIsPublic), page, ct);

    /// <summary>
    /// A body's comments and suggestions with public answers, and its published rectifications, newest
    /// first. A comment belongs to its item: where the viewer may not see the item, it is left out.
    /// </summary>
    public static Task<(IReadOnlyList<PublicOpinionView> Page, int Total)> FeedbackAsync(GongkaiDb db, int bodyId, Viewer viewer, int page, CancellationToken ct) =>
        PageAsync(Lists(db).Where(o => o.BodyId == bodyId && o.Moderation != Moderation.Hidden
            && (o.Kind != OpinionKind.Comment || (o.ItemId != null && VisibleItemIds(db, viewer).Contains(o.ItemId.Value)))
            && (o.Status == OpinionStatus.RectificationPublished
                || ((o.Kind == OpinionKind.Comment || o.Kind == OpinionKind.Suggestion) && o.AnswerPublic
                    && (AnsweredStatuses.Contains(o.Status) || (o.Status == OpinionStatus.Closed && o.Answer != null))))),
            o => RectificationIsPublic(o) || o.AnswerIsPublic, page, ct);

    /// <summary>Whether the viewer may see what a comment is about (always, for other kinds).</summary>
    public static async Task<bool> SubjectIsVisibleAsync(GongkaiDb db, Opinion o, Viewer viewer, CancellationToken ct) =>
        o.Kind != OpinionKind.Comment || (o.ItemId is { } itemId && await VisibleItemIds(db, viewer).ContainsAsync(itemId, ct));

    private static IQueryable<int> VisibleItemIds(GongkaiDb db, Viewer viewer) => db.Items.AsNoTracking().VisibleTo(viewer).Select(i => i.Id);

    private static async Task<(IReadOnlyList<PublicOpinionView>, int)> PageAsync(IQueryable<Opinion> query, Func<Opinion, bool> rule, int page, CancellationToken ct)
    {
        var total = await query.CountAsync(ct);
        var rows = await query.OrderByDescending(o => o.RectificationPublishedAt ?? o.AnsweredAt).ThenByDescending(o => o.Id)
            .Skip((page - 1) * Portal.ListQuery.PageSize).Take(Portal.ListQuery.PageSize).ToListAsync(ct);
        return (rows.Where(rule).Select(PublicOpinionView.Of).ToList(), total);
    }
}
