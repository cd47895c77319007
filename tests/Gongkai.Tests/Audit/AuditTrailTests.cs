using Gongkai.Audit;
using Gongkai.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Tests.Audit;

/// <summary>Every write leaves hash-chained audit records in the same transaction; tampering is detected.</summary>
public abstract class AuditTrailTests
{
    private readonly GongkaiApp app;

    protected AuditTrailTests(GongkaiApp app)
    {
        this.app = app;
        app.SkipUnlessAvailable();
    }

    private Task<(long Count, long? Broken, string? Reason)> VerifyAsync() =>
        app.WithDbAsync((db, _) => AuditTrail.VerifyAsync(db, CancellationToken.None));

    [DbFact]
    public async Task Creating_and_publishing_an_item_is_recorded_with_before_and_after()
    {
        var (body, category) = await app.CreateBodyAsync();
        var item = await app.CreateItemAsync(body, category, "审计测试通知");
        var records = await app.WithDbAsync((db, _) => db.AuditRecords.AsNoTracking()
            .Where(r => r.EntityType == "DisclosureItem" && r.EntityId == item.Id.ToString()).ToListAsync());
        var created = Assert.Single(records);
        Assert.Equal("新增", created.Action);
        Assert.Null(created.Before);
        Assert.Contains("审计测试通知", created.After, StringComparison.Ordinal);
        Assert.Equal(AuditActor.System, created.Actor);

        await app.ReviseAsync(item.Id, m => m with { Title = "审计测试通知（修订）" }, "改标题", TestData.Now.AddDays(1));
        var change = await app.WithDbAsync((db, _) => db.AuditRecords.AsNoTracking()
            .Where(r => r.EntityType == "DisclosureItem" && r.EntityId == item.Id.ToString() && r.Action == "修改").SingleAsync());
        Assert.Contains("\"Title\":\"审计测试通知\"", change.Before, StringComparison.Ordinal);
        Assert.Contains("\"Title\":\"审计测试通知（修订）\"", change.After, StringComparison.Ordinal);
        Assert.DoesNotContain("IssuingBody", change.After, StringComparison.Ordinal);
        Assert.Null((await VerifyAsync()).Broken);
    }

    [DbFact]
    public async Task Editing_a_record_by_hand_breaks_the_chain_at_that_record()
    {
        var (body, category) = await app.CreateBodyAsync();
        await app.CreateItemAsync(body, category, "篡改测试");
        var (count, broken, _) = await VerifyAsync();
        Assert.Null(broken);
        var target = count - 1;
        await app.WithDbAsync((db, _) => db.Database.ExecuteSqlAsync($"UPDATE audit_records SET \"Actor\" = {"别人"} WHERE \"Sequence\" = {target}"));
        try
        {
            var (_, brokenAt, reason) = await VerifyAsync();
            Assert.Equal(target, brokenAt);
            Assert.Contains("已被改动", reason, StringComparison.Ordinal);
        }
        finally
        {
            await app.WithDbAsync((db, _) => db.Database.ExecuteSqlAsync($"UPDATE audit_records SET \"Actor\" = {AuditActor.System} WHERE \"Sequence\" = {target}"));
        }
        Assert.Null((await VerifyAsync()).Broken);
    }

    [DbFact]
    public async Task Setting_clearing_or_changing_a_body_id_by_hand_breaks_the_chain_at_that_record()
    {
        var (body, category) = await app.CreateBodyAsync();
        var (other, _) = await app.CreateBodyAsync();
        await app.CreateItemAsync(body, category, "改机构测试");
        await app.CreateStaffAsync();
        var (ofBody, platformWide) = await app.WithDbAsync(async (db, _) => (
            await db.AuditRecords.Where(r => r.EntityType == "DisclosureItem" && r.BodyId == body.Id).MaxAsync(r => r.Sequence),
            await db.AuditRecords.Where(r => r.EntityType == "StaffUser" && r.BodyId == null).MaxAsync(r => r.Sequence)));
        Assert.Null((await VerifyAsync()).Broken);

        foreach (var (target, original, forged) in new (long, int?, int?)[] { (ofBody, body.Id, other.Id), (ofBody, body.Id, null), (platformWide, null, body.Id) })
        {
            await SetBodyAsync(target, forged);
            try
            {
                var (_, brokenAt, reason) = await VerifyAsync();
                Assert.Equal(target, brokenAt);
                Assert.Contains("已被改动", reason, StringComparison.Ordinal);
            }
            finally
            {
                await SetBodyAsync(target, original);
            }
        }
        Assert.Null((await VerifyAsync()).Broken);
    }

    private Task<int> SetBodyAsync(long sequence, int? bodyId) =>
        app.WithDbAsync((db, _) => db.Database.ExecuteSqlAsync($"UPDATE audit_records SET \"BodyId\" = {bodyId} WHERE \"Sequence\" = {sequence}"));

    [DbFact]
    public async Task Audit_records_cannot_be_changed_through_the_application()
    {
        var (body, category) = await app.CreateBodyAsync();
        await app.CreateItemAsync(body, category, "只追加");
        await Assert.ThrowsAsync<InvalidOperationException>(() => app.WithDbAsync(async (db, _) =>
        {
            db.AuditRecords.Remove(await db.AuditRecords.OrderBy(r => r.Sequence).FirstAsync());
            return await db.SaveChangesAsync();
        }));
    }
}

public sealed class AuditTrailTests_Sqlite(SqliteApp app) : AuditTrailTests(app), IClassFixture<SqliteApp>;

public sealed class AuditTrailTests_Postgres(PostgresApp app) : AuditTrailTests(app), IClassFixture<PostgresApp>;
