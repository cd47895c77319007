using System.Globalization;
using System.Net;
using Gongkai.Audit;
using Gongkai.Bodies;
using Gongkai.Staff;
using Gongkai.Tests.Infrastructure;
using Gongkai.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Tests.BackOffice;

/// <summary>/admin/audit: the log with its filters and pages, one record's before and after, and the chain check.</summary>
public abstract class AuditLogTests
{
    private readonly GongkaiApp app;

    protected AuditLogTests(GongkaiApp app)
    {
        this.app = app;
        app.SkipUnlessAvailable();
    }

    /// <summary>Adds <paramref name="count"/> bodies in one save, audited as <paramref name="action"/>; returns their records.</summary>
    private Task<List<AuditRecord>> WriteAsync(string action, int count = 1, string? note = null) =>
        app.WithDbAsync(async (db, _) =>
        {
            var before = await db.AuditRecords.MaxAsync(r => (long?)r.Sequence) ?? 0;
            for (var i = 0; i < count; i++)
            {
                db.Bodies.Add(new Body(TestData.Unique("a"), TestData.Unique("c"), "审计测试机构" + TestData.Unique(), BodyType.GovernmentDepartment));
            }
            db.AuditAs(action, note);
            await db.SaveChangesAsync();
            // (Each body also leaves a record of its owned contacts, BodyContacts.)
            return await db.AuditRecords.AsNoTracking().Where(r => r.Sequence > before && r.EntityType == "Body").OrderBy(r => r.Sequence).ToListAsync();
        });

    private async Task<HttpClient> SupervisorAsync() =>
        (await app.SignedInAsync((StaffRole.Supervisor, await app.CreateBodyUnderAsync(null)))).Browser;

    private static int RowCount(string html) => html.Split("条记录的详情\"").Length - 1;

    [DbFact]
    public async Task Supervisor_sees_records_newest_first_in_china_time_with_details_links()
    {
        var action = TestData.Unique("动作");
        var first = (await WriteAsync(action)).Single();
        var second = (await WriteAsync(action)).Single();
        var browser = await SupervisorAsync();

        var html = await browser.GetOkAsync($"/admin/audit?action={Uri.EscapeDataString(action)}&type=Body");
        Assert.Contains("<caption>审计记录（最新的在前）</caption>", html);
        Assert.Contains("共 2 条记录", html);
        Assert.True(html.IndexOf($"/admin/audit/{second.Sequence}\"", StringComparison.Ordinal) < html.IndexOf($"/admin/audit/{first.Sequence}\"", StringComparison.Ordinal));
        Assert.Contains(second.At.ToChina().ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture), html);
        Assert.Contains("机构 " + second.EntityId, html);
        Assert.Contains("校验审计链", html);
    }

    [DbFact]
    public async Task Filters_narrow_by_date_actor_action_entity_type_and_id()
    {
        var action = TestData.Unique("筛选");
        var records = await WriteAsync(action, 3);
        var browser = await SupervisorAsync();
        var today = DateTimeOffset.UtcNow.ChinaDate().Iso();
        var tomorrow = DateTimeOffset.UtcNow.ChinaDate().AddDays(1).Iso();
        var q = $"/admin/audit?action={Uri.EscapeDataString(action)}";

        Assert.Equal(3, RowCount(await browser.GetOkAsync($"{q}&from={today}&to={today}&type=Body")));
        Assert.Equal(3, RowCount(await browser.GetOkAsync($"{q}&actor={Uri.EscapeDataString(AuditActor.System)}&type=Body")));
        Assert.Contains("没有符合条件的记录", await browser.GetOkAsync($"{q}&from={tomorrow}"));
        Assert.Contains("没有符合条件的记录", await browser.GetOkAsync($"{q}&type=StaffUser"));
        var one = await browser.GetOkAsync($"/admin/audit?type=Body&entity={records[1].EntityId}");
        Assert.Equal(1, RowCount(one));
        Assert.Contains($"/admin/audit/{records[1].Sequence}\"", one);

        // A person's actions are found by part of their name.
        var (admin, adminBrowser) = await app.SignedInAsync((StaffRole.PlatformAdmin, null));
        Assert.Equal(HttpStatusCode.Redirect, (await adminBrowser.SubmitAsync("/admin/calendar", new() { ["Input.Year"] = "2041", ["Input.DaysOff"] = "01-01" })).Status);
        var mine = await browser.GetOkAsync($"/admin/audit?actor={admin.UserName}");
        Assert.Contains("日历年度设置", mine);
        Assert.Equal(1, RowCount(mine));
    }

    [DbFact]
    public async Task Fifty_records_to_a_page_with_filters_kept_in_the_page_links()
    {
        var action = TestData.Unique("分页");
        var records = await WriteAsync(action, 55);
        var browser = await SupervisorAsync();
        var q = $"/admin/audit?action={Uri.EscapeDataString(action)}&type=Body";

        var page1 = await browser.GetOkAsync(q);
        Assert.Equal(50, RowCount(page1));
        Assert.Contains("第 1/2 页", page1);
        Assert.Contains($"/admin/audit/{records[^1].Sequence}\"", page1);
        Assert.Contains($"href=\"/admin/audit?action={Uri.EscapeDataString(action)}&amp;type=Body&amp;page=2\"", page1);
        var page2 = await browser.GetOkAsync(q + "&page=2");
        Assert.Equal(5, RowCount(page2));
        Assert.Contains($"/admin/audit/{records[0].Sequence}\"", page2);
    }

    [DbFact]
    public async Task Invalid_filters_are_400_with_chinese_messages_and_the_values_kept()
    {
        var browser = await SupervisorAsync();
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
        Assert.Equal(HttpStatusCode.BadRequest, (await browser.FetchAsync("/admin/audit?page=0")).Status);
    }

    [DbFact]
    public async Task A_record_shows_before_and_after_side_by_side_and_its_note()
    {
        var body = await app.CreateBodyUnderAsync(null);
        var change = await app.WithDbAsync(async (db, _) =>
        {
            var tracked = await db.Bodies.SingleAsync(b => b.Id == body.Id);
            tracked.ShortName = "新简称";
            db.AuditAs("改简称", "因机构改革调整");
            await db.SaveChangesAsync();
            return await db.AuditRecords.AsNoTracking().OrderByDescending(r => r.Sequence).FirstAsync(r => r.EntityType == "Body");
        });
        var browser = await SupervisorAsync();
        var html = await browser.GetOkAsync($"/admin/audit/{change.Sequence}");
        Assert.Contains($"审计记录第 {change.Sequence} 条", html);
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
        var html = await (await SupervisorAsync()).GetOkAsync($"/admin/audit/{record.Sequence}");
        Assert.Contains("&quot;Value&quot;: &quot;***&quot;", html);
        Assert.DoesNotContain("SECRETKEY234567", html);
    }

    [DbFact]
    public async Task Checking_the_chain_reports_intact_and_then_the_first_broken_record()
    {
        var records = await WriteAsync(TestData.Unique("校验"));
        var browser = await SupervisorAsync();
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
        var record = (await WriteAsync(TestData.Unique("权限"))).Single();
        var body = await app.CreateBodyUnderAsync(null);
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
