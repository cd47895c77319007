using System.Net;
using System.Text.RegularExpressions;
using Gongkai.Staff;
using Gongkai.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Tests.ReviewFlow;

/// <summary>
/// Drafting and level-by-level review over HTTP, as staff use it: a drafter writes an item whose
/// table holds an ID number, the section head passes it, the confidentiality reviewer masks the
/// number, the leader approves, and the public page shows the masked table.
/// </summary>
public abstract class ReviewJourneyTests
{
    private const string Password = "review-test-2026";
    private readonly GongkaiApp app;

    protected ReviewJourneyTests(GongkaiApp app)
    {
        this.app = app;
        app.SkipUnlessAvailable();
    }

    private async Task<HttpClient> StaffAsync(string name, params (StaffRole Role, int? BodyId)[] grants)
    {
        var userName = TestData.Unique("u");
        string? key = null;
        await app.WithDbAsync(async (db, services) =>
        {
            var user = new StaffUser { UserName = userName, DisplayName = name, CreatedAt = TestData.Now };
            foreach (var (role, bodyId) in grants)
            {
                user.Grants.Add(new RoleGrant(role, bodyId is null ? null : await db.Bodies.SingleAsync(b => b.Id == bodyId)));
            }
            var users = services.GetRequiredService<UserManager<StaffUser>>();
            var result = await users.CreateAsync(user, Password);
            Assert.True(result.Succeeded, string.Join(" ", result.Errors.Select(e => e.Description)));
            if (grants.Any(g => g.Role.NeedsTwoFactor()))
            {
                // Leaders and admins need a second factor: set up an authenticator as they would.
                await users.ResetAuthenticatorKeyAsync(user);
                key = await users.GetAuthenticatorKeyAsync(user);
                await users.SetTwoFactorEnabledAsync(user, true);
            }
            return 0;
        });
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        using var response = await PostFormAsync(client, "/account/signin", new() { ["Input.UserName"] = userName, ["Input.Password"] = Password });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        if (key is not null)
        {
            Assert.StartsWith("/account/signin/code", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
            using var code = await PostFormAsync(client, "/account/signin/code", new() { ["Code"] = Totp.Code(key, DateTimeOffset.UtcNow) });
            Assert.Equal(HttpStatusCode.Redirect, code.StatusCode);
        }
        return client;
    }

    /// <summary>Posts a form with the anti-forgery token of the page it is on (by default the page it posts to).</summary>
    private static Task<HttpResponseMessage> PostFormAsync(HttpClient client, string url, Dictionary<string, string> fields, string? formPage = null) =>
        client.PostFormAsync(url, fields, formPage ?? url);

    private static Dictionary<string, string> ItemForm(int categoryId, string title, string body) => new()
    {
        ["Input.CategoryId"] = categoryId.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Input.Title"] = title,
        ["Input.IssuingBody"] = "测试机关",
        ["Input.CreatedOn"] = "2025-06-02",
        ["Input.Validity"] = "Valid",
        ["Input.Attribute"] = "Proactive",
        ["Input.Audience"] = "Everyone",
        ["Input.Timeliness"] = "AdHoc",
        ["Input.Timing"] = "AfterDecision",
        ["Input.DocumentNumber"] = "测试发[2025]8号",
        ["Input.BodyHtml"] = body,
    };

    [DbFact]
    public async Task A_table_with_an_id_number_is_masked_in_review_and_published_masked()
    {
        var (body, category) = await app.CreateBodyAsync();
        var drafter = await StaffAsync("信息员", (StaffRole.Drafter, body.Id));
        var head = await StaffAsync("科长", (StaffRole.SectionHead, body.Id));
        var secrecy = await StaffAsync("保密员", (StaffRole.ConfidentialityReviewer, body.Id));
        var leader = await StaffAsync("领导", (StaffRole.LeadershipApprover, body.Id));

        var table = "<table><caption>临时救助名单</caption><thead><tr><th scope=\"col\">姓名</th><th scope=\"col\">身份证号</th></tr></thead><tbody><tr><th scope=\"row\">张某某</th><td>11010519491231002X</td></tr></tbody></table>";
        using var created = await PostFormAsync(drafter, "/admin/items/new", new(ItemForm(category.Id, "2025年第二季度临时救助名单", "<p>现将名单公示如下。</p>" + table)) { ["BodyId"] = body.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) }, $"/admin/items/new?body={body.Slug}");
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var itemUrl = created.Headers.Location!.OriginalString;
        var itemId = int.Parse(itemUrl.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(HttpStatusCode.NotFound, (await app.Browser().FetchAsync($"/items/{itemId}")).Status);

        using (var submitted = await PostFormAsync(drafter, $"{itemUrl}?handler=Submit", [], itemUrl))
        {
            Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        }
        // The drafter cannot review their own draft, whatever roles they hold.
        using (var passed = await PostFormAsync(head, $"{itemUrl}?handler=Decide", new() { ["step"] = "0", ["decision"] = "approve", ["opinion"] = "同意，请保密审查。" }, itemUrl))
        {
            Assert.Equal(HttpStatusCode.Redirect, passed.StatusCode);
        }
        // A replayed approval (double submit of step 0) adds no second decision.
        using (var replay = await PostFormAsync(head, $"{itemUrl}?handler=Decide", new() { ["step"] = "0", ["decision"] = "approve", ["opinion"] = "同意，请保密审查。" }, itemUrl))
        {
            Assert.Equal(HttpStatusCode.BadRequest, replay.StatusCode);
        }
        var review = await secrecy.GetStringAsync(itemUrl);
        Assert.Contains("身份证号", review);
        Assert.Contains("未处理 1 处", review);
        using (var blocked = await PostFormAsync(secrecy, $"{itemUrl}?handler=Decide", new() { ["step"] = "1", ["decision"] = "approve", ["opinion"] = "同意。" }, itemUrl))
        {
            Assert.Equal(HttpStatusCode.BadRequest, blocked.StatusCode);
            Assert.Contains("未处理", await blocked.Content.ReadAsStringAsync());
        }
        var start = Regex.Match(review, "name=\"start\" value=\"(\\d+)\"").Groups[1].Value;
        using (var masked = await PostFormAsync(secrecy, $"{itemUrl}?handler=Mask", new() { ["field"] = "正文", ["start"] = start, ["text"] = "11010519491231002X" }, itemUrl))
        {
            Assert.Equal(HttpStatusCode.Redirect, masked.StatusCode);
        }
        using (var passed = await PostFormAsync(secrecy, $"{itemUrl}?handler=Decide", new() { ["step"] = "1", ["decision"] = "approve", ["opinion"] = "已遮盖身份证号，同意发布。" }, itemUrl))
        {
            Assert.Equal(HttpStatusCode.Redirect, passed.StatusCode);
        }
        using (var approved = await PostFormAsync(leader, $"{itemUrl}?handler=Decide", new() { ["step"] = "2", ["decision"] = "approve", ["opinion"] = "同意发布。" }, itemUrl))
        {
            Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        }
        var page = await app.Browser().GetOkAsync($"/items/{itemId}");
        Assert.Contains("110105********002X", page);
        Assert.DoesNotContain("11010519491231002X", page);
        Assert.Contains("测试发〔2025〕8号", page);
        var audit = await app.WithDbAsync((db, _) => db.AuditRecords.Where(r => r.Action.Contains("遮盖")).CountAsync());
        Assert.True(audit > 0);
    }

    /// <summary>Creates a draft as the drafter and takes it to the leader's step; returns the work page URL.</summary>
    private async Task<string> ToLeaderAsync(Gongkai.Bodies.Body body, Gongkai.Catalogue.CatalogueCategory category, HttpClient drafter, string title)
    {
        var head = await StaffAsync("科长", (StaffRole.SectionHead, body.Id));
        var secrecy = await StaffAsync("保密员", (StaffRole.ConfidentialityReviewer, body.Id));
        using var created = await PostFormAsync(drafter, "/admin/items/new", new(ItemForm(category.Id, title, "正文")) { ["BodyId"] = body.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) }, $"/admin/items/new?body={body.Slug}");
        var itemUrl = created.Headers.Location!.OriginalString;
        (await PostFormAsync(drafter, $"{itemUrl}?handler=Submit", [], itemUrl)).Dispose();
        (await PostFormAsync(head, $"{itemUrl}?handler=Decide", new() { ["step"] = "0", ["decision"] = "approve", ["opinion"] = "同意。" }, itemUrl)).Dispose();
        (await PostFormAsync(secrecy, $"{itemUrl}?handler=Decide", new() { ["step"] = "1", ["decision"] = "approve", ["opinion"] = "无涉密内容。" }, itemUrl)).Dispose();
        return itemUrl;
    }

