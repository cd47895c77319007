using System.Net;
using Gongkai.Staff;
using Gongkai.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Tests.BackOffice;

/// <summary>Changing one's own password on /account.</summary>
public abstract class MyAccountTests
{
    private const string NewPassword = "new-pass-2027";
    private const string Handler = "/account?handler=Password";
    private readonly GongkaiApp app;

    protected MyAccountTests(GongkaiApp app)
    {
        this.app = app;
        app.SkipUnlessAvailable();
    }

    private async Task<(StaffUser User, HttpClient Browser)> DrafterAsync()
    {
        var (body, _) = await app.CreateBodyAsync();
        return await app.SignedInAsync((StaffRole.Drafter, body));
    }

    private static Dictionary<string, string> Change(string current, string next, string? confirm = null) => new()
    {
        ["Password.Current"] = current,
        ["Password.New"] = next,
        ["Password.Confirm"] = confirm ?? next,
    };

    private Task<string?> StampAsync(int id) =>
        app.WithDbAsync((db, _) => db.Users.Where(u => u.Id == id).Select(u => u.SecurityStamp).SingleAsync());

    /// <summary>The password still works and the new one does not: nothing was changed.</summary>
    private async Task AssertUnchangedAsync(StaffUser user, string? stamp)
    {
        Assert.Equal(stamp, await StampAsync(user.Id));
        await app.SignInAsync(user.UserName!);
    }

    [DbFact]
    public async Task The_form_asks_for_the_current_password_and_the_new_one_twice()
    {
        var (_, browser) = await DrafterAsync();

        var html = await browser.GetOkAsync("/account");

        Assert.Contains("<label for=\"current\">当前密码</label>", html);
        Assert.Contains("<label for=\"new\">新密码</label>", html);
        Assert.Contains("<label for=\"confirm\">再次输入新密码</label>", html);
        Assert.Contains("name=\"Password.Confirm\" type=\"password\" autocomplete=\"new-password\"", html);
    }

    [DbFact]
    public async Task A_wrong_current_password_is_refused_with_a_message()
    {
        var (user, browser) = await DrafterAsync();
        var stamp = await StampAsync(user.Id);

        var (status, html, _) = await browser.SubmitAsync(Handler, Change("not-my-pass-1", NewPassword));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("<h3>密码未修改</h3>", html);
        Assert.Contains("<li>当前密码不正确。</li>", html);
        await AssertUnchangedAsync(user, stamp);
    }

    [DbTheory]
    [InlineData("short-1", "密码至少需要 10 个字符。")]
    [InlineData("only-letters-here", "密码必须包含数字。")]
    [InlineData("1234567890", "密码必须包含小写字母。")]
    [InlineData("UPPER-CASE-2027", "密码必须包含小写字母。")]
    public async Task A_weak_new_password_is_refused_with_the_policy_in_chinese(string weak, string message)
    {
        var (user, browser) = await DrafterAsync();
        var stamp = await StampAsync(user.Id);

        var (status, html, _) = await browser.SubmitAsync(Handler, Change(StaffTestData.Password, weak));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains($"<li>{message}</li>", html);
        Assert.DoesNotContain("Passwords must", html);
        Assert.DoesNotContain(weak, html);
        await AssertUnchangedAsync(user, stamp);
    }

    [DbFact]
    public async Task A_short_password_is_told_every_rule_it_breaks()
    {
        var (_, browser) = await DrafterAsync();

        var (status, html, _) = await browser.SubmitAsync(Handler, Change(StaffTestData.Password, "ABC"));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("<li>密码至少需要 10 个字符。</li>", html);
        Assert.Contains("<li>密码必须包含数字。</li>", html);
        Assert.Contains("<li>密码必须包含小写字母。</li>", html);
    }

    [DbFact]
    public async Task A_confirmation_that_does_not_match_is_refused()
    {
        var (user, browser) = await DrafterAsync();
        var stamp = await StampAsync(user.Id);

        var (status, html, _) = await browser.SubmitAsync(Handler, Change(StaffTestData.Password, NewPassword, NewPassword + "x"));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("<li>两次输入的新密码不一致。</li>", html);
        await AssertUnchangedAsync(user, stamp);
    }

    [DbFact]
    public async Task Empty_fields_are_named_in_chinese()
    {
        var (_, browser) = await DrafterAsync();

        var (status, html, _) = await browser.SubmitAsync(Handler, new() { ["Password.Current"] = "", ["Password.New"] = "", ["Password.Confirm"] = "" });

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("<li>请填写当前密码。</li>", html);
        Assert.Contains("<li>请填写新密码。</li>", html);
        Assert.Contains("<li>请再次输入新密码。</li>", html);
    }

    [DbFact]
    public async Task A_new_password_signs_out_other_browsers_keeps_this_one_and_is_audited()
    {
        var (user, here) = await DrafterAsync();
        var elsewhere = await app.SignInAsync(user.UserName!);
        await elsewhere.GetOkAsync("/admin");
        var stamp = await StampAsync(user.Id);

        var (status, _, location) = await here.SubmitAsync(Handler, Change(StaffTestData.Password, NewPassword));

        Assert.Equal(HttpStatusCode.Redirect, status);
        Assert.Equal("/account", location);
        Assert.Contains("密码已修改。", await here.GetOkAsync("/account"));
        Assert.NotEqual(stamp, await StampAsync(user.Id));
        await here.GetOkAsync("/admin");
        using (var old = await elsewhere.GetAsync("/admin"))
        {
            Assert.Equal(HttpStatusCode.Redirect, old.StatusCode);
            Assert.Contains("/account/signin?ReturnUrl=%2Fadmin", old.Headers.Location!.OriginalString, StringComparison.Ordinal);
        }
        await app.SignInAsync(user.UserName!, NewPassword);
        using (var before = await app.CookieBrowser().PostFormAsync("/account/signin", new() { ["Input.UserName"] = user.UserName!, ["Input.Password"] = StaffTestData.Password }, tokenFrom: "/account/signin"))
        {
            Assert.Equal(HttpStatusCode.BadRequest, before.StatusCode);
        }

        var records = await app.WithDbAsync((db, _) => db.AuditRecords.AsNoTracking()
            .Where(r => r.Action == "修改密码" && r.EntityType == "StaffUser" && r.EntityId == user.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToListAsync());
        var record = Assert.Single(records);
        Assert.Contains(user.UserName!, record.Actor, StringComparison.Ordinal);
        Assert.Equal(user.UserName, record.Note);
        // The record says the password changed, but holds neither it nor its hash.
        var hash = await app.WithDbAsync((db, _) => db.Users.Where(u => u.Id == user.Id).Select(u => u.PasswordHash).SingleAsync());
        Assert.Contains("\"PasswordHash\":\"***\"", record.After, StringComparison.Ordinal);
        Assert.DoesNotContain(hash!, record.After!, StringComparison.Ordinal);
        Assert.DoesNotContain(NewPassword, record.After!, StringComparison.Ordinal);
    }
}

public sealed class MyAccountTests_Sqlite(BackOfficeSqliteApp app) : MyAccountTests(app), IClassFixture<BackOfficeSqliteApp>;

public sealed class MyAccountTests_Postgres(BackOfficePostgresApp app) : MyAccountTests(app), IClassFixture<BackOfficePostgresApp>;
