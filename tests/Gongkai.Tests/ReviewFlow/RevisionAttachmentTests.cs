using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Gongkai.Bodies;
using Gongkai.Items;
using Gongkai.Review;
using Gongkai.Staff;
using Gongkai.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Tests.ReviewFlow;

/// <summary>
/// Files in a revision of a published item, over HTTP as staff and the public meet them: a
/// drafter adds or removes files, the changes wait (the public keeps the current files) while
/// reviewers open them from the back office, and publishing the revision applies them.
/// </summary>
public abstract partial class RevisionAttachmentTests
{
    private readonly GongkaiApp app;

    protected RevisionAttachmentTests(GongkaiApp app)
    {
        this.app = app;
        app.SkipUnlessAvailable();
    }

    private sealed record People(HttpClient Drafter, HttpClient Head, HttpClient Secrecy, HttpClient Leader);

    private async Task<People> PeopleAsync(Body body) => new(
        (await app.SignedInAsync((StaffRole.Drafter, body))).Browser,
        (await app.SignedInAsync((StaffRole.SectionHead, body))).Browser,
        (await app.SignedInAsync((StaffRole.ConfidentialityReviewer, body))).Browser,
        (await app.SignedInAsync((StaffRole.LeadershipApprover, body))).Browser);

    private static List<(string, string)> RevisionForm(int categoryId, string note, string bodyText = "<p>修订后的正文。</p>") =>
    [
        ("Input.CategoryId", categoryId.ToString(CultureInfo.InvariantCulture)),
        ("Input.Title", "最低生活保障对象名单公示"),
        ("Input.IssuingBody", "测试机关"),
        ("Input.CreatedOn", "2025-05-20"),
        ("Input.Validity", "Valid"),
        ("Input.Attribute", "Proactive"),
        ("Input.Audience", "Everyone"),
        ("Input.Timeliness", "AdHoc"),
        ("Input.Timing", "AfterDecision"),
        ("Input.BodyHtml", bodyText),
        ("Note", note),
    ];