    [DbFact]
    public async Task A_publish_time_in_the_past_is_refused_and_a_future_one_schedules()
    {
        var (body, category) = await app.CreateBodyAsync();
        var drafter = await StaffAsync("信息员", (StaffRole.Drafter, body.Id));
        var leader = await StaffAsync("领导", (StaffRole.LeadershipApprover, body.Id));
        var itemUrl = await ToLeaderAsync(body, category, drafter, "定时发布的通知");
        using (var past = await PostFormAsync(leader, $"{itemUrl}?handler=Decide", new() { ["step"] = "2", ["decision"] = "approve", ["opinion"] = "同意。", ["publishAt"] = "2020-01-01T09:00" }, itemUrl))
        {
            Assert.Equal(HttpStatusCode.BadRequest, past.StatusCode);
            Assert.Contains("定时发布的时间不能早于现在", await past.Content.ReadAsStringAsync());
        }
        var later = DateTimeOffset.UtcNow.AddDays(3).ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd'T'HH:mm", System.Globalization.CultureInfo.InvariantCulture);
        using (var scheduled = await PostFormAsync(leader, $"{itemUrl}?handler=Decide", new() { ["step"] = "2", ["decision"] = "approve", ["opinion"] = "同意，定时发布。", ["publishAt"] = later }, itemUrl))
        {
            Assert.Equal(HttpStatusCode.Redirect, scheduled.StatusCode);
        }
        var itemId = itemUrl.Split('/')[^1];
        Assert.Equal(HttpStatusCode.NotFound, (await app.Browser().FetchAsync($"/items/{itemId}")).Status);
        Assert.Contains("定于", await leader.GetStringAsync(itemUrl));
    }

