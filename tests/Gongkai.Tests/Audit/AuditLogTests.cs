using System.Globalization;
using System.Net;
using Gongkai.Audit;
using Gongkai.Audit.Admin;
using Gongkai.Bodies;
using Gongkai.Staff;
using Gongkai.Tests.Infrastructure;
using Gongkai.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Tests.Audit;

/// <summary>
/// /admin/audit: the log of the reader's bodies with its filters and pages, one record's before and
/// after, and the chain check. Supervisors and body admins read their bodies and those below them;
/// records of other bodies and platform-wide ones are for platform admins only.
/// </summary>
public abstract class AuditLogTests
{
    private readonly GongkaiApp app;

    protected AuditLogTests(GongkaiApp app)
    {
        this.app = app;
        app.SkipUnlessAvailable();
    }

    /// <summary>
    /// Adds <paramref name="count"/> bodies under <paramref name="parent"/> in one save, audited as
    /// <paramref name="action"/>; returns their records (each concerns the new body itself).
    /// </summary>
    private Task<List<AuditRecord>> WriteAsync(Body parent, string action, int count = 1, string? note = null) =>
        app.WithDbAsync(async (db, _) =>
        {
            var before = await db.AuditRecords.MaxAsync(r => (long?)r.Sequence) ?? 0;
            var trackedParent = await db.Bodies.SingleAsync(b => b.Id == parent.Id);
            for (var i = 0; i < count; i++)
            {
                db.Bodies.Add(new Body(TestData.Unique("a"), TestData.Unique("c"), "审计测试机构" + TestData.Unique(), BodyType.GovernmentDepartment, trackedParent));
            }
            db.AuditAs(action, note);
            await db.SaveChangesAsync();
            // (Each body also leaves a record of its owned contacts, BodyContacts.)
            return await db.AuditRecords.AsNoTracking().Where(r => r.Sequence > before && r.EntityType == "Body").OrderBy(r => r.Sequence).ToListAsync();
        });

    /// <summary>A new top-level body and a browser signed in as its supervisor.</summary>
    private async Task<(Body Body, HttpClient Browser)> SupervisedAsync()
    {
        var body = await app.CreateBodyUnderAsync(null);
        return (body, (await app.SignedInAsync((StaffRole.Supervisor, body))).Browser);
    }

    private Task<string> NameOfAsync(int? bodyId) => app.WithDbAsync((db, _) => db.Bodies.Where(b => b.Id == bodyId).Select(b => b.Name).SingleAsync());

    /// <summary>The record of a new account without roles: it concerns no body.</summary>
    private async Task<AuditRecord> PlatformWideRecordAsync()
    {
        var person = await app.CreateStaffAsync();
        return await app.WithDbAsync((db, _) => db.AuditRecords.AsNoTracking().SingleAsync(r => r.EntityType == "StaffUser" && r.EntityId == person.Id.ToString() && r.Action == "新增"));
    }

    private static int RowCount(string html) => html.Split("条记录的详情\"").Length - 1;

    private static string DetailLink(AuditRecord r) => $"/admin/audit/{r.Sequence}\"";

