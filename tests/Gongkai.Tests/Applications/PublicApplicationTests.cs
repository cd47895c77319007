using System.Net;
using Gongkai.Applications;
using Gongkai.Bodies;
using Gongkai.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Tests.Applications;

/// <summary>Applying on the portal and following the application without an account.</summary>
public abstract class PublicApplicationTests(GongkaiApp app)
{
    public const string ValidId = "11010519491231002X";

    public static Dictionary<string, string> Form(string submissionKey, params (string Field, string Value)[] changes)
    {
        var form = new Dictionary<string, string>
        {
            ["SubmissionKey"] = submissionKey,
            ["Input.ApplicantType"] = "NaturalPerson",
            ["Input.Name"] = "王小明",
            ["Input.IdType"] = "ResidentIdCard",
            ["Input.IdNumber"] = ValidId,
            ["Input.Phone"] = "13912345678",
            ["Input.Email"] = "wang@example.com",
            ["Input.InfoTitle"] = "2025年残疾人两项补贴发放名单",
            ["Input.InfoDescription"] = "2025年第三季度发放情况",
            ["Input.Form"] = "Electronic",
            ["Input.Delivery"] = "Email",
        };
        foreach (var (field, value) in changes)
        {
            form[field] = value;
        }
        return form;
    }

    /// <summary>The same answers as <see cref="Form"/>, as the form's input object.</summary>
    public static ApplicationInput FormInput() => new()
    {
        ApplicantType = "NaturalPerson",
        Name = "王小明",
        IdType = "ResidentIdCard",
        IdNumber = ValidId,
        Phone = "13912345678",
        Email = "wang@example.com",
        InfoTitle = "2025年残疾人两项补贴发放名单",
        Form = "Electronic",
        Delivery = "Email",
    };

    private async Task<(Body Body, string Location)> ApplyAsync(HttpClient browser, string? key = null)
    {
        var (body, _) = await app.CreateBodyAsync();
        var url = $"/bodies/{body.Slug}/apply";
        var (status, html, location) = await browser.SubmitAsync(url, Form(key ?? Guid.NewGuid().ToString("N")), tokenFrom: url);
        Assert.True(status == HttpStatusCode.Redirect, html);
        return (body, location!);
    }

    [DbFact]
    public async Task An_application_gets_a_tracking_code_and_a_link_that_shows_no_personal_data()
    {
        app.SkipUnlessAvailable();
        var browser = app.Browser();

        var (body, location) = await ApplyAsync(browser);

        Assert.Matches("^/track/[A-Za-z0-9_-]{22}\\?submitted=1$", location);
        var page = await browser.GetOkAsync(location);
        var saved = await app.WithDbAsync((db, _) => db.Applications.SingleAsync(a => a.BodyId == body.Id));
        Assert.Contains(saved.TrackingCode, page);
        Assert.Contains("待确认收到", page);
        Assert.Contains("申请已提交", page);
        Assert.Contains("2025年残疾人两项补贴发放名单", page);
        Assert.DoesNotContain(ValidId, page);
        Assert.DoesNotContain("13912345678", page);
        Assert.DoesNotContain("wang@example.com", page);
        Assert.DoesNotContain("王小明", page);
        Assert.Contains("王**", page);
    }

