using System.Net;
using Gongkai.Staff;
using Gongkai.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Tests.BackOffice;

/// <summary>/account/signin when it does not succeed: wrong passwords, unknown names, lockout.</summary>
public abstract class SignInTests
{
    private const string WrongPassword = "wrong-pass-2026";
    private readonly GongkaiApp app;

    protected SignInTests(GongkaiApp app)
    {
        this.app = app;
        app.SkipUnlessAvailable();
    }

    private async Task<StaffUser> DrafterAsync()
    {
        var (body, _) = await app.CreateBodyAsync();
        return await app.CreateStaffAsync((StaffRole.Drafter, body));
    }

    private static async Task<(HttpStatusCode Status, string Html, bool Cookie)> TryAsync(HttpClient browser, string userName, string password)
    {
        using var response = await browser.PostFormAsync("/account/signin", new() { ["Input.UserName"] = userName, ["Input.Password"] = password }, tokenFrom: "/account/signin");
        var cookie = response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("gongkai.staff=", StringComparison.Ordinal));
        return (response.StatusCode, await response.Content.ReadAsStringAsync(), cookie);
    }

    [DbFact]
    public async Task Wrong_password_shows_the_form_again_in_chinese_with_the_user_name_kept_and_no_cookie()
    {
        var user = await DrafterAsync();
        var browser = app.CookieBrowser();

        var (status, html, cookie) = await TryAsync(browser, user.UserName!, WrongPassword);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("<h2>登录未成功</h2>", html);
        Assert.Contains("<li>用户名或密码不正确。</li>", html);
        Assert.Contains($"value=\"{user.UserName}\"", html);
        Assert.DoesNotContain(WrongPassword, html);
        Assert.False(cookie, "a failed sign-in set the staff cookie");
        using var admin = await browser.GetAsync("/admin");
        Assert.Equal(HttpStatusCode.Redirect, admin.StatusCode);
        Assert.Contains("/account/signin?ReturnUrl=%2Fadmin", admin.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [DbFact]
    public async Task An_unknown_user_name_gets_the_same_words_as_a_wrong_password()
    {
        var (status, html, cookie) = await TryAsync(app.CookieBrowser(), TestData.Unique("nobody"), WrongPassword);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("<li>用户名或密码不正确。</li>", html);
        Assert.False(cookie);
    }

    [DbFact]
    public async Task Empty_fields_are_named_in_chinese()
    {
        var (status, html, _) = await TryAsync(app.CookieBrowser(), "", "");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("请填写用户名。", html);
        Assert.Contains("请填写密码。", html);
    }

    [DbFact]
    public async Task Five_failures_lock_the_account_for_fifteen_minutes_and_then_even_the_right_password_is_refused()
    {
        var user = await DrafterAsync();
        var browser = app.CookieBrowser();
        for (var attempt = 1; attempt <= 4; attempt++)
        {
            var (status, html, _) = await TryAsync(browser, user.UserName!, WrongPassword);
            Assert.Equal(HttpStatusCode.BadRequest, status);
            Assert.Contains("用户名或密码不正确。", html);
        }

        var fifth = await TryAsync(browser, user.UserName!, WrongPassword);
        Assert.Equal(HttpStatusCode.BadRequest, fifth.Status);
        Assert.Contains("登录失败次数过多，账号已临时锁定 15 分钟", fifth.Html);

        var right = await TryAsync(browser, user.UserName!, StaffTestData.Password);
        Assert.Equal(HttpStatusCode.BadRequest, right.Status);
        Assert.Contains("账号已临时锁定 15 分钟", right.Html);
        Assert.False(right.Cookie);
        var lockoutEnd = await app.WithDbAsync((db, _) => db.Users.Where(u => u.Id == user.Id).Select(u => u.LockoutEnd).SingleAsync());
        Assert.NotNull(lockoutEnd);
        Assert.InRange(lockoutEnd.Value - DateTimeOffset.UtcNow, TimeSpan.FromMinutes(14), TimeSpan.FromMinutes(15));
    }

    [DbFact]
    public async Task A_success_before_the_fifth_failure_starts_the_count_again()
    {
        var user = await DrafterAsync();
        for (var attempt = 1; attempt <= 4; attempt++)
        {
            await TryAsync(app.CookieBrowser(), user.UserName!, WrongPassword);
        }
        await app.SignInAsync(user.UserName!);

        var (_, html, _) = await TryAsync(app.CookieBrowser(), user.UserName!, WrongPassword);

        Assert.Contains("用户名或密码不正确。", html);
        Assert.Equal(1, await app.WithDbAsync((db, _) => db.Users.Where(u => u.Id == user.Id).Select(u => u.AccessFailedCount).SingleAsync()));
    }
}

public sealed class SignInTests_Sqlite(BackOfficeSqliteApp app) : SignInTests(app), IClassFixture<BackOfficeSqliteApp>;

public sealed class SignInTests_Postgres(BackOfficePostgresApp app) : SignInTests(app), IClassFixture<BackOfficePostgresApp>;
