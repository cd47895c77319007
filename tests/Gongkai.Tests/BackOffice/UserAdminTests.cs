using System.Net;
using Gongkai.Audit;
using Gongkai.Bodies;
using Gongkai.Staff;
using Gongkai.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Tests.BackOffice;

/// <summary>/admin/users: who sees whom, creating accounts, granting and revoking roles, account resets.</summary>
public abstract class UserAdminTests
{
    private readonly GongkaiApp app;

    protected UserAdminTests(GongkaiApp app)
    {
        this.app = app;
        app.SkipUnlessAvailable();
    }

    /// <summary>A county with a township under it, and an unrelated city department.</summary>
    private async Task<(Body County, Body Township, Body Elsewhere)> TreeAsync()
    {
        var county = await app.CreateBodyUnderAsync(null, "测试县" + TestData.Unique());
        var township = await app.CreateBodyUnderAsync(county, "测试镇" + TestData.Unique());
        var elsewhere = await app.CreateBodyUnderAsync(null, "别处机关" + TestData.Unique());
        return (county, township, elsewhere);
    }

    private Task<List<AuditRecord>> AuditAsync(string action, string noteContains) =>
        app.WithDbAsync((db, _) => db.AuditRecords.AsNoTracking().Where(r => r.Action == action && r.Note != null && r.Note.Contains(noteContains)).ToListAsync());

    private Task<StaffUser> ReloadAsync(int id) =>
        app.WithDbAsync((db, _) => db.Users.AsNoTracking().Include(u => u.Grants).SingleAsync(u => u.Id == id));

    [DbFact]
    public async Task Platform_admin_sees_every_user_with_roles_per_body_two_factor_and_lockout()
    {
        var (county, township, elsewhere) = await TreeAsync();
        var drafter = await app.CreateStaffAsync((StaffRole.Drafter, township), (StaffRole.Supervisor, township));
        var other = await app.CreateStaffAsync((StaffRole.Drafter, elsewhere));
        await app.WithDbAsync((db, _) => db.Users.Where(u => u.Id == other.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.LockoutEnd, DateTimeOffset.UtcNow.AddMinutes(10))));
        var (_, admin) = await app.SignedInAsync((StaffRole.PlatformAdmin, null));