    [DbFact]
    public async Task Withdrawal_needs_a_reason_and_leaves_a_public_notice()
    {
        var (body, category) = await app.CreateBodyAsync();
        var drafter = await StaffAsync("信息员", (StaffRole.Drafter, body.Id));
        var leader = await StaffAsync("领导", (StaffRole.LeadershipApprover, body.Id));
        var itemUrl = await ToLeaderAsync(body, category, drafter, "将要撤回的公告");
        (await PostFormAsync(leader, $"{itemUrl}?handler=Decide", new() { ["step"] = "2", ["decision"] = "approve", ["opinion"] = "同意发布。" }, itemUrl)).Dispose();
        var itemId = itemUrl.Split('/')[^1];
        Assert.Contains("将要撤回的公告", await app.Browser().GetOkAsync($"/items/{itemId}"));
        using (var noReason = await PostFormAsync(leader, $"{itemUrl}?handler=Withdraw", new() { ["reason"] = "ContentError", ["explanation"] = "" }, itemUrl))
        {
            Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
            Assert.Contains("撤回必须写明理由", await noReason.Content.ReadAsStringAsync());
        }
        using (var drafterTries = await PostFormAsync(drafter, $"{itemUrl}?handler=Withdraw", new() { ["reason"] = "ContentError", ["explanation"] = "我想撤回" }, itemUrl))
        {
            Assert.Equal(HttpStatusCode.BadRequest, drafterTries.StatusCode);
        }
        using (var withdrawn = await PostFormAsync(leader, $"{itemUrl}?handler=Withdraw", new() { ["reason"] = "ContentError", ["explanation"] = "电话号码有误" }, itemUrl))
        {
            Assert.Equal(HttpStatusCode.Redirect, withdrawn.StatusCode);
        }
        var (status, html) = await app.Browser().FetchAsync($"/items/{itemId}");
        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Contains("内容有误", html);
        Assert.DoesNotContain("将要撤回的公告", html);
        Assert.DoesNotContain("电话号码有误", html);
    }