    /// <summary>Posts the edit form as the browser would, with files; returns the status and the page.</summary>
    private static async Task<(HttpStatusCode Status, string Body)> PostEditAsync(HttpClient drafter, int itemId, List<(string Key, string Value)> fields, params (string Field, string Name, byte[] Bytes)[] files)
    {
        var editUrl = $"/admin/items/{itemId}/edit";
        var page = await drafter.GetOkAsync(editUrl);
        using var form = new MultipartFormDataContent
        {
            { new StringContent(StaffTestData.AntiforgeryToken(page)), "__RequestVerificationToken" },
            { new StringContent(RevisionField().Match(page).Groups[1].Value), "Revision" },
        };
        foreach (var (key, value) in fields)
        {
            form.Add(new StringContent(value), key);
        }
        foreach (var (field, name, bytes) in files)
        {
            form.Add(new ByteArrayContent(bytes), field, name);
        }
        using var response = await drafter.PostAsync(editUrl, form);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Takes the proposal through submission and every review step, approving each; returns when it is published.</summary>
    private static async Task ReviewAndPublishAsync(People people, int itemId, Func<Task>? beforeLeader = null)
    {
        Assert.Equal(HttpStatusCode.Redirect, (await ActAsync(people.Drafter, itemId, "Submit", [])).Status);
        Assert.Equal(HttpStatusCode.Redirect, (await DecideAsync(people.Head, itemId)).Status);
        Assert.Equal(HttpStatusCode.Redirect, (await DecideAsync(people.Secrecy, itemId)).Status);
        if (beforeLeader is not null)
        {
            await beforeLeader();
        }
        Assert.Equal(HttpStatusCode.Redirect, (await DecideAsync(people.Leader, itemId)).Status);
    }

    private static async Task<(HttpStatusCode Status, string Body)> DecideAsync(HttpClient reviewer, int itemId, string decision = "approve", string opinion = "同意。")
    {
        var page = await reviewer.GetOkAsync($"/admin/items/{itemId}");
        var ticket = TicketField().Match(page).Groups[1].Value;
        return await ActAsync(reviewer, itemId, "Decide", new() { ["step"] = ticket, ["decision"] = decision, ["opinion"] = opinion });
    }

    private static async Task<(HttpStatusCode Status, string Body)> ActAsync(HttpClient person, int itemId, string handler, Dictionary<string, string> fields)
    {
        var (status, body, _) = await person.SubmitAsync($"/admin/items/{itemId}?handler={handler}", fields, tokenFrom: $"/admin/items/{itemId}");
        return (status, body);
    }

    private Task<Attachment> FileAsync(int itemId, string name) =>
        app.WithDbAsync((db, _) => db.Attachments.AsNoTracking().SingleAsync(a => a.ItemId == itemId && a.FileName == name));

    /// <summary>The public (and staff using the public site) see the item, but not the file.</summary>
    private async Task AssertNotPublicAsync(Body body, int itemId, int fileId, string name, HttpClient staff)
    {
        var anonymous = app.Browser();
        Assert.DoesNotContain(name, await anonymous.GetOkAsync($"/items/{itemId}"));
        Assert.DoesNotContain(name, await anonymous.GetOkAsync($"/api/v1/items/{itemId}"));
        Assert.DoesNotContain(name, await anonymous.GetOkAsync($"/bodies/{body.Slug}/feed.atom"));
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.FetchAsync($"/items/{itemId}/attachments/{fileId}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await staff.FetchAsync($"/items/{itemId}/attachments/{fileId}")).Status);
    }

    [DbFact]
    public async Task A_file_added_in_a_revision_is_not_public_until_the_revision_is_published()
    {
        var (body, category) = await app.CreateBodyAsync();
        var item = await app.CreateItemAsync(body, category, "最低生活保障对象名单公示", attachmentText: "第一批名单");
        var people = await PeopleAsync(body);

        var (status, _) = await PostEditAsync(people.Drafter, item.Id, RevisionForm(category.Id, "增加第二批名单"), ("Files", "第二批名单.txt", Encoding.UTF8.GetBytes("第二批名单的内容")));

        Assert.Equal(HttpStatusCode.Redirect, status);
        var added = await FileAsync(item.Id, "第二批名单.txt");
        Assert.Equal(AttachmentStatus.Proposed, added.Status);
        await AssertNotPublicAsync(body, item.Id, added.Id, "第二批名单", people.Drafter);
        Assert.Contains("说明.txt", await app.Browser().GetOkAsync($"/items/{item.Id}"));
        // Reviewers open it from the back office; staff of another body cannot.
        Assert.Equal("第二批名单的内容", await people.Head.GetOkAsync($"/admin/items/{item.Id}/attachments/{added.Id}"));
        var (_, outsider) = await app.SignedInAsync((StaffRole.SectionHead, (await app.CreateBodyAsync()).Body));
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.FetchAsync($"/admin/items/{item.Id}/attachments/{added.Id}")).Status);
        Assert.Equal(HttpStatusCode.Redirect, (await app.Browser().FetchAsync($"/admin/items/{item.Id}/attachments/{added.Id}")).Status);
        var work = await people.Head.GetOkAsync($"/admin/items/{item.Id}");
        Assert.Contains($"<a href=\"/admin/items/{item.Id}/attachments/{added.Id}\">第二批名单.txt</a>", work);
        Assert.Contains("本次修订新增，发布前不公开", work);

        await ReviewAndPublishAsync(people, item.Id, beforeLeader: () => AssertNotPublicAsync(body, item.Id, added.Id, "第二批名单", people.Drafter));

        var anonymous = app.Browser();
        var page = await anonymous.GetOkAsync($"/items/{item.Id}");
        Assert.Contains("说明.txt", page);
        Assert.Contains($"href=\"/items/{item.Id}/attachments/{added.Id}\"", page);
        Assert.Equal("第二批名单的内容", await anonymous.GetOkAsync($"/items/{item.Id}/attachments/{added.Id}"));
        Assert.Contains("第二批名单.txt", await anonymous.GetOkAsync($"/api/v1/items/{item.Id}"));
        var history = await anonymous.GetOkAsync($"/items/{item.Id}/history");
        Assert.Contains("<td>说明.txt</td><td>说明.txt、第二批名单.txt</td>", history);
        var first = await anonymous.GetOkAsync($"/items/{item.Id}/versions/1");
        Assert.Contains("说明.txt", first);
        Assert.DoesNotContain("第二批名单", first);
        Assert.Contains("第二批名单.txt", await anonymous.GetOkAsync($"/items/{item.Id}/versions/2"));
        Assert.True(await app.WithDbAsync((db, _) => db.AuditRecords.AnyAsync(r => r.Action == "修订增加附件" && r.Note == "第二批名单.txt")));
    }