    [DbFact]
    public async Task Supervisor_sees_records_of_their_bodies_newest_first_in_china_time_with_details_links()
    {
        var (body, browser) = await SupervisedAsync();
        var action = TestData.Unique("动作");
        var first = (await WriteAsync(body, action)).Single();
        var second = (await WriteAsync(body, action)).Single();

        var html = await browser.GetOkAsync($"/admin/audit?action={Uri.EscapeDataString(action)}&type=Body");
        Assert.Contains("<caption>审计记录（最新的在前）</caption>", html);
        Assert.Contains("共 2 条记录", html);
        Assert.True(html.IndexOf(DetailLink(second), StringComparison.Ordinal) < html.IndexOf(DetailLink(first), StringComparison.Ordinal));
        Assert.Contains(second.At.ToChina().ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture), html);
        Assert.Contains($"<td>{await NameOfAsync(second.BodyId)}</td>", html);
        Assert.Contains("机构 " + second.EntityId, html);
        Assert.Contains("校验审计链", html);
    }

    [DbFact]
    public async Task Filters_narrow_by_date_body_actor_action_entity_type_and_id()
    {
        var (body, browser) = await SupervisedAsync();
        var action = TestData.Unique("筛选");
        var records = await WriteAsync(body, action, 3);
        var today = DateTimeOffset.UtcNow.ChinaDate().Iso();
        var tomorrow = DateTimeOffset.UtcNow.ChinaDate().AddDays(1).Iso();
        var q = $"/admin/audit?action={Uri.EscapeDataString(action)}";

        Assert.Equal(3, RowCount(await browser.GetOkAsync($"{q}&from={today}&to={today}&type=Body")));
        Assert.Equal(3, RowCount(await browser.GetOkAsync($"{q}&actor={Uri.EscapeDataString(AuditActor.System)}&type=Body")));
        Assert.Contains("没有符合条件的记录", await browser.GetOkAsync($"{q}&from={tomorrow}"));
        Assert.Contains("没有符合条件的记录", await browser.GetOkAsync($"{q}&type=StaffUser"));
        var one = await browser.GetOkAsync($"/admin/audit?type=Body&entity={records[1].EntityId}");
        Assert.Equal(1, RowCount(one));
        Assert.Contains(DetailLink(records[1]), one);

        // One body: the body and its contacts, nothing of its siblings; the choice stays selected.
        var ofBody = await browser.GetOkAsync($"{q}&body={records[1].BodyId}");
        Assert.Equal(2, RowCount(ofBody));
        Assert.Contains(DetailLink(records[1]), ofBody);
        Assert.DoesNotContain(DetailLink(records[0]), ofBody);
        Assert.True(StaffTestData.HasSelectedOption(ofBody, records[1].BodyId.ToString()!));

        // A person's actions are found by part of their name; the account itself is platform-wide, the grant is the body's.
        var (admin, adminBrowser) = await app.SignedInAsync((StaffRole.BodyAdmin, body));
        var created = await adminBrowser.SubmitAsync("/admin/users/new",
            new() { ["Input.UserName"] = TestData.Unique("n"), ["Input.DisplayName"] = "新同事", ["Input.Role"] = StaffRole.Drafter.Code(), ["Input.BodyId"] = body.Id.ToString() },
            tokenFrom: "/admin/users/new");
        Assert.Equal(HttpStatusCode.OK, created.Status);
        var mine = await browser.GetOkAsync($"/admin/audit?actor={admin.UserName}");
        Assert.Equal(1, RowCount(mine));
        Assert.Contains("新建用户", mine);
        Assert.Contains("角色授予", mine);
    }

    [DbFact]
    public async Task Fifty_records_to_a_page_with_filters_kept_in_the_page_links()
    {
        var (body, browser) = await SupervisedAsync();
        var action = TestData.Unique("分页");
        var records = await WriteAsync(body, action, 55);
        var q = $"/admin/audit?action={Uri.EscapeDataString(action)}&type=Body";

        var page1 = await browser.GetOkAsync(q);
        Assert.Equal(50, RowCount(page1));
        Assert.Contains("第 1/2 页", page1);
        Assert.Contains(DetailLink(records[^1]), page1);
        Assert.Contains($"href=\"/admin/audit?action={Uri.EscapeDataString(action)}&amp;type=Body&amp;page=2\"", page1);
        var page2 = await browser.GetOkAsync(q + "&page=2");
        Assert.Equal(5, RowCount(page2));
        Assert.Contains(DetailLink(records[0]), page2);
    }

    [DbFact]
    public async Task Invalid_filters_are_400_with_chinese_messages_and_the_values_kept()
    {
        var (_, browser) = await SupervisedAsync();
        var (status, html) = await browser.FetchAsync("/admin/audit?from=2025-13-01&actor=%E6%9F%90%E4%BA%BA");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("筛选条件有误", html);
        Assert.Contains("开始日期“2025-13-01”无效", html);
        Assert.Contains("href=\"#from\"", html);
        Assert.Contains("value=\"2025-13-01\"", html);
        Assert.Contains("value=\"某人\"", html);

        (status, html) = await browser.FetchAsync("/admin/audit?from=2025-06-02&to=2025-06-01");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("结束日期不能早于开始日期。", html);
        Assert.Contains("value=\"2025-06-02\"", html);

        (status, html) = await browser.FetchAsync("/admin/audit?body=%E5%B8%82%E6%94%BF%E5%BA%9C&type=Nothing");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("机构“市政府”无效，请从列表中选择。", html);
        Assert.Contains("对象类型“Nothing”无效，请从列表中选择。", html);
        Assert.Contains("href=\"#body\"", html);
        Assert.True(StaffTestData.HasSelectedOption(html, "市政府"));

        Assert.Equal(HttpStatusCode.BadRequest, (await browser.FetchAsync("/admin/audit?page=0")).Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await browser.FetchAsync("/admin/audit?body=-1")).Status);
    }

    [DbFact]
    public async Task A_record_shows_its_body_before_and_after_side_by_side_and_its_note()
    {
        var (parent, browser) = await SupervisedAsync();
        var body = await app.CreateBodyUnderAsync(parent);
        var change = await app.WithDbAsync(async (db, _) =>
        {
            var tracked = await db.Bodies.SingleAsync(b => b.Id == body.Id);
            tracked.ShortName = "新简称";
            db.AuditAs("改简称", "因机构改革调整");
            await db.SaveChangesAsync();
            return await db.AuditRecords.AsNoTracking().OrderByDescending(r => r.Sequence).FirstAsync(r => r.EntityType == "Body");
        });
        var html = await browser.GetOkAsync($"/admin/audit/{change.Sequence}");
        Assert.Contains($"审计记录第 {change.Sequence} 条", html);
        Assert.Contains($"<dt>机构</dt><dd>{body.Name}</dd>", html);
        Assert.Contains("因机构改革调整", html);
        Assert.Contains("<h3 id=\"before-heading\">修改前</h3>", html);
        Assert.Contains("<h3 id=\"after-heading\">修改后</h3>", html);
        var text = WebUtility.HtmlDecode(html);
        Assert.Contains("{\n  \"Id\": " + body.Id + ",\n  \"ShortName\": \"新简称\"\n}", text); // indented, a field a line
        Assert.Contains($"\"ShortName\": \"{body.Name}\"", text);
        Assert.Contains("<dt>变更字段</dt><dd>ShortName</dd>", html);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.FetchAsync("/admin/audit/987654321")).Status);
    }

    [DbFact]
    public async Task Authenticator_keys_recorded_in_the_trail_are_not_shown()
    {
        var person = await app.CreateStaffAsync();
        var record = await app.WithDbAsync(async (db, _) =>
        {
            db.Set<IdentityUserToken<int>>().Add(new IdentityUserToken<int> { UserId = person.Id, LoginProvider = "[AspNetUserStore]", Name = "AuthenticatorKey", Value = "SECRETKEY234567" });
            await db.SaveChangesAsync();
            return await db.AuditRecords.AsNoTracking().OrderByDescending(r => r.Sequence).FirstAsync();
        });
        var (_, admin) = await app.SignedInAsync((StaffRole.PlatformAdmin, null));
        var html = await admin.GetOkAsync($"/admin/audit/{record.Sequence}");
        Assert.Contains("<dt>机构</dt><dd>全平台</dd>", html);
        Assert.Contains("&quot;Value&quot;: &quot;***&quot;", html);
        Assert.DoesNotContain("SECRETKEY234567", html);
    }

    [DbFact]
    public async Task Supervisor_sees_neither_other_bodies_records_nor_platform_wide_ones_even_by_address()
    {
        var (mine, browser) = await SupervisedAsync();
        var theirs = await app.CreateBodyUnderAsync(null);
        var action = TestData.Unique("范围");
        var inMine = (await WriteAsync(mine, action)).Single();
        var inTheirs = (await WriteAsync(theirs, action)).Single();
        var platformWide = await PlatformWideRecordAsync();

        var html = await browser.GetOkAsync($"/admin/audit?action={Uri.EscapeDataString(action)}&type=Body");
        Assert.Contains("共 1 条记录", html);
        Assert.Contains(DetailLink(inMine), html);
        Assert.DoesNotContain(DetailLink(inTheirs), html);
        Assert.DoesNotContain(DetailLink(platformWide), await browser.GetOkAsync($"/admin/audit?type=StaffUser&entity={platformWide.EntityId}"));

        // The body choice offers the supervisor's body and those under it, and nothing else.
        Assert.Contains($"<option value=\"{mine.Id}\">", html);
        Assert.Contains($"<option value=\"{inMine.BodyId}\">", html);
        Assert.DoesNotContain($"<option value=\"{theirs.Id}\">", html);
        Assert.DoesNotContain($"value=\"{AuditLogModel.PlatformWide}\"", html);

        // Another body typed into the address finds nothing; its name is not shown.
        var typed = await browser.GetOkAsync($"/admin/audit?body={inTheirs.BodyId}");
        Assert.Contains("没有符合条件的记录", typed);
        Assert.Contains("（无权查看或不存在）", typed);
        Assert.DoesNotContain(await NameOfAsync(inTheirs.BodyId), typed);
        Assert.Contains("没有符合条件的记录", await browser.GetOkAsync($"/admin/audit?body={AuditLogModel.PlatformWide}"));

        await browser.GetOkAsync($"/admin/audit/{inMine.Sequence}");
        Assert.Equal(HttpStatusCode.NotFound, (await browser.FetchAsync($"/admin/audit/{inTheirs.Sequence}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.FetchAsync($"/admin/audit/{platformWide.Sequence}")).Status);
    }

    [DbFact]
    public async Task Supervisor_of_a_lower_body_does_not_see_the_body_above()
    {
        var (parent, _) = await SupervisedAsync();
        var child = (await WriteAsync(parent, TestData.Unique("下级"))).Single();
        var (_, childSupervisor) = await app.SignedInAsync((StaffRole.Supervisor, await app.WithDbAsync((db, _) => db.Bodies.SingleAsync(b => b.Id == child.BodyId))));
        var parentRecord = await app.WithDbAsync(async (db, _) =>
        {
            (await db.Bodies.SingleAsync(b => b.Id == parent.Id)).ShortName = "上级简称";
            await db.SaveChangesAsync();
            return await db.AuditRecords.AsNoTracking().OrderByDescending(r => r.Sequence).FirstAsync(r => r.EntityType == "Body");
        });
        Assert.Equal(parent.Id, parentRecord.BodyId);
        await childSupervisor.GetOkAsync($"/admin/audit/{child.Sequence}");
        Assert.Equal(HttpStatusCode.NotFound, (await childSupervisor.FetchAsync($"/admin/audit/{parentRecord.Sequence}")).Status);
    }

    [DbFact]
    public async Task Platform_admin_sees_every_body_and_the_platform_wide_records()
    {
        var one = await app.CreateBodyUnderAsync(null);
        var another = await app.CreateBodyUnderAsync(null);
        var action = TestData.Unique("全部");
        var inOne = (await WriteAsync(one, action)).Single();
        var inAnother = (await WriteAsync(another, action)).Single();
        var platformWide = await PlatformWideRecordAsync();
        var (_, admin) = await app.SignedInAsync((StaffRole.PlatformAdmin, null));

        var html = await admin.GetOkAsync($"/admin/audit?action={Uri.EscapeDataString(action)}&type=Body");
        Assert.Contains(DetailLink(inOne), html);
        Assert.Contains(DetailLink(inAnother), html);
        Assert.Contains($"<option value=\"{one.Id}\">", html);
        Assert.Contains($"<option value=\"{another.Id}\">", html);

        var platform = await admin.GetOkAsync($"/admin/audit?body={AuditLogModel.PlatformWide}&type=StaffUser&entity={platformWide.EntityId}");
        Assert.Contains(DetailLink(platformWide), platform);
        Assert.Contains("<td>全平台</td>", platform);
        Assert.DoesNotContain(DetailLink(inOne), await admin.GetOkAsync($"/admin/audit?body={AuditLogModel.PlatformWide}&action={Uri.EscapeDataString(action)}"));
        foreach (var record in new[] { inOne, inAnother, platformWide })
        {
            await admin.GetOkAsync($"/admin/audit/{record.Sequence}");
        }
    }

    [DbFact]
    public async Task Checking_the_chain_reports_intact_and_then_the_first_broken_record()
    {
        var (body, browser) = await SupervisedAsync();
        var records = await WriteAsync(body, TestData.Unique("校验"));
        var (status, _, location) = await browser.SubmitAsync("/admin/audit?handler=Verify", [], tokenFrom: "/admin/audit");
        Assert.Equal(HttpStatusCode.Redirect, status);
        Assert.Contains("审计记录链完整", await browser.GetOkAsync(location!));

        var target = records[0].Sequence;
        await app.WithDbAsync((db, _) => db.Database.ExecuteSqlAsync($"UPDATE audit_records SET \"Actor\" = {"别人"} WHERE \"Sequence\" = {target}"));
        try
        {
            (status, _, location) = await browser.SubmitAsync("/admin/audit?handler=Verify", [], tokenFrom: "/admin/audit");
            Assert.Equal(HttpStatusCode.Redirect, status);
            var html = await browser.GetOkAsync(location!);
            Assert.Contains($"审计记录链在第 {target} 条记录处断开", html);
            Assert.Contains("已被改动", html);
        }
        finally
        {
            await app.WithDbAsync((db, _) => db.Database.ExecuteSqlAsync($"UPDATE audit_records SET \"Actor\" = {AuditActor.System} WHERE \"Sequence\" = {target}"));
        }
    }

    [DbFact]
    public async Task Only_supervisors_body_admins_and_platform_admins_may_read_it()
    {
        var body = await app.CreateBodyUnderAsync(null);
        var record = (await WriteAsync(body, TestData.Unique("权限"))).Single();
        var (_, drafter) = await app.SignedInAsync((StaffRole.Drafter, body), (StaffRole.LeadershipApprover, body));
        Assert.Equal(HttpStatusCode.Forbidden, (await drafter.FetchAsync("/admin/audit")).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await drafter.FetchAsync($"/admin/audit/{record.Sequence}")).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await drafter.SubmitAsync("/admin/audit?handler=Verify", [])).Status);

        var (_, bodyAdmin) = await app.SignedInAsync((StaffRole.BodyAdmin, body));
        await bodyAdmin.GetOkAsync($"/admin/audit/{record.Sequence}");

        using var anonymous = await app.CookieBrowser().GetAsync("/admin/audit");
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.StartsWith("/account/signin", anonymous.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }
}

public sealed class AuditLogTests_Sqlite(BackOfficeSqliteApp app) : AuditLogTests(app), IClassFixture<BackOfficeSqliteApp>;

public sealed class AuditLogTests_Postgres(BackOfficePostgresApp app) : AuditLogTests(app), IClassFixture<BackOfficePostgresApp>;