    [DbFact]
    public async Task An_executable_renamed_pdf_is_refused_and_the_draft_text_is_kept()
    {
        var (body, category) = await app.CreateBodyAsync();
        var drafter = await StaffAsync("信息员", (StaffRole.Drafter, body.Id));
        using var created = await PostFormAsync(drafter, "/admin/items/new", new(ItemForm(category.Id, "附件测试", "原文")) { ["BodyId"] = body.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) }, $"/admin/items/new?body={body.Slug}");
        var editUrl = created.Headers.Location!.OriginalString + "/edit";
        var page = await drafter.GetStringAsync(editUrl);
        var token = StaffTestData.AntiforgeryToken(page);
        var revision = Regex.Match(page, "name=\"Revision\" value=\"(\\d+)\"").Groups[1].Value;
        using var form = new MultipartFormDataContent();
        foreach (var (key, value) in ItemForm(category.Id, "附件测试", "改过的正文要保留"))
        {
            form.Add(new StringContent(value), key);
        }
        form.Add(new StringContent(revision), "Revision");
        form.Add(new StringContent(token), "__RequestVerificationToken");
        var elf = new ByteArrayContent([0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00]);
        form.Add(elf, "Files", "通知.pdf");
        using var response = await drafter.PostAsync(editUrl, form);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("与 PDF 格式不符", html);
        Assert.Contains("改过的正文要保留", html);
        Assert.Equal(0, await app.WithDbAsync((db, _) => db.Attachments.CountAsync(a => a.FileName == "通知.pdf")));
    }

    [DbFact]
    public async Task A_body_admin_sets_a_category_chain_that_new_submissions_follow()
    {
        var (body, category) = await app.CreateBodyAsync();
        var admin = await StaffAsync("管理员", (StaffRole.BodyAdmin, body.Id));
        var drafter = await StaffAsync("信息员", (StaffRole.Drafter, body.Id));
        var chains = $"/admin/review-chains?body={body.Slug}";
        var categoryId = category.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        using (var invalid = await PostFormAsync(admin, chains, new() { ["CategoryId"] = categoryId, ["Steps"] = "SectionHead" }, chains))
        {
            Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
            Assert.Contains("必须包含保密审查", await invalid.Content.ReadAsStringAsync());
        }
        var form = new List<KeyValuePair<string, string>>
        {
            new("CategoryId", categoryId), new("Steps", "LeadershipApprover"), new("Steps", "FinanceAuditor"), new("Steps", "ConfidentialityReviewer"),
        };
        var page = await admin.GetStringAsync(chains);
        form.Add(new("__RequestVerificationToken", StaffTestData.AntiforgeryToken(page)));
        using (var saved = await admin.PostAsync(chains, new FormUrlEncodedContent(form)))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }
        Assert.Contains("保密审查员 → 审计理财 → 领导小组", await admin.GetStringAsync(chains));
        using var created = await PostFormAsync(drafter, "/admin/items/new", new(ItemForm(category.Id, "按新流程审核", "正文")) { ["BodyId"] = body.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) }, $"/admin/items/new?body={body.Slug}");
        var itemUrl = created.Headers.Location!.OriginalString;
        Assert.Contains("审核流程：保密审查员 → 审计理财 → 领导小组", await drafter.GetStringAsync(itemUrl));
        Assert.Equal(HttpStatusCode.Forbidden, (await drafter.FetchAsync(chains)).Status);
        Assert.Equal(1, await app.WithDbAsync((db, _) => db.AuditRecords.CountAsync(r => r.Action == "设置审核流程")));
    }

    public static TheoryData<StaffRole, bool, int, int, int> Matrix => new()
    {
        // role, in the item's own body (else a sibling body), work page, edit page, decision on the first step
        { StaffRole.Drafter, true, 200, 302, 400 }, // in review: the edit page sends the drafter back to the work page
        { StaffRole.SectionHead, true, 200, 403, 302 },
        { StaffRole.ConfidentialityReviewer, true, 200, 403, 400 },
        { StaffRole.FinanceAuditor, true, 200, 403, 400 },
        { StaffRole.LeadershipApprover, true, 200, 403, 400 },
        { StaffRole.ApplicationHandler, true, 200, 403, 400 },
        { StaffRole.Supervisor, true, 200, 403, 400 },
        { StaffRole.BodyAdmin, true, 200, 403, 400 },
        { StaffRole.Drafter, false, 404, 404, 404 },
        { StaffRole.SectionHead, false, 404, 404, 404 },
        { StaffRole.Supervisor, false, 404, 404, 404 },
        { StaffRole.BodyAdmin, false, 404, 404, 404 },
    };

    [DbTheory]
    [MemberData(nameof(Matrix))]
    public async Task Role_and_body_decide_what_each_person_may_do_with_an_item(StaffRole role, bool ownBody, int work, int edit, int decide)
    {
        var (body, category) = await app.CreateBodyAsync();
        var (sibling, _) = await app.CreateBodyAsync();
        var drafter = await StaffAsync("信息员", (StaffRole.Drafter, body.Id));
        using var created = await PostFormAsync(drafter, "/admin/items/new", new(ItemForm(category.Id, "权限矩阵", "正文")) { ["BodyId"] = body.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) }, $"/admin/items/new?body={body.Slug}");
        var itemUrl = created.Headers.Location!.OriginalString;
        (await PostFormAsync(drafter, $"{itemUrl}?handler=Submit", [], itemUrl)).Dispose();
        var person = await StaffAsync("被测人员", (role, ownBody ? body.Id : sibling.Id));

        Assert.Equal(work, (int)(await person.FetchAsync(itemUrl)).Status);
        Assert.Equal(edit, (int)(await person.FetchAsync($"{itemUrl}/edit")).Status);
        using var decision = await person.PostAsync($"{itemUrl}?handler=Decide", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["step"] = "0",
            ["decision"] = "approve",
            ["opinion"] = "同意。",
            ["__RequestVerificationToken"] = StaffTestData.AntiforgeryToken(await person.GetStringAsync("/admin")),
        }));
        Assert.Equal(decide, (int)decision.StatusCode);
    }

    [DbFact]
    public async Task A_rejected_draft_returns_to_the_drafter_with_the_reason()
    {
        var (body, category) = await app.CreateBodyAsync();
        var drafter = await StaffAsync("信息员", (StaffRole.Drafter, body.Id));
        var head = await StaffAsync("科长", (StaffRole.SectionHead, body.Id));
        using var created = await PostFormAsync(drafter, "/admin/items/new", new(ItemForm(category.Id, "待退回的通知", "正文第一段")) { ["BodyId"] = body.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) }, $"/admin/items/new?body={body.Slug}");
        var itemUrl = created.Headers.Location!.OriginalString;
        (await PostFormAsync(drafter, $"{itemUrl}?handler=Submit", [], itemUrl)).Dispose();
        using (var rejected = await PostFormAsync(head, $"{itemUrl}?handler=Decide", new() { ["step"] = "0", ["decision"] = "reject", ["opinion"] = "请补充办理时限。" }, itemUrl))
        {
            Assert.Equal(HttpStatusCode.Redirect, rejected.StatusCode);
        }
        var page = await drafter.GetStringAsync(itemUrl);
        Assert.Contains("请补充办理时限。", page);
        Assert.Contains("修改稿件", page);
        var edit = await drafter.GetStringAsync($"{itemUrl}/edit");
        Assert.Contains("正文第一段", edit);
    }

    [DbFact]
    public async Task Invalid_item_form_is_400_with_messages_and_input_kept()
    {
        var (body, category) = await app.CreateBodyAsync();
        var drafter = await StaffAsync("信息员", (StaffRole.Drafter, body.Id));
        var form = ItemForm(category.Id, "", "我输入的正文不会丢");
        form["Input.CreatedOn"] = "2025-02-30";
        form["Input.DocumentNumber"] = "随便写的文号";
        form["BodyId"] = body.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        using var response = await PostFormAsync(drafter, "/admin/items/new", form, $"/admin/items/new?body={body.Slug}");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("请填写标题。", html);
        Assert.Contains("成文日期“2025-02-30”无效", html);
        Assert.Contains("格式不正确", html);
        Assert.Contains("我输入的正文不会丢", html);
    }

    [DbFact]
    public async Task Two_people_editing_the_same_draft_are_told_not_overwritten()
    {
        var (body, category) = await app.CreateBodyAsync();
        var first = await StaffAsync("甲", (StaffRole.Drafter, body.Id));
        var second = await StaffAsync("乙", (StaffRole.Drafter, body.Id));
        using var created = await PostFormAsync(first, "/admin/items/new", new(ItemForm(category.Id, "共同编辑", "原文")) { ["BodyId"] = body.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) }, $"/admin/items/new?body={body.Slug}");
        var editUrl = created.Headers.Location!.OriginalString + "/edit";
        var formA = await first.GetStringAsync(editUrl);
        var formB = await second.GetStringAsync(editUrl);
        var revision = Regex.Match(formA, "name=\"Revision\" value=\"(\\d+)\"").Groups[1].Value;
        Assert.Equal(revision, Regex.Match(formB, "name=\"Revision\" value=\"(\\d+)\"").Groups[1].Value);
        using (var saved = await PostFormAsync(first, editUrl, new(ItemForm(category.Id, "共同编辑", "甲的修改")) { ["Revision"] = revision }))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }
        using var conflict = await PostFormAsync(second, editUrl, new(ItemForm(category.Id, "共同编辑", "乙的修改")) { ["Revision"] = revision });
        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        var html = await conflict.Content.ReadAsStringAsync();
        Assert.Contains("其他人已经修改了这份稿件", html);
        Assert.Contains("乙的修改", html);
        Assert.Contains("甲的修改", await first.GetStringAsync(editUrl));
    }

    [DbFact]
    public async Task Staff_of_another_body_get_404_and_the_wrong_role_gets_403()
    {
        var (body, category) = await app.CreateBodyAsync();
        var (other, _) = await app.CreateBodyAsync();
        var drafter = await StaffAsync("信息员", (StaffRole.Drafter, body.Id));
        var outsider = await StaffAsync("外机构信息员", (StaffRole.Drafter, other.Id));
        var head = await StaffAsync("科长", (StaffRole.SectionHead, body.Id));
        using var created = await PostFormAsync(drafter, "/admin/items/new", new(ItemForm(category.Id, "权限测试", "正文")) { ["BodyId"] = body.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) }, $"/admin/items/new?body={body.Slug}");
        var itemUrl = created.Headers.Location!.OriginalString;
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.FetchAsync(itemUrl)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.FetchAsync($"{itemUrl}/edit")).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await head.FetchAsync($"{itemUrl}/edit")).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await head.FetchAsync("/admin/items/new")).Status);
        using var anonymous = await app.Browser().GetAsync(itemUrl);
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.StartsWith("http://localhost/account/signin", anonymous.Headers.Location!.ToString(), StringComparison.Ordinal);
    }
}

public sealed class ReviewJourneyTests_Sqlite(SqliteApp app) : ReviewJourneyTests(app), IClassFixture<SqliteApp>;

public sealed class ReviewJourneyTests_Postgres(PostgresApp app) : ReviewJourneyTests(app), IClassFixture<PostgresApp>;