        var html = await admin.GetOkAsync("/admin/users");
        Assert.Contains("<h1>用户和角色</h1>", html);
        Assert.Contains(drafter.UserName!, html);
        Assert.Contains($"{township.Name}：信息员、监督", html);
        Assert.Contains(other.UserName!, html);
        Assert.Contains("已锁定", html);
        Assert.Contains("未开启", html);
        Assert.Contains("<caption>工作人员（共", html);
        Assert.Contains("<th scope=\"col\">双因素认证</th>", html);
    }

    [DbFact]
    public async Task Body_admin_sees_only_people_with_roles_in_their_subtree()
    {
        var (county, township, elsewhere) = await TreeAsync();
        var inside = await app.CreateStaffAsync((StaffRole.Drafter, township));
        var outside = await app.CreateStaffAsync((StaffRole.Drafter, elsewhere));
        var (_, admin) = await app.SignedInAsync((StaffRole.BodyAdmin, county));

        var html = await admin.GetOkAsync("/admin/users");
        Assert.Contains(inside.UserName!, html);
        Assert.DoesNotContain(outside.UserName!, html);
        Assert.DoesNotContain(elsewhere.Name, html); // not even as a filter option
        Assert.DoesNotContain(">平台管理员</option>", html);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.FetchAsync($"/admin/users/{outside.Id}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.FetchAsync($"/admin/users?body={elsewhere.Id}")).Status);
    }

    [DbFact]
    public async Task Filters_by_body_and_role_come_from_the_query_string()
    {
        var (county, township, _) = await TreeAsync();
        var drafter = await app.CreateStaffAsync((StaffRole.Drafter, township));
        var supervisor = await app.CreateStaffAsync((StaffRole.Supervisor, township));
        var countyDrafter = await app.CreateStaffAsync((StaffRole.Drafter, county));
        var (_, admin) = await app.SignedInAsync((StaffRole.BodyAdmin, county));

        var byBody = await admin.GetOkAsync($"/admin/users?body={township.Id}");
        Assert.Contains(drafter.UserName!, byBody);
        Assert.Contains(supervisor.UserName!, byBody);
        Assert.DoesNotContain(countyDrafter.UserName!, byBody);
        Assert.True(StaffTestData.HasSelectedOption(byBody, township.Id.ToString()));

        var both = await admin.GetOkAsync($"/admin/users?body={township.Id}&role=drafter");
        Assert.Contains(drafter.UserName!, both);
        Assert.DoesNotContain(supervisor.UserName!, both);

        var (status, html) = await admin.FetchAsync("/admin/users?role=nonsense");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("所选角色无效", html);
        Assert.Contains("href=\"#role\"", html);
    }

    [DbFact]
    public async Task People_without_an_admin_role_are_forbidden_everywhere()
    {
        var (_, township, _) = await TreeAsync();
        var someone = await app.CreateStaffAsync((StaffRole.Drafter, township));
        var (_, supervisor) = await app.SignedInAsync((StaffRole.Supervisor, township), (StaffRole.LeadershipApprover, township));
        foreach (var url in new[] { "/admin/users", "/admin/users/new", $"/admin/users/{someone.Id}" })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await supervisor.FetchAsync(url)).Status);
        }
        var (status, _, _) = await supervisor.SubmitAsync("/admin/users/new", new() { ["Input.UserName"] = TestData.Unique("x"), ["Input.DisplayName"] = "某人", ["Input.Role"] = "drafter", ["Input.BodyId"] = township.Id.ToString() });
        Assert.Equal(HttpStatusCode.Forbidden, status);
    }

    [DbFact]
    public async Task Anonymous_visitors_are_sent_to_sign_in()
    {
        var browser = app.CookieBrowser();
        foreach (var url in new[] { "/admin/users", "/admin/users/new", "/admin/users/1", "/admin/users/1/grants/1/revoke" })
        {
            using var response = await browser.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/account/signin", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        }
    }

    [DbFact]
    public async Task Creating_a_user_with_a_typed_password_redirects_saves_the_grant_and_audits()
    {
        var (county, township, _) = await TreeAsync();
        var (me, admin) = await app.SignedInAsync((StaffRole.BodyAdmin, county));
        var name = TestData.Unique("new");
        var (status, _, location) = await admin.SubmitAsync("/admin/users/new", new()
        {
            ["Input.UserName"] = name,
            ["Input.DisplayName"] = "张三",
            ["Input.Password"] = "typed-pass-123",
            ["Input.Role"] = "drafter",
            ["Input.BodyId"] = township.Id.ToString(),
        });
        Assert.Equal(HttpStatusCode.Redirect, status);
        var created = await app.WithDbAsync((db, _) => db.Users.AsNoTracking().Include(u => u.Grants).SingleAsync(u => u.UserName == name));
        Assert.Equal($"/admin/users/{created.Id}", location);
        Assert.Equal("张三", created.DisplayName);
        var grant = Assert.Single(created.Grants);
        Assert.Equal((StaffRole.Drafter, township.Id), (grant.Role, grant.BodyId!.Value));
        var audit = await AuditAsync("新建用户", name);
        Assert.Contains(audit, r => r.EntityType == "StaffUser" && r.Actor.Contains($"用户 {me.Id}", StringComparison.Ordinal));
        Assert.Contains(audit, r => r.EntityType == "RoleGrant");
        Assert.DoesNotContain(audit, r => r.After!.Contains("typed-pass-123", StringComparison.Ordinal));

        Assert.Contains("已创建用户", await admin.GetOkAsync(location!));
        await app.SignInAsync(name, "typed-pass-123");
    }

    [DbFact]
    public async Task Creating_a_user_without_a_password_shows_a_generated_one_once()
    {
        var (_, admin) = await app.SignedInAsync((StaffRole.PlatformAdmin, null));
        var name = TestData.Unique("gen");
        using var response = await admin.PostFormAsync("/admin/users/new", new() { ["Input.UserName"] = name, ["Input.DisplayName"] = "李四", ["Input.Role"] = "platform-admin" });
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("只显示这一次", html);
        Assert.True(response.Headers.CacheControl?.NoStore);
        var password = System.Text.RegularExpressions.Regex.Match(html, "class=\"secret\"><code>([a-z0-9]{16})</code>").Groups[1].Value;
        Assert.NotEmpty(password);
        await app.SignInAsync(name, password);
    }

    [DbFact]
    public async Task Invalid_new_user_is_400_with_chinese_messages_and_the_typed_values_kept()
    {
        var (county, township, _) = await TreeAsync();
        var existing = await app.CreateStaffAsync((StaffRole.Drafter, township));
        var (_, admin) = await app.SignedInAsync((StaffRole.BodyAdmin, county));
        var (status, html, _) = await admin.SubmitAsync("/admin/users/new", new()
        {
            ["Input.UserName"] = existing.UserName!,
            ["Input.DisplayName"] = "王五",
            ["Input.Password"] = "short",
            ["Input.Role"] = "drafter",
        });
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("用户未创建", html);
        Assert.Contains($"用户名“{existing.UserName}”已被使用。", html);
        Assert.Contains("密码至少需要 10 个字符。", html);
        Assert.Contains("请选择机构。", html);
        Assert.Contains("href=\"#Input_BodyId\"", html);
        Assert.Contains("value=\"王五\"", html);
        Assert.Contains($"value=\"{existing.UserName}\"", html);
        Assert.DoesNotContain("value=\"short\"", html);

        (status, html, _) = await admin.SubmitAsync("/admin/users/new", new() { ["Input.UserName"] = "", ["Input.DisplayName"] = "", ["Input.Role"] = "" });
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("请填写用户名。", html);
        Assert.Contains("请填写姓名。", html);
        Assert.Contains("请选择角色。", html);
    }

    [DbFact]
    public async Task Body_admin_may_not_create_platform_admins_or_grant_outside_their_reach()
    {
        var (county, _, elsewhere) = await TreeAsync();
        var (_, admin) = await app.SignedInAsync((StaffRole.BodyAdmin, county));
        var (status, _, _) = await admin.SubmitAsync("/admin/users/new", new() { ["Input.UserName"] = TestData.Unique("p"), ["Input.DisplayName"] = "甲", ["Input.Role"] = "platform-admin" });
        Assert.Equal(HttpStatusCode.Forbidden, status);
        (status, _, _) = await admin.SubmitAsync("/admin/users/new", new() { ["Input.UserName"] = TestData.Unique("p"), ["Input.DisplayName"] = "乙", ["Input.Role"] = "drafter", ["Input.BodyId"] = elsewhere.Id.ToString() });
        Assert.Equal(HttpStatusCode.Forbidden, status);
    }

    [DbFact]
    public async Task Granting_a_role_saves_it_renews_the_security_stamp_and_audits()
    {
        var (county, township, _) = await TreeAsync();
        var person = await app.CreateStaffAsync((StaffRole.Drafter, township));
        var stamp = (await ReloadAsync(person.Id)).SecurityStamp;
        var (_, admin) = await app.SignedInAsync((StaffRole.BodyAdmin, county));

        var page = await admin.GetOkAsync($"/admin/users/{person.Id}");
        Assert.Contains("授予角色", page);
        Assert.Contains($"/admin/users/{person.Id}/grants/", page);
        var (status, _, location) = await admin.SubmitAsync($"/admin/users/{person.Id}?handler=Grant", new() { ["Grant.Role"] = "section-head", ["Grant.BodyId"] = county.Id.ToString() });
        Assert.Equal(HttpStatusCode.Redirect, status);
        Assert.Equal($"/admin/users/{person.Id}", location);
        var after = await ReloadAsync(person.Id);
        Assert.Contains(after.Grants, g => g.Role == StaffRole.SectionHead && g.BodyId == county.Id);
        Assert.NotEqual(stamp, after.SecurityStamp);
        var audit = await AuditAsync("授予角色", person.UserName!);
        Assert.Contains(audit, r => r.EntityType == "RoleGrant" && r.Note!.Contains("科室负责人", StringComparison.Ordinal));
        Assert.Contains("已授予", await admin.GetOkAsync(location!));

        (status, var html, _) = await admin.SubmitAsync($"/admin/users/{person.Id}?handler=Grant", new() { ["Grant.Role"] = "section-head", ["Grant.BodyId"] = county.Id.ToString() });
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("该用户已担任", html);
        (status, html, _) = await admin.SubmitAsync($"/admin/users/{person.Id}?handler=Grant", new() { ["Grant.Role"] = "supervisor", ["Grant.BodyId"] = "" });
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("请选择机构。", html);
        Assert.True(StaffTestData.HasSelectedOption(html, "supervisor"));
    }

    [DbFact]
    public async Task Granting_outside_reach_is_forbidden_and_people_outside_reach_are_not_found()
    {
        var (county, township, elsewhere) = await TreeAsync();
        var inside = await app.CreateStaffAsync((StaffRole.Drafter, township));
        var outside = await app.CreateStaffAsync((StaffRole.Drafter, elsewhere));
        var (_, admin) = await app.SignedInAsync((StaffRole.BodyAdmin, county));
        var grantOutside = new Dictionary<string, string> { ["Grant.Role"] = "drafter", ["Grant.BodyId"] = elsewhere.Id.ToString() };
        Assert.Equal(HttpStatusCode.Forbidden, (await admin.SubmitAsync($"/admin/users/{inside.Id}?handler=Grant", grantOutside)).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await admin.SubmitAsync($"/admin/users/{inside.Id}?handler=Grant", new() { ["Grant.Role"] = "platform-admin" })).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.SubmitAsync($"/admin/users/{outside.Id}?handler=Grant", new() { ["Grant.Role"] = "drafter", ["Grant.BodyId"] = township.Id.ToString() })).Status);
        var outsideGrant = (await ReloadAsync(outside.Id)).Grants.Single();
        Assert.Equal(HttpStatusCode.NotFound, (await admin.FetchAsync($"/admin/users/{outside.Id}/grants/{outsideGrant.Id}/revoke")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.SubmitAsync($"/admin/users/{outside.Id}/grants/{outsideGrant.Id}/revoke", [])).Status);
        Assert.Single((await ReloadAsync(inside.Id)).Grants);
    }

    [DbFact]
    public async Task Revoking_a_role_asks_for_confirmation_then_removes_it_and_audits()
    {
        var (county, township, elsewhere) = await TreeAsync();
        var person = await app.CreateStaffAsync((StaffRole.Drafter, township), (StaffRole.Drafter, elsewhere));
        var grants = (await ReloadAsync(person.Id)).Grants;
        var inside = grants.Single(g => g.BodyId == township.Id);
        var outside = grants.Single(g => g.BodyId == elsewhere.Id);
        var (_, admin) = await app.SignedInAsync((StaffRole.BodyAdmin, county));

        var details = await admin.GetOkAsync($"/admin/users/{person.Id}");
        Assert.Contains("不在您的管理范围", details);
        Assert.Contains("须由平台管理员办理", details); // a role elsewhere: account resets are not this admin's
        var confirm = await admin.GetOkAsync($"/admin/users/{person.Id}/grants/{inside.Id}/revoke");
        Assert.Contains("确认撤销", confirm);
        Assert.Contains(township.Name, confirm);
        Assert.Equal(HttpStatusCode.Forbidden, (await admin.FetchAsync($"/admin/users/{person.Id}/grants/{outside.Id}/revoke")).Status);

        var (status, _, location) = await admin.SubmitAsync($"/admin/users/{person.Id}/grants/{inside.Id}/revoke", new() { ["Reason"] = "岗位调整" });
        Assert.Equal(HttpStatusCode.Redirect, status);
        Assert.Equal($"/admin/users/{person.Id}", location);
        var after = await ReloadAsync(person.Id);
        Assert.Equal([outside.Id], after.Grants.Select(g => g.Id));
        var audit = Assert.Single(await AuditAsync("撤销角色", person.UserName!), r => r.EntityType == "RoleGrant");
        Assert.Contains("岗位调整", audit.Note, StringComparison.Ordinal);
        Assert.Null(audit.After);
    }

    [DbFact]
    public async Task Nobody_can_revoke_their_own_last_admin_grant()
    {
        var (county, _, _) = await TreeAsync();
        var (me, admin) = await app.SignedInAsync((StaffRole.BodyAdmin, county), (StaffRole.Drafter, county));
        var grant = (await ReloadAsync(me.Id)).Grants.Single(g => g.Role == StaffRole.BodyAdmin);
        var page = await admin.GetOkAsync($"/admin/users/{me.Id}/grants/{grant.Id}/revoke");
        Assert.Contains("不能撤销您自己的最后一个管理员角色", page);
        Assert.DoesNotContain("type=\"submit\" class=\"danger\"", page);
        var (status, html, _) = await admin.SubmitAsync($"/admin/users/{me.Id}/grants/{grant.Id}/revoke", []);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("不能撤销您自己的最后一个管理员角色", html);
        Assert.Equal(2, (await ReloadAsync(me.Id)).Grants.Count);

        // Their other roles they may give up, and they stay signed in.
        var drafter = (await ReloadAsync(me.Id)).Grants.Single(g => g.Role == StaffRole.Drafter);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitAsync($"/admin/users/{me.Id}/grants/{drafter.Id}/revoke", [])).Status);
        await admin.GetOkAsync("/admin/users");
    }

    [DbFact]
    public async Task A_revoked_admin_loses_access_at_once()
    {
        var (county, _, _) = await TreeAsync();
        var (target, targetBrowser) = await app.SignedInAsync((StaffRole.BodyAdmin, county));
        await targetBrowser.GetOkAsync("/admin/users");
        var grant = (await ReloadAsync(target.Id)).Grants.Single();
        var (_, platform) = await app.SignedInAsync((StaffRole.PlatformAdmin, null));
        Assert.Equal(HttpStatusCode.Redirect, (await platform.SubmitAsync($"/admin/users/{target.Id}/grants/{grant.Id}/revoke", [])).Status);
        var (status, _) = await targetBrowser.FetchAsync("/admin/users");
        Assert.NotEqual(HttpStatusCode.OK, status);
    }

    [DbFact]
    public async Task Unlocking_clears_the_lockout_and_is_audited()
    {
        var (county, township, _) = await TreeAsync();
        var person = await app.CreateStaffAsync((StaffRole.Drafter, township));
        await app.WithDbAsync((db, _) => db.Users.Where(u => u.Id == person.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.LockoutEnd, DateTimeOffset.UtcNow.AddMinutes(15)).SetProperty(u => u.AccessFailedCount, 5)));
        var (_, admin) = await app.SignedInAsync((StaffRole.BodyAdmin, county));
        Assert.Contains("已锁定", await admin.GetOkAsync($"/admin/users/{person.Id}"));
        var (status, _, location) = await admin.SubmitAsync($"/admin/users/{person.Id}?handler=Unlock", []);
        Assert.Equal(HttpStatusCode.Redirect, status);
        var after = await ReloadAsync(person.Id);
        Assert.Null(after.LockoutEnd);
        Assert.Equal(0, after.AccessFailedCount);
        Assert.NotEmpty(await AuditAsync("解除锁定", person.UserName!));
        Assert.Contains("已解除", await admin.GetOkAsync(location!));
        await app.SignInAsync(person.UserName!);
    }

    [DbFact]
    public async Task Resetting_a_password_needs_confirmation_and_shows_the_new_one_once()
    {
        var (county, township, _) = await TreeAsync();
        var person = await app.CreateStaffAsync((StaffRole.Drafter, township));
        var (_, admin) = await app.SignedInAsync((StaffRole.BodyAdmin, county));
        var (status, html, _) = await admin.SubmitAsync($"/admin/users/{person.Id}?handler=ResetPassword", []);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("请先勾选确认，再重置密码。", html);
        Assert.Contains("href=\"#confirm-password\"", html);

        using var response = await admin.PostFormAsync($"/admin/users/{person.Id}?handler=ResetPassword", new() { ["confirm"] = "true" });
        html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore);
        var password = System.Text.RegularExpressions.Regex.Match(html, "class=\"secret\"><code>([a-z0-9]{16})</code>").Groups[1].Value;
        Assert.NotEmpty(password);
        await app.SignInAsync(person.UserName!, password);
        Assert.NotEmpty(await AuditAsync("重置密码", person.UserName!));
    }

    [DbFact]
    public async Task Resetting_two_factor_turns_it_off_and_is_audited()
    {
        var (county, township, elsewhere) = await TreeAsync();
        var person = await app.CreateStaffAsync((StaffRole.Drafter, township));
        await app.WithDbAsync((db, _) => db.Users.Where(u => u.Id == person.Id).ExecuteUpdateAsync(s => s.SetProperty(u => u.TwoFactorEnabled, true)));
        var (_, admin) = await app.SignedInAsync((StaffRole.BodyAdmin, county));
        var (status, _, _) = await admin.SubmitAsync($"/admin/users/{person.Id}?handler=ResetTwoFactor", new() { ["confirm"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, status);
        Assert.False((await ReloadAsync(person.Id)).TwoFactorEnabled);
        Assert.Contains(await AuditAsync("重置双因素认证", person.UserName!), r => r.EntityType == "StaffUser");

        // Someone who also holds a role outside this admin's reach: account resets are forbidden.
        var wider = await app.CreateStaffAsync((StaffRole.Drafter, township), (StaffRole.Drafter, elsewhere));
        foreach (var handler in new[] { "ResetTwoFactor", "ResetPassword", "Unlock" })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await admin.SubmitAsync($"/admin/users/{wider.Id}?handler={handler}", new() { ["confirm"] = "true" })).Status);
        }
    }
}

public sealed class UserAdminTests_Sqlite(BackOfficeSqliteApp app) : UserAdminTests(app), IClassFixture<BackOfficeSqliteApp>;

public sealed class UserAdminTests_Postgres(BackOfficePostgresApp app) : UserAdminTests(app), IClassFixture<BackOfficePostgresApp>;