    [DbFact]
    public async Task The_id_number_is_stored_encrypted_and_masked()
    {
        app.SkipUnlessAvailable();
        var (body, _) = await ApplyAsync(app.Browser());

        var (stored, revealed) = await app.WithDbAsync(async (db, services) =>
        {
            var a = await db.Applications.SingleAsync(x => x.BodyId == body.Id);
            return (a.Applicant, services.GetRequiredService<ApplicantIdentity>().Reveal(a.Applicant));
        });
        Assert.DoesNotContain("19491231", stored.IdNumberProtected);
        Assert.Equal("110105********002X", stored.IdNumberMasked);
        Assert.Equal(ValidId, revealed);
        Assert.Equal(64, stored.IdMatchKey.Length);
        var rows = await app.WithDbAsync(async (db, _) =>
        {
            var connection = db.Database.GetDbConnection();
            await db.Database.OpenConnectionAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT COUNT(*) FROM applications WHERE \"ApplicantIdProtected\" LIKE '%19491231%' OR \"ApplicantIdMasked\" LIKE '%19491231%'";
            return Convert.ToInt32(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
        });
        Assert.Equal(0, rows);
    }

    [DbFact]
    public async Task A_form_sent_twice_makes_one_application()
    {
        app.SkipUnlessAvailable();
        var browser = app.Browser();
        var (body, _) = await app.CreateBodyAsync();
        var url = $"/bodies/{body.Slug}/apply";
        var key = Guid.NewGuid().ToString("N");

        var first = await browser.SubmitAsync(url, Form(key), tokenFrom: url);
        var second = await browser.SubmitAsync(url, Form(key), tokenFrom: url);

        Assert.Equal(HttpStatusCode.Redirect, second.Status);
        Assert.Equal(first.Location!.Split('?')[0], second.Location);
        Assert.Equal(1, await app.WithDbAsync((db, _) => db.Applications.CountAsync(a => a.BodyId == body.Id)));
    }

    [DbTheory]
    [InlineData("Input.IdNumber", "110105194912310021", "校验位不正确")]
    [InlineData("Input.IdNumber", "12345", "居民身份证号码应为 18 位")]
    [InlineData("Input.Phone", "12345", "联系电话应为 11 位手机号码")]
    [InlineData("Input.Name", "", "请填写申请人姓名")]
    [InlineData("Input.ApplicantType", "Robot", "请选择申请人类型")]
    [InlineData("Input.Email", "", "选择电子邮件送达时，请填写电子邮箱")]
    [InlineData("Input.IdType", "UnifiedSocialCreditCode", "自然人请选择本人的身份证件")]
    public async Task Bad_input_is_400_with_the_message_and_everything_typed(string field, string value, string message)
    {
        app.SkipUnlessAvailable();
        var browser = app.Browser();
        var (body, _) = await app.CreateBodyAsync();
        var url = $"/bodies/{body.Slug}/apply";

        var (status, html, _) = await browser.SubmitAsync(url, Form(Guid.NewGuid().ToString("N"), (field, value)), tokenFrom: url);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains(message, html);
        Assert.Contains("value=\"2025年残疾人两项补贴发放名单\"", html);
        Assert.Contains("2025年第三季度发放情况</textarea>", html);
        Assert.Equal(0, await app.WithDbAsync((db, _) => db.Applications.CountAsync(a => a.BodyId == body.Id)));
    }

    [DbFact]
    public async Task Nothing_to_look_for_is_a_message()
    {
        app.SkipUnlessAvailable();
        var browser = app.Browser();
        var (body, _) = await app.CreateBodyAsync();
        var url = $"/bodies/{body.Slug}/apply";

        var (status, html, _) = await browser.SubmitAsync(url, Form(Guid.NewGuid().ToString("N"), ("Input.InfoTitle", ""), ("Input.InfoDescription", "")), tokenFrom: url);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("请至少填写所需信息的名称、文号或便于查找的描述中的一项", html);
    }

    [DbFact]
    public async Task An_organisation_gives_its_credit_code_and_a_contact_person()
    {
        app.SkipUnlessAvailable();
        var browser = app.Browser();
        var (body, _) = await app.CreateBodyAsync();
        var url = $"/bodies/{body.Slug}/apply";
        var org = Form(Guid.NewGuid().ToString("N"), ("Input.ApplicantType", "LegalServiceProvider"), ("Input.Name", "某某律师事务所"),
            ("Input.IdType", "UnifiedSocialCreditCode"), ("Input.IdNumber", "91350100M000100Y43"));

        var missingContact = await browser.SubmitAsync(url, org, tokenFrom: url);
        Assert.Equal(HttpStatusCode.BadRequest, missingContact.Status);
        Assert.Contains("请填写联系人姓名", missingContact.Body);

        org["Input.ContactPerson"] = "李律师";
        var badCode = await browser.SubmitAsync(url, new Dictionary<string, string>(org) { ["Input.IdNumber"] = "91350100M000100Y44" }, tokenFrom: url);
        Assert.Contains("统一社会信用代码的校验位不正确", badCode.Body);

        var ok = await browser.SubmitAsync(url, org, tokenFrom: url);
        Assert.Equal(HttpStatusCode.Redirect, ok.Status);
    }

    [DbFact]
    public async Task The_platform_form_asks_for_the_body_and_leaves_out_villages()
    {
        app.SkipUnlessAvailable();
        var browser = app.Browser();
        var (village, _) = await app.CreateBodyAsync("某某村", BodyType.Village);
        var (body, _) = await app.CreateBodyAsync();

        var page = await browser.GetOkAsync("/apply");
        Assert.Contains($"<option value=\"{body.Slug}\">", page);
        Assert.DoesNotContain($"value=\"{village.Slug}\"", page);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.FetchAsync($"/bodies/{village.Slug}/apply")).Status);

