using System.Net;
using System.Text.RegularExpressions;
using Gongkai.Bodies;
using Gongkai.Staff;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Tests.Infrastructure;

/// <summary>
/// Staff accounts and signed-in browsers for back-office tests. Accounts are created through
/// Identity's <see cref="UserManager{TUser}"/> in the test's own database, with unique names.
/// </summary>
public static partial class StaffTestData
{
    /// <summary>The password of every test account (meets the policy: 10+ characters, a lowercase letter, a digit).</summary>
    public const string Password = "test-pass-2026";

    /// <summary>A new body under <paramref name="parent"/> (a top-level body when null).</summary>
    public static Task<Body> CreateBodyUnderAsync(this GongkaiApp app, Body? parent, string? name = null) =>
        app.WithDbAsync(async (db, _) =>
        {
            var trackedParent = parent is null ? null : await db.Bodies.SingleAsync(b => b.Id == parent.Id);
            var slug = TestData.Unique("b");
            var body = new Body(slug, TestData.Unique("c"), name ?? $"测试机构{slug}", BodyType.GovernmentDepartment, trackedParent);
            db.Bodies.Add(body);
            await db.SaveChangesAsync();
            return body;
        });

    /// <summary>A staff account holding <paramref name="grants"/> (a null body for platform admin), without a second factor.</summary>
    public static Task<StaffUser> CreateStaffAsync(this GongkaiApp app, params (StaffRole Role, Body? Body)[] grants) =>
        app.WithDbAsync(async (db, services) =>
        {
            var name = TestData.Unique("u");
            var user = new StaffUser { UserName = name, DisplayName = "测试人员" + name, CreatedAt = TestData.Now };
            foreach (var (role, body) in grants)
            {
                user.Grants.Add(new RoleGrant(role, body is null ? null : await db.Bodies.SingleAsync(b => b.Id == body.Id)));
            }
            var result = await services.GetRequiredService<UserManager<StaffUser>>().CreateAsync(user, Password);
            Assert.True(result.Succeeded, string.Join(" ", result.Errors.Select(e => e.Description)));
            return user;
        });

    /// <summary>A browser that keeps cookies and does not follow redirects, not signed in.</summary>
    public static HttpClient CookieBrowser(this GongkaiApp app) =>
        app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>Signs in through the sign-in page, as a person would, and returns the signed-in browser.</summary>
    public static async Task<HttpClient> SignInAsync(this GongkaiApp app, string userName, string password = Password)
    {
        var browser = app.CookieBrowser();
        using var response = await browser.PostFormAsync("/account/signin", new() { ["Input.UserName"] = userName, ["Input.Password"] = password }, tokenFrom: "/account/signin");
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"sign-in as {userName} → {(int)response.StatusCode}");
        return browser;
    }

    /// <summary>Creates an account with <paramref name="grants"/> and signs in as it.</summary>
    public static async Task<(StaffUser User, HttpClient Browser)> SignedInAsync(this GongkaiApp app, params (StaffRole Role, Body? Body)[] grants)
    {
        var user = await app.CreateStaffAsync(grants);
        return (user, await app.SignInAsync(user.UserName!));
    }

    /// <summary>
    /// Posts a form as the browser would: with the antiforgery token of a page the browser may open
    /// (by default its own account page, so posts to pages it may not open can be tested too).
    /// </summary>
    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient browser, string action, Dictionary<string, string> fields, string tokenFrom = "/account")
    {
        var page = await browser.GetOkAsync(tokenFrom);
        var form = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = AntiforgeryToken(page) };
        return await browser.PostAsync(action, new FormUrlEncodedContent(form));
    }

    public static async Task<(HttpStatusCode Status, string Body, string? Location)> SubmitAsync(this HttpClient browser, string action, Dictionary<string, string> fields, string tokenFrom = "/account")
    {
        using var response = await browser.PostFormAsync(action, fields, tokenFrom);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(), response.Headers.Location?.OriginalString);
    }

    /// <summary>As <see cref="SubmitAsync"/>, posted as multipart with files: (form field, file name, content).</summary>
    public static async Task<(HttpStatusCode Status, string Body, string? Location)> SubmitWithFilesAsync(this HttpClient browser, string action, Dictionary<string, string> fields,
        IEnumerable<(string Field, string FileName, byte[] Content)> files, string tokenFrom)
    {
        var page = await browser.GetOkAsync(tokenFrom);
        using var form = new MultipartFormDataContent { { new StringContent(AntiforgeryToken(page)), "__RequestVerificationToken" } };
        foreach (var (key, value) in fields)
        {
            form.Add(new StringContent(value), key);
        }
        foreach (var (field, name, content) in files)
        {
            form.Add(new ByteArrayContent(content), field, name);
        }
        using var response = await browser.PostAsync(action, form);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(), response.Headers.Location?.OriginalString);
    }

    /// <summary>Whether a select on the page has the option <paramref name="value"/> selected (attribute order aside).</summary>
    public static bool HasSelectedOption(string html, string value) =>
        html.Contains($"<option selected=\"selected\" value=\"{value}\">", StringComparison.Ordinal)
        || html.Contains($"<option value=\"{value}\" selected=\"selected\">", StringComparison.Ordinal);

    public static string AntiforgeryToken(string html)
    {
        var match = TokenInput().Match(html);
        Assert.True(match.Success, "no antiforgery token on the page");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenInput();
}