    [DbFact]
    public async Task A_file_removed_in_a_revision_stays_public_until_the_revision_is_published()
    {
        var (body, category) = await app.CreateBodyAsync();
        var item = await app.CreateItemAsync(body, category, "最低生活保障对象名单公示", attachmentText: "过期的名单");
        var listed = await FileAsync(item.Id, "说明.txt");
        var people = await PeopleAsync(body);
        var form = RevisionForm(category.Id, "删除过期名单");
        form.Add(("RemoveIds", listed.Id.ToString(CultureInfo.InvariantCulture)));

        var (status, _) = await PostEditAsync(people.Drafter, item.Id, form);

        Assert.Equal(HttpStatusCode.Redirect, status);
        Assert.True((await FileAsync(item.Id, "说明.txt")).RemovalProposed);
        var download = $"/items/{item.Id}/attachments/{listed.Id}";
        Assert.Equal("过期的名单", await app.Browser().GetOkAsync(download));
        Assert.Contains("本次修订删除，发布前仍公开", await people.Head.GetOkAsync($"/admin/items/{item.Id}"));
        Assert.Contains($"id=\"remove-{listed.Id}\" name=\"RemoveIds\" value=\"{listed.Id}\" checked=\"checked\"", await people.Drafter.GetOkAsync($"/admin/items/{item.Id}/edit"));

        await ReviewAndPublishAsync(people, item.Id, beforeLeader: async () => Assert.Equal(HttpStatusCode.OK, (await app.Browser().FetchAsync(download)).Status));

        var anonymous = app.Browser();
        Assert.DoesNotContain("说明.txt", await anonymous.GetOkAsync($"/items/{item.Id}"));
        Assert.DoesNotContain("说明.txt", await anonymous.GetOkAsync($"/api/v1/items/{item.Id}"));
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.FetchAsync(download)).Status);
        Assert.Contains("说明.txt", await anonymous.GetOkAsync($"/items/{item.Id}/versions/1"));
        Assert.DoesNotContain("说明.txt", await anonymous.GetOkAsync($"/items/{item.Id}/versions/2"));
        Assert.Contains("<td>说明.txt</td><td></td>", await anonymous.GetOkAsync($"/items/{item.Id}/history"));
        // Staff keep it: the file stays in the back office for the record.
        Assert.Equal("过期的名单", await people.Drafter.GetOkAsync($"/admin/items/{item.Id}/attachments/{listed.Id}"));
        Assert.Equal(AttachmentStatus.Removed, (await FileAsync(item.Id, "说明.txt")).Status);
        Assert.True(await app.WithDbAsync((db, _) => db.AuditRecords.AnyAsync(r => r.Action == "修订删除附件" && r.Note == "说明.txt")));
    }

    [DbFact]
    public async Task An_executable_renamed_pdf_is_refused_in_a_revision_and_the_input_is_kept()
    {
        var (body, category) = await app.CreateBodyAsync();
        var item = await app.CreateItemAsync(body, category, "最低生活保障对象名单公示", attachmentText: "名单");
        var listed = await FileAsync(item.Id, "说明.txt");
        var (_, drafter) = await app.SignedInAsync((StaffRole.Drafter, body));
        var form = RevisionForm(category.Id, "补充通知原件", "<p>改过的正文要保留</p>");
        form.Add(("RemoveIds", listed.Id.ToString(CultureInfo.InvariantCulture)));
        byte[] elf = [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00];

        var (status, html) = await PostEditAsync(drafter, item.Id, form, ("Files", "通知.pdf", elf));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("与 PDF 格式不符", html);
        Assert.Contains("改过的正文要保留", html);
        Assert.Contains("补充通知原件", html);
        Assert.Contains($"value=\"{listed.Id}\" checked=\"checked\"", html);
        Assert.Equal(0, await app.WithDbAsync((db, _) => db.Attachments.CountAsync(a => a.FileName == "通知.pdf")));
        Assert.Equal(0, await app.WithDbAsync((db, _) => db.Proposals.CountAsync(p => p.ItemId == item.Id)));
        Assert.False((await FileAsync(item.Id, "说明.txt")).RemovalProposed);
    }

    [DbFact]
    public async Task Ticking_a_file_the_item_does_not_have_is_refused()
    {
        var (body, category) = await app.CreateBodyAsync();
        var item = await app.CreateItemAsync(body, category, "最低生活保障对象名单公示");
        var other = await app.CreateItemAsync(body, category, "另一条信息", attachmentText: "别人的附件");
        var foreign = await FileAsync(other.Id, "说明.txt");
        var (_, drafter) = await app.SignedInAsync((StaffRole.Drafter, body));
        var form = RevisionForm(category.Id, "删除附件", "<p>我的修改</p>");
        form.Add(("RemoveIds", foreign.Id.ToString(CultureInfo.InvariantCulture)));

        var (status, html) = await PostEditAsync(drafter, item.Id, form);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("选中的附件已不在这份稿件中", html);
        Assert.Contains("我的修改", html);
        Assert.False((await FileAsync(other.Id, "说明.txt")).RemovalProposed);
    }

    [DbTheory]
    [InlineData("名单.docx")]
    [InlineData("名单.xlsx")]
    public async Task An_id_number_in_an_added_file_blocks_confidentiality_approval_until_justified(string name)
    {
        var (body, category) = await app.CreateBodyAsync();
        var item = await app.CreateItemAsync(body, category, "最低生活保障对象名单公示");
        var people = await PeopleAsync(body);
        var bytes = name.EndsWith(".docx", StringComparison.Ordinal) ? Privacy.SampleDocuments.Docx() : Privacy.SampleDocuments.Xlsx();
        Assert.Equal(HttpStatusCode.Redirect, (await PostEditAsync(people.Drafter, item.Id, RevisionForm(category.Id, "补充名单"), ("Files", name, bytes))).Status);
        Assert.Equal(HttpStatusCode.Redirect, (await ActAsync(people.Drafter, item.Id, "Submit", [])).Status);
        Assert.Equal(HttpStatusCode.Redirect, (await DecideAsync(people.Head, item.Id)).Status);

        var review = await people.Secrecy.GetOkAsync($"/admin/items/{item.Id}");
        Assert.Contains($"位置：附件：{name}", review);
        Assert.Contains("11010519491231002X", review);
        var (blocked, blockedPage) = await DecideAsync(people.Secrecy, item.Id);
        Assert.Equal(HttpStatusCode.BadRequest, blocked);
        Assert.Contains("未处理", blockedPage);

        var findings = Justifiable().Matches(review).Select(m => (Field: WebUtility.HtmlDecode(m.Groups[1].Value), Text: WebUtility.HtmlDecode(m.Groups[2].Value))).Distinct().ToList();
        Assert.Contains(findings, f => f == ($"附件：{name}", "11010519491231002X"));
        foreach (var (field, text) in findings)
        {
            var (justified, _) = await ActAsync(people.Secrecy, item.Id, "Justify", new() { ["field"] = field, ["text"] = text, ["justification"] = "低保公示依规须列明户主。" });
            Assert.Equal(HttpStatusCode.Redirect, justified);
        }
        Assert.Equal(HttpStatusCode.Redirect, (await DecideAsync(people.Secrecy, item.Id)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await app.Browser().FetchAsync($"/items/{item.Id}/attachments/{(await FileAsync(item.Id, name)).Id}")).Status);
    }

    [DbFact]
    public async Task A_rejected_revision_keeps_its_files_for_the_next_round_and_the_drafter_can_drop_them()
    {
        var (body, category) = await app.CreateBodyAsync();
        var item = await app.CreateItemAsync(body, category, "最低生活保障对象名单公示");
        var people = await PeopleAsync(body);
        await PostEditAsync(people.Drafter, item.Id, RevisionForm(category.Id, "补充名单"), ("Files", "补充名单.txt", Encoding.UTF8.GetBytes("补充")));
        await ActAsync(people.Drafter, item.Id, "Submit", []);

        Assert.Equal(HttpStatusCode.Redirect, (await DecideAsync(people.Head, item.Id, "reject", "名单不全，请补齐。")).Status);

        var added = await FileAsync(item.Id, "补充名单.txt");
        Assert.Equal(AttachmentStatus.Proposed, added.Status);
        Assert.Contains($"id=\"discard-{added.Id}\"", await people.Drafter.GetOkAsync($"/admin/items/{item.Id}/edit"));
        Assert.Equal(HttpStatusCode.NotFound, (await app.Browser().FetchAsync($"/items/{item.Id}/attachments/{added.Id}")).Status);
        var form = RevisionForm(category.Id, "补充名单");
        form.Add(("DiscardIds", added.Id.ToString(CultureInfo.InvariantCulture)));
        Assert.Equal(HttpStatusCode.Redirect, (await PostEditAsync(people.Drafter, item.Id, form)).Status);
        Assert.Equal(0, await app.WithDbAsync((db, _) => db.Attachments.CountAsync(a => a.ItemId == item.Id)));
        Assert.True(await app.WithDbAsync((db, _) => db.AuditRecords.AnyAsync(r => r.Action == "修订撤销附件改动" && r.Note == "补充名单.txt")));
    }

    [DbFact]
    public async Task A_revision_published_at_a_set_time_lists_its_files_only_then()
    {
        var (body, category) = await app.CreateBodyAsync();
        var item = await app.CreateItemAsync(body, category, "最低生活保障对象名单公示", attachmentText: "旧名单");
        var listed = await FileAsync(item.Id, "说明.txt");
        var people = await PeopleAsync(body);
        var form = RevisionForm(category.Id, "换用新名单");
        form.Add(("RemoveIds", listed.Id.ToString(CultureInfo.InvariantCulture)));
        await PostEditAsync(people.Drafter, item.Id, form, ("Files", "新名单.txt", Encoding.UTF8.GetBytes("新名单")));
        await ActAsync(people.Drafter, item.Id, "Submit", []);
        await DecideAsync(people.Head, item.Id);
        await DecideAsync(people.Secrecy, item.Id);
        var page = await people.Leader.GetOkAsync($"/admin/items/{item.Id}");
        var later = DateTimeOffset.UtcNow.AddDays(3).ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);
        var (scheduled, _) = await ActAsync(people.Leader, item.Id, "Decide", new() { ["step"] = TicketField().Match(page).Groups[1].Value, ["decision"] = "approve", ["opinion"] = "同意，定时发布。", ["publishAt"] = later });
        Assert.Equal(HttpStatusCode.Redirect, scheduled);
        var added = await FileAsync(item.Id, "新名单.txt");
        await AssertNotPublicAsync(body, item.Id, added.Id, "新名单", people.Drafter);
        Assert.Equal("旧名单", await app.Browser().GetOkAsync($"/items/{item.Id}/attachments/{listed.Id}"));

        // The scheduler's run once the time has come.
        var published = await app.WithDbAsync((db, services) =>
            new ProposalPublisher(db, services.GetRequiredService<IndexNumberAllocator>(), new FixedTime(DateTimeOffset.UtcNow.AddDays(4))).PublishDueAsync());

        Assert.Equal(1, published);
        var anonymous = app.Browser();
        Assert.Equal("新名单", await anonymous.GetOkAsync($"/items/{item.Id}/attachments/{added.Id}"));
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.FetchAsync($"/items/{item.Id}/attachments/{listed.Id}")).Status);
        Assert.Contains("<td>说明.txt</td><td>新名单.txt</td>", await anonymous.GetOkAsync($"/items/{item.Id}/history"));
    }

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    [GeneratedRegex("name=\"Revision\" value=\"(\\d+)\"")]
    private static partial Regex RevisionField();

    [GeneratedRegex("name=\"step\" value=\"(\\d+)\"")]
    private static partial Regex TicketField();

    /// <summary>The hidden fields of each 说明理由并保留 form: the finding's field and text.</summary>
    [GeneratedRegex("name=\"field\" value=\"([^\"]+)\"><input type=\"hidden\" name=\"text\" value=\"([^\"]+)\">")]
    private static partial Regex Justifiable();
}

public sealed class RevisionAttachmentTests_Sqlite(BackOfficeSqliteApp app) : RevisionAttachmentTests(app), IClassFixture<BackOfficeSqliteApp>;

public sealed class RevisionAttachmentTests_Postgres(BackOfficePostgresApp app) : RevisionAttachmentTests(app), IClassFixture<BackOfficePostgresApp>;
