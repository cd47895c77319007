using Gongkai.Bodies;
using Gongkai.Calendar;
using Gongkai.Catalogue;
using Gongkai.Data;
using Gongkai.Guides;
using Gongkai.Items;
using Gongkai.Review;
using Gongkai.Staff;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Gongkai.Audit;

/// <summary>
/// Which body an audited change concerns, so that supervisors read only their bodies' records.
/// Every entity type is listed here, either with the property that leads to its body or as
/// platform-wide (no body; platform admins only). A new entity gets one line below; a test
/// fails until it does.
/// </summary>
public static class AuditScope
{
    /// <summary>What the linking property holds: a body id itself, or the id of an item, proposal application or opinion of the body.</summary>
    public enum Via { Body, Item, Proposal, Application, Opinion }

    private static readonly Dictionary<Type, (Via Via, string Property)> Links = new()
    {
        [typeof(Body)] = (Via.Body, nameof(Body.Id)),
        [typeof(BodyContacts)] = (Via.Body, "BodyId"),
        [typeof(ReadingRoom)] = (Via.Body, "BodyId"),
        [typeof(CatalogueCategory)] = (Via.Body, nameof(CatalogueCategory.BodyId)),
        [typeof(GuideVersion)] = (Via.Body, nameof(GuideVersion.BodyId)),
        [typeof(DisclosureItem)] = (Via.Body, nameof(DisclosureItem.BodyId)),
        [typeof(ReviewChainSetting)] = (Via.Body, nameof(ReviewChainSetting.BodyId)),
        [typeof(RoleGrant)] = (Via.Body, nameof(RoleGrant.BodyId)), // null for platform admin
        [typeof(ItemVersion)] = (Via.Item, nameof(ItemVersion.ItemId)),
        [typeof(Attachment)] = (Via.Item, nameof(Attachment.ItemId)),
        [typeof(ItemChannel)] = (Via.Item, "ItemId"),
        [typeof(Proposal)] = (Via.Body, nameof(Proposal.BodyId)),
        [typeof(GuideProposal)] = (Via.Body, nameof(GuideProposal.BodyId)),
        [typeof(ReviewableProposal)] = (Via.Body, nameof(ReviewableProposal.BodyId)),
        [typeof(ReviewDecision)] = (Via.Proposal, nameof(ReviewDecision.ProposalId)),
        [typeof(PrivacyResolution)] = (Via.Proposal, nameof(PrivacyResolution.ProposalId)),
        [typeof(Applications.DisclosureApplication)] = (Via.Body, nameof(Applications.DisclosureApplication.BodyId)),
        [typeof(Applications.Applicant)] = (Via.Application, "DisclosureApplicationId"),
        [typeof(Applications.RequestedInformation)] = (Via.Application, "DisclosureApplicationId"),
        [typeof(Applications.ApplicationEvent)] = (Via.Application, nameof(Applications.ApplicationEvent.ApplicationId)),
        [typeof(Participation.Opinion)] = (Via.Body, nameof(Participation.Opinion.BodyId)),
        [typeof(Participation.OpinionAuthor)] = (Via.Opinion, "OpinionId"),
        [typeof(Participation.OpinionEvent)] = (Via.Opinion, nameof(Participation.OpinionEvent.OpinionId)),
        [typeof(Participation.RectificationTask)] = (Via.Opinion, nameof(Participation.RectificationTask.OpinionId)),
        [typeof(Participation.Consultations.Consultation)] = (Via.Body, nameof(Participation.Consultations.Consultation.BodyId)),
        [typeof(Participation.Registers.RegisterEntry)] = (Via.Body, nameof(Participation.Registers.RegisterEntry.BodyId)),
        [typeof(Participation.Registers.RegisterOpinion)] = (Via.Opinion, nameof(Participation.Registers.RegisterOpinion.OpinionId)),
        [typeof(Participation.Registers.NoticeBoardPosting)] = (Via.Body, nameof(Participation.Registers.NoticeBoardPosting.BodyId)),
        [typeof(Participation.ParticipationSetting)] = (Via.Body, nameof(Participation.ParticipationSetting.BodyId)),
        [typeof(Applications.ApplicantFile)] = (Via.Application, nameof(Applications.ApplicantFile.ApplicationId)),
        [typeof(Applications.Replies.ApplicationReply)] = (Via.Application, nameof(Applications.Replies.ApplicationReply.ApplicationId)),
        [typeof(Applications.Replies.WithheldPart)] = (Via.Application, nameof(Applications.Replies.WithheldPart.ApplicationId)),
        [typeof(Applications.Replies.ReplyFile)] = (Via.Application, nameof(Applications.Replies.ReplyFile.ApplicationId)),
        [typeof(Applications.Replies.ReplyPrivacyNote)] = (Via.Application, nameof(Applications.Replies.ReplyPrivacyNote.ApplicationId)),
        [typeof(Applications.ApplicationAppeal)] = (Via.Application, nameof(Applications.ApplicationAppeal.ApplicationId)),
    };

