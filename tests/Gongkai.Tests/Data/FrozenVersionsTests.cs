using Gongkai.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Tests.Data;

/// <summary>Published versions of items and guides cannot be changed or deleted through the data context.</summary>
public sealed class FrozenVersionsTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Fact]
    public async Task Changing_a_saved_item_version_is_refused()
    {
        var (body, category) = await app.CreateBodyAsync();
        var item = await app.CreateItemAsync(body, category, "冻结版本");
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => app.WithDbAsync(async (db, _) =>
        {
            var version = await db.ItemVersions.SingleAsync(v => v.ItemId == item.Id);
            db.Entry(version).Property(v => v.Note).CurrentValue = "篡改";
            return await db.SaveChangesAsync();
        }));
        Assert.Contains("不可修改", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deleting_a_guide_version_is_refused()
    {
        var (body, _) = await app.CreateBodyAsync();
        await app.AddGuideAsync(body, 1, "<p>指南</p>");
        await Assert.ThrowsAsync<InvalidOperationException>(() => app.WithDbAsync(async (db, _) =>
        {
            db.GuideVersions.Remove(await db.GuideVersions.SingleAsync(g => g.BodyId == body.Id));
            return await db.SaveChangesAsync();
        }));
    }
}