        var missing = await browser.SubmitAsync("/apply", Form(Guid.NewGuid().ToString("N")), tokenFrom: "/apply");
        Assert.Equal(HttpStatusCode.BadRequest, missing.Status);
        Assert.Contains("请选择受理申请的机关", missing.Body);

        var ok = await browser.SubmitAsync("/apply", new Dictionary<string, string>(Form(Guid.NewGuid().ToString("N"))) { ["BodySlug"] = body.Slug }, tokenFrom: "/apply");
        Assert.Equal(HttpStatusCode.Redirect, ok.Status);
        Assert.Equal(1, await app.WithDbAsync((db, _) => db.Applications.CountAsync(a => a.BodyId == body.Id)));
    }

    [DbFact]
    public async Task The_code_with_the_phone_ending_finds_the_application_and_a_wrong_pair_says_the_same_either_way()
    {
        app.SkipUnlessAvailable();
        var browser = app.Browser();
        var (body, location) = await ApplyAsync(browser);
        var code = await app.WithDbAsync((db, _) => db.Applications.Where(a => a.BodyId == body.Id).Select(a => a.TrackingCode).SingleAsync());

        var found = await browser.SubmitAsync("/track", new() { ["Code"] = code.ToLowerInvariant().Replace("-", " "), ["PhoneEnd"] = "5678" }, tokenFrom: "/track");
        Assert.Equal(HttpStatusCode.Redirect, found.Status);
        Assert.Equal(location.Split('?')[0], found.Location);

        var wrongPhone = await browser.SubmitAsync("/track", new() { ["Code"] = code, ["PhoneEnd"] = "0000" }, tokenFrom: "/track");
        var unknownCode = await browser.SubmitAsync("/track", new() { ["Code"] = "ZZZZ-ZZZZ-ZZZZ", ["PhoneEnd"] = "5678" }, tokenFrom: "/track");
        var nonsense = await browser.SubmitAsync("/track", new() { ["Code"] = "' OR 1=1 --", ["PhoneEnd"] = "<b>" }, tokenFrom: "/track");
        foreach (var wrong in new[] { wrongPhone, unknownCode, nonsense })
        {
            Assert.Equal(HttpStatusCode.BadRequest, wrong.Status);
            Assert.Contains(TrackModel.NotFoundMessage, wrong.Body);
        }
        Assert.Equal(HttpStatusCode.NotFound, (await browser.FetchAsync("/track/AAAAAAAAAAAAAAAAAAAAAA")).Status);
    }
}

public sealed class PublicApplicationTests_Sqlite(SqliteApp app) : PublicApplicationTests(app), IClassFixture<SqliteApp>;

public sealed class PublicApplicationTests_Postgres(PostgresApp app) : PublicApplicationTests(app), IClassFixture<PostgresApp>;

/// <summary>Floods from one address are limited with a clear message and the form kept.</summary>
public sealed class PublicRateLimitTests(RateLimitedApp app) : IClassFixture<RateLimitedApp>
{
    [Fact]
    public async Task Guessing_tracking_codes_is_rate_limited()
    {
        var browser = app.Browser();
        var statuses = new List<HttpStatusCode>();
        string last = "";
        for (var i = 0; i < 5; i++)
        {
            var (status, body, _) = await browser.SubmitAsync("/track", new() { ["Code"] = $"ABCD-EFGH-JKL{i + 2}", ["PhoneEnd"] = "1234" }, tokenFrom: "/track");
            statuses.Add(status);
            last = body;
        }
        Assert.Equal([HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
        Assert.Contains("查询过于频繁", last);
    }

    [Fact]
    public async Task A_flood_of_applications_is_limited_and_the_form_kept()
    {
        var browser = app.Browser();
        var (body, _) = await app.CreateBodyAsync();
        var url = $"/bodies/{body.Slug}/apply";
        var statuses = new List<HttpStatusCode>();
        string last = "";
        for (var i = 0; i < 4; i++)
        {
            var (status, html, _) = await browser.SubmitAsync(url, PublicApplicationTests.Form(Guid.NewGuid().ToString("N")), tokenFrom: url);
            statuses.Add(status);
            last = html;
        }
        Assert.Equal([HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.Redirect, (HttpStatusCode)429], statuses);
        Assert.Contains("您提交申请过于频繁", last);
        Assert.Contains("value=\"王小明\"", last);
        Assert.Equal(3, await app.WithDbAsync((db, _) => db.Applications.CountAsync()));
    }
}