    /// <summary>Entities that belong to no body: accounts, the calendar, the shared catalogue templates.</summary>
    public static readonly IReadOnlySet<Type> PlatformWide = new HashSet<Type>
    {
        typeof(StaffUser),
        typeof(IdentityUserClaim<int>),
        typeof(IdentityUserLogin<int>),
        typeof(IdentityUserToken<int>),
        typeof(CalendarYearRecord),
        typeof(CatalogueTemplate),
        typeof(CatalogueTemplateRow),
        typeof(AuditRecord),
        typeof(Mail.OutboxMessage),
        typeof(Mail.OutboxAttachment),
    };

    public static bool IsClassified(Type type) => Links.ContainsKey(type) || PlatformWide.Contains(type);

    /// <summary>
    /// The body of each entry (null: platform-wide), reading the current values. Items and
    /// proposals are looked up in the database, so call this while their rows exist: before saving
    /// for deletions, after saving for additions (whose keys are generated on save).
    /// </summary>
    public static async Task<int?[]> BodyIdsAsync(GongkaiDb db, IReadOnlyList<EntityEntry> entries, CancellationToken ct)
    {
        var links = entries.Select(LinkOf).ToArray();
        var proposalBodies = await LookUpAsync(links, Via.Proposal, ids => db.Set<ReviewableProposal>().AsNoTracking().Where(p => ids.Contains(p.Id)).Select(p => new KeyValuePair<int, int>(p.Id, p.BodyId)), ct);
        var applicationBodies = await LookUpAsync(links, Via.Application, ids => db.Applications.AsNoTracking().IgnoreAutoIncludes().Where(a => ids.Contains(a.Id)).Select(a => new KeyValuePair<int, int>(a.Id, a.BodyId)), ct);
        var opinionBodies = await LookUpAsync(links, Via.Opinion, ids => db.Opinions.AsNoTracking().IgnoreAutoIncludes().Where(o => ids.Contains(o.Id)).Select(o => new KeyValuePair<int, int>(o.Id, o.BodyId)), ct);
        var itemBodies = await LookUpAsync(links, Via.Item, ids => db.Items.AsNoTracking().Where(x => ids.Contains(x.Id)).Select(x => new KeyValuePair<int, int>(x.Id, x.BodyId)), ct);
        return [.. links.Select(link => link switch
        {
            (Via.Body, var body) => body,
            (Via.Item, var item) when itemBodies.TryGetValue(item, out var body) => body,
            (Via.Proposal, var proposal) when proposalBodies.TryGetValue(proposal, out var body) => body,
            (Via.Application, var application) when applicationBodies.TryGetValue(application, out var body) => body,
            (Via.Opinion, var opinion) when opinionBodies.TryGetValue(opinion, out var body) => body,
            _ => (int?)null,
        })];
    }

    private static (Via Via, int Id)? LinkOf(EntityEntry entry) =>
        Links.TryGetValue(entry.Metadata.ClrType, out var link) && entry.Property(link.Property).CurrentValue is int id
            ? (link.Via, id)
            : null;

    private static async Task<Dictionary<int, int>> LookUpAsync((Via Via, int Id)?[] links, Via via, Func<List<int>, IQueryable<KeyValuePair<int, int>>> query, CancellationToken ct)
    {
        var ids = links.Where(l => l?.Via == via).Select(l => l!.Value.Id).Distinct().ToList();
        return ids.Count == 0 ? [] : await query(ids).ToDictionaryAsync(p => p.Key, p => p.Value, ct);
    }
}
