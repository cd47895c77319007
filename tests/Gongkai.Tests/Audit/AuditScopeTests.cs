using Gongkai.Audit;
using Gongkai.Data;
using Gongkai.Review;
using Gongkai.Staff;
using Gongkai.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Tests.Audit;

/// <summary>Each audit record names the body its change concerns, found from the entity when the record is written.</summary>
public abstract class AuditScopeTests
{
    private readonly GongkaiApp app;

    protected AuditScopeTests(GongkaiApp app)
    {
        this.app = app;
        app.SkipUnlessAvailable();
    }

    private Task<long> LastSequenceAsync() => app.WithDbAsync(async (db, _) => await db.AuditRecords.MaxAsync(r => (long?)r.Sequence) ?? 0);

    private Task<List<AuditRecord>> RecordsAfterAsync(long sequence) =>
        app.WithDbAsync((db, _) => db.AuditRecords.AsNoTracking().Where(r => r.Sequence > sequence).OrderBy(r => r.Sequence).ToListAsync());

    private static void AllOfTypeConcern(IEnumerable<AuditRecord> records, string type, int? bodyId)
    {
        var ofType = records.Where(r => r.EntityType == type).ToList();
        Assert.True(ofType.Count > 0, $"no {type} record");
        Assert.All(ofType, r => Assert.Equal(bodyId, r.BodyId));
    }

    [DbFact]
    public async Task A_body_its_catalogue_items_versions_attachments_channels_and_guide_carry_its_id()
    {
        var start = await LastSequenceAsync();
        var (body, category) = await app.CreateBodyAsync();
        await app.CreateItemAsync(body, category, "范围测试通知", attachmentText: "附件正文");
        await app.AddGuideAsync(body, 1, "<p>公开指南</p>");

        var records = await RecordsAfterAsync(start);
        foreach (var type in new[] { "Body", "BodyContacts", "CatalogueCategory", "DisclosureItem", "ItemVersion", "Attachment", "ItemChannel", "GuideVersion" })
        {
            AllOfTypeConcern(records, type, body.Id);
        }
        Assert.Equal(body.Id.ToString(), records.First(r => r.EntityType == "Body").EntityId);
    }

    [DbFact]
    public async Task A_body_under_another_is_its_own_body_not_its_parents()
    {
        var parent = await app.CreateBodyUnderAsync(null);
        var start = await LastSequenceAsync();
        var child = await app.CreateBodyUnderAsync(parent);
        AllOfTypeConcern(await RecordsAfterAsync(start), "Body", child.Id);
    }

    [DbFact]
    public async Task Role_grants_carry_their_body_and_accounts_and_platform_admin_grants_none()
    {
        var body = await app.CreateBodyUnderAsync(null);
        var start = await LastSequenceAsync();
        await app.CreateStaffAsync((StaffRole.Drafter, body), (StaffRole.PlatformAdmin, null));

        var records = await RecordsAfterAsync(start);
        AllOfTypeConcern(records, "StaffUser", null);
        var grants = records.Where(r => r.EntityType == "RoleGrant").OrderBy(r => r.BodyId).ToList();
        Assert.Equal([null, body.Id], grants.Select(g => g.BodyId));
    }

    [DbFact]
    public async Task Review_chain_settings_proposals_and_decisions_carry_the_body_also_when_deleted()
    {
        var (body, category) = await app.CreateBodyAsync();
        var item = await app.CreateItemAsync(body, category, "待审稿件", TestData.Kind.Draft);
        var start = await LastSequenceAsync();
        var proposalId = await app.WithDbAsync(async (db, _) =>
        {
            db.ReviewChainSettings.Add(new ReviewChainSetting(body.Id, null, ReviewPlan.Default(financial: false)));
            var proposal = Proposal.ForNewItem(await db.Items.SingleAsync(i => i.Id == item.Id), userId: 1, TestData.Now);
            proposal.Submit(ReviewPlan.Default(financial: false), TestData.Now);
            db.Proposals.Add(proposal);
            await db.SaveChangesAsync();
            var reach = new StaffReach([(StaffRole.SectionHead, body.Id)], []);
            proposal.Decide(proposal.Ticket, approve: false, "请补充。", userId: 2, "科室负责人", reach, unresolvedFindings: 0, TestData.Now);
            await db.SaveChangesAsync();
            return proposal.Id;
        });
        var deletedFrom = await LastSequenceAsync();
        await app.WithDbAsync(async (db, _) =>
        {
            // Deleting the proposal takes its decisions with it: their body is found before the rows go.
            db.Proposals.Remove(await db.Proposals.Include(p => p.Decisions).SingleAsync(p => p.Id == proposalId));
            db.ReviewChainSettings.RemoveRange(await db.ReviewChainSettings.Where(s => s.BodyId == body.Id).ToListAsync());
            return await db.SaveChangesAsync();
        });

        var records = await RecordsAfterAsync(start);
        foreach (var type in new[] { "ReviewChainSetting", "Proposal", "ReviewDecision" })
        {
            AllOfTypeConcern(records, type, body.Id);
        }
        var deletions = records.Where(r => r.Sequence > deletedFrom).ToList();
        Assert.Equal(["Proposal", "ReviewChainSetting", "ReviewDecision"], deletions.Select(r => r.EntityType).Distinct().Order());
        Assert.All(deletions, r => Assert.Equal(("删除", body.Id), (r.Action, r.BodyId)));
    }

    [DbFact]
    public async Task A_deleted_attachment_is_found_through_its_item()
    {
        var (body, category) = await app.CreateBodyAsync();
        var item = await app.CreateItemAsync(body, category, "带附件的信息", TestData.Kind.Draft, attachmentText: "将被删除");
        var start = await LastSequenceAsync();
        await app.WithDbAsync(async (db, _) =>
        {
            db.Attachments.Remove(await db.Attachments.SingleAsync(a => a.ItemId == item.Id));
            return await db.SaveChangesAsync();
        });
        var deleted = Assert.Single(await RecordsAfterAsync(start));
        Assert.Equal(("Attachment", "删除", body.Id), (deleted.EntityType, deleted.Action, (int?)deleted.BodyId));
    }
}

public sealed class AuditScopeTests_Sqlite(SqliteApp app) : AuditScopeTests(app), IClassFixture<SqliteApp>;

public sealed class AuditScopeTests_Postgres(PostgresApp app) : AuditScopeTests(app), IClassFixture<PostgresApp>;

/// <summary>The model's entity types, each deliberately scoped.</summary>
public sealed class AuditScopeModelTests
{
    [Fact]
    public void Every_entity_type_is_linked_to_a_body_or_listed_as_platform_wide()
    {
        using var db = new SqliteDesignTimeFactory().CreateDbContext([]);
        var unlisted = db.Model.GetEntityTypes().Select(t => t.ClrType).Where(t => !AuditScope.IsClassified(t)).Select(t => t.Name);
        Assert.Empty(unlisted);
    }
}
