using System.Globalization;
using System.Net;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using Gongkai.Applications;
using Gongkai.Applications.Replies;
using Gongkai.Bodies;
using Gongkai.Staff;
using Gongkai.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Tests.Applications.Replies;

/// <summary>
/// The reply page over HTTP on both databases: a handler drafts, the office head returns and approves,
/// the privacy guard holds approval back, and the applicant downloads the letter and files from the
/// tracking link only after approval.
/// </summary>
public abstract class ReplyPageTests
{
    private const string ValidId = "11010519491231002X";
    private readonly GongkaiApp app;

    protected ReplyPageTests(GongkaiApp app)
    {
        this.app = app;
        app.SkipUnlessAvailable();
    }

    private static string Url(int id, string? handler = null) => $"/admin/applications/{id}/reply" + (handler is null ? "" : $"?handler={handler}");

    private static Dictionary<string, string> PartialForm(params (string Field, string Value)[] changes)
    {
        var form = new Dictionary<string, string>
        {
            ["Input.OutcomeCode"] = "2",
            ["Input.LegalBasis"] = "",
            ["Input.Parts[0].Description"] = "名单中的身份证号码和银行账号",
            ["Input.Parts[0].GroundCode"] = "3.4",
            ["Input.Parts[0].Reason"] = "属于个人隐私，公开会损害第三方合法权益",
            ["regenerate"] = "true",
        };
        foreach (var (field, value) in changes)
        {
            form[field] = value;
        }
        return form;
    }

    /// <summary>Posts the reply form as the browser does (multipart, with its revision and token), with files.</summary>
    private static async Task<(HttpStatusCode Status, string Body)> SaveAsync(HttpClient browser, int id, Dictionary<string, string> fields, params (string Name, byte[] Bytes)[] files)
    {
        var page = await browser.GetOkAsync(Url(id));
        using var form = new MultipartFormDataContent
        {
            { new StringContent(StaffTestData.AntiforgeryToken(page)), "__RequestVerificationToken" },
            { new StringContent(System.Text.RegularExpressions.Regex.Match(page, "name=\"Revision\" value=\"(\\d+)\"").Groups[1].Value), "Revision" },
        };
        foreach (var (key, value) in fields)
        {
            form.Add(new StringContent(value), key);
        }
        foreach (var (name, bytes) in files)
        {
            form.Add(new ByteArrayContent(bytes), "Files", name);
        }
        using var response = await browser.PostAsync(Url(id, "Save"), form);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private static async Task<(HttpStatusCode Status, string Body)> ActAsync(HttpClient browser, int id, string handler, Dictionary<string, string>? fields = null)
    {
        var (status, body, _) = await browser.SubmitAsync(Url(id, handler), fields ?? [], tokenFrom: Url(id));
        return (status, body);
    }

    private Task<ApplicationReply> ReplyAsync(int id) =>
        app.WithDbAsync((db, _) => db.ApplicationReplies.AsNoTracking().SingleAsync(r => r.ApplicationId == id));

    private Task<DisclosureApplication> ApplicationAsync(int id) =>
        app.WithDbAsync((db, _) => db.Applications.AsNoTracking().SingleAsync(a => a.Id == id));

    private async Task<(Body Body, HttpClient Handler, HttpClient Head)> PeopleAsync()
    {
        var (body, _) = await app.CreateBodyAsync();
        return (body, (await app.SignedInAsync((StaffRole.ApplicationHandler, body))).Browser, (await app.SignedInAsync((StaffRole.DisclosureOfficeHead, body))).Browser);
    }

    [DbFact]
    public async Task Drafted_returned_redrafted_and_approved_the_letter_reaches_the_applicant_only_then()
    {
        var (body, handler, head) = await PeopleAsync();
        var application = await app.CreateApplicationAsync(body);
        var track = $"/track/{application.AccessToken}";
        var disclosed = Encoding.UTF8.GetBytes("2025年第三季度发放汇总：共 120 人，36000 元。");

        var saved = await SaveAsync(handler, application.Id, PartialForm(), ("发放汇总.txt", disclosed));
        Assert.True(saved.Status == HttpStatusCode.Redirect, saved.Body);
        var draft = await ReplyAsync(application.Id);
        Assert.Equal("2", draft.OutcomeCode);
        Assert.Equal(Outcome.Partial.DefaultBasis, draft.LegalBasis);
        Assert.Contains("王小明：", draft.LetterHtml);
        Assert.Contains("第三十七条", draft.LetterHtml);
        Assert.Contains("附件：1. 发放汇总.txt", draft.LetterHtml);
        var file = Assert.Single(draft.Files);
        Assert.Equal(HttpStatusCode.Redirect, (await ActAsync(handler, application.Id, "Submit")).Status);
        Assert.Equal(ApplicationStatus.ReplyPending, (await ApplicationAsync(application.Id)).Status);

        var anonymous = app.Browser();
        foreach (var url in new[] { $"{track}/letter.docx", $"{track}/letter", $"{track}/files/{file.Id}" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await anonymous.FetchAsync(url)).Status);
        }
        Assert.DoesNotContain("答复文书", await anonymous.GetOkAsync(track));
        Assert.Equal(HttpStatusCode.Forbidden, (await ActAsync(handler, application.Id, "Approve")).Status);

        var noReason = await ActAsync(head, application.Id, "Return", new() { ["reason"] = " " });
        Assert.Equal(HttpStatusCode.BadRequest, noReason.Status);
        Assert.Contains("请写明退回理由", noReason.Body);
        Assert.Equal(HttpStatusCode.Redirect, (await ActAsync(head, application.Id, "Return", new() { ["reason"] = "请写明发放名单删去了哪些列。" })).Status);
        Assert.Equal(ReplyStatus.Draft, (await ReplyAsync(application.Id)).Status);
        Assert.Contains("请写明发放名单删去了哪些列。", await handler.GetOkAsync(Url(application.Id)));

        var redrafted = await SaveAsync(handler, application.Id, PartialForm(("regenerate", "false"), ("Input.LegalBasis", Outcome.Partial.DefaultBasis),
            ("Input.LetterText", Gongkai.Text.HtmlCleaner.ToText(draft.LetterHtml).Replace("经审查，现答复如下：", "经审查（已删去身份证号码、银行账号两列），现答复如下：", StringComparison.Ordinal))));
        Assert.True(redrafted.Status == HttpStatusCode.Redirect, redrafted.Body);
        Assert.Equal(HttpStatusCode.Redirect, (await ActAsync(handler, application.Id, "Submit")).Status);
        Assert.Equal(HttpStatusCode.Redirect, (await ActAsync(head, application.Id, "Approve", new() { ["opinion"] = "同意。" })).Status);

        var closed = await ApplicationAsync(application.Id);
        Assert.Equal(("2", ApplicationStatus.Closed), (closed.OutcomeCode, closed.Status));
        var reply = await ReplyAsync(application.Id);
        Assert.Equal(2, reply.Round);
        Assert.NotNull(reply.IssuedOn);

        var page = await anonymous.GetOkAsync(track);
        Assert.Contains("答复文书", page);
        Assert.Contains($"{track}/letter.docx", page);
        Assert.Contains($"{track}/files/{file.Id}", page);
        using var docx = await anonymous.GetAsync($"{track}/letter.docx");
        Assert.Equal(HttpStatusCode.OK, docx.StatusCode);
        Assert.Contains("no-store", docx.Headers.CacheControl!.ToString());
        using (var word = WordprocessingDocument.Open(new MemoryStream(await docx.Content.ReadAsByteArrayAsync()), false))
        {
            var text = word.MainDocumentPart!.Document!.Body!.InnerText;
            Assert.Contains("王小明：", text);
            Assert.Contains("第三十七条", text);
            Assert.Contains("已删去身份证号码、银行账号两列", text);
            Assert.Contains(body.Name, text);
            Assert.Contains(reply.IssuedOn!.Value.ToString("yyyy年M月d日", CultureInfo.InvariantCulture), text);
        }
        var print = await anonymous.GetOkAsync($"{track}/letter");
        Assert.Contains("王小明：", print);
        Assert.Contains("/css/letter.css", print);
        using var download = await anonymous.GetAsync($"{track}/files/{file.Id}");
        Assert.Equal(disclosed, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.FetchAsync($"/track/AAAAAAAAAAAAAAAAAAAAAA/letter.docx")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.FetchAsync($"{track}/files/{file.Id + 1000}")).Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await SaveAsync(handler, application.Id, PartialForm())).Status);
    }

    [DbFact]
    public async Task The_letter_of_a_corrected_application_gives_the_date_of_receipt_and_the_day_the_correction_arrived()
    {
        var (body, handler, _) = await PeopleAsync();
        var application = await ApplicationTestData.CreateApplicationAsync(app, body, "2026-03-02", steps: a =>
        {
            a.RequestCorrection(ApplicationTestData.D("2026-03-04"), ApplicationTestData.D("2026-03-20"), "请说明所需信息的年份。", ApplicationTestData.Clerk, ApplicationTestData.Noon("2026-03-04"));
            a.RecordCorrection(ApplicationTestData.D("2026-03-10"), null, ApplicationTestData.Clerk, ApplicationTestData.Noon("2026-03-10"));
        });

        var saved = await SaveAsync(handler, application.Id, PartialForm());

        Assert.True(saved.Status == HttpStatusCode.Redirect, saved.Body);
        Assert.Contains($"本机关于2026年3月2日收到您提出的政府信息公开申请（申请编号：{application.TrackingCode}），于2026年3月10日收到您的补正，您申请获取", (await ReplyAsync(application.Id)).LetterHtml);
        var page = await handler.GetOkAsync(Url(application.Id));
        Assert.Contains("<dt>收到日期</dt><dd>2026年3月2日</dd>", page);
        Assert.Contains("<dt>收到补正</dt><dd>2026年3月10日（答复期限自该日重新计算）</dd>", page);
    }

    [DbFact]
    public async Task A_file_with_an_id_number_must_be_justified_before_approval()
    {
        var (body, handler, head) = await PeopleAsync();
        var application = await app.CreateApplicationAsync(body);
        var list = Encoding.UTF8.GetBytes($"申请人本人的补贴记录\n王小明 {ValidId} 300元\n");

        Assert.Equal(HttpStatusCode.Redirect, (await SaveAsync(handler, application.Id, new() { ["Input.OutcomeCode"] = "1", ["regenerate"] = "true" }, ("本人补贴记录.txt", list))).Status);
        var page = await handler.GetOkAsync(Url(application.Id));
        Assert.Contains("个人信息检查（1 处，未处理 1 处）", page);
        Assert.Contains("文件：本人补贴记录.txt", page);
        Assert.Equal(HttpStatusCode.Redirect, (await ActAsync(handler, application.Id, "Submit")).Status);

        var refused = await ActAsync(head, application.Id, "Approve");
        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.Contains("还有 1 处个人信息未处理", refused.Body);
        Assert.Equal(ApplicationStatus.ReplyPending, (await ApplicationAsync(application.Id)).Status);
        var unjustified = await ActAsync(head, application.Id, "Justify", new() { ["field"] = "文件：本人补贴记录.txt", ["text"] = ValidId, ["justification"] = "" });
        Assert.Equal(HttpStatusCode.BadRequest, unjustified.Status);
        Assert.Contains("保留个人信息须书面说明理由", unjustified.Body);

        var justified = await ActAsync(head, application.Id, "Justify", new() { ["field"] = "文件：本人补贴记录.txt", ["text"] = ValidId, ["justification"] = "为申请人本人的身份证号码，向本人提供。" });
        Assert.Equal(HttpStatusCode.Redirect, justified.Status);
        Assert.Equal(HttpStatusCode.Redirect, (await ActAsync(head, application.Id, "Approve")).Status);

        var note = Assert.Single((await ReplyAsync(application.Id)).PrivacyNotes);
        Assert.Equal(("文件：本人补贴记录.txt", ValidId), (note.Field, note.Text));
        Assert.True(await app.WithDbAsync((db, _) => db.AuditRecords.AnyAsync(r => r.Action == "保留个人信息并说明理由" && r.BodyId == application.BodyId)));
    }

    [DbFact]
    public async Task Personal_data_in_the_letter_is_masked_with_one_button()
    {
        var (body, handler, head) = await PeopleAsync();
        var application = await app.CreateApplicationAsync(body);
        var letter = $"王小明：\n经核对，申请人（身份证号 {ValidId}）申请的<b>信息</b>予以公开。";
        Assert.Equal(HttpStatusCode.Redirect, (await SaveAsync(handler, application.Id, new() { ["Input.OutcomeCode"] = "1", ["Input.LetterText"] = letter })).Status);
        var saved = (await ReplyAsync(application.Id)).LetterHtml;
        Assert.Equal($"<p>王小明：</p><p>经核对，申请人（身份证号 {ValidId}）申请的&lt;b&gt;信息&lt;/b&gt;予以公开。</p>", saved);
        var start = saved.IndexOf(ValidId, StringComparison.Ordinal).ToString(CultureInfo.InvariantCulture);

        Assert.Equal(HttpStatusCode.Redirect, (await ActAsync(handler, application.Id, "Mask", new() { ["start"] = start, ["text"] = ValidId })).Status);

        Assert.Contains("110105********002X", (await ReplyAsync(application.Id)).LetterHtml);
        Assert.DoesNotContain(ValidId, (await ReplyAsync(application.Id)).LetterHtml);
        Assert.Equal(HttpStatusCode.BadRequest, (await ActAsync(handler, application.Id, "Mask", new() { ["start"] = start, ["text"] = ValidId })).Status);
        Assert.Equal(HttpStatusCode.Redirect, (await ActAsync(handler, application.Id, "Submit")).Status);
        Assert.Equal(HttpStatusCode.Redirect, (await ActAsync(head, application.Id, "Approve")).Status);
    }

    [DbTheory]
    [InlineData("2", "Input.Parts[0].Reason", "", "请写明第 1 项不予公开的理由")]
    [InlineData("2", "Input.Parts[0].GroundCode", "4.1", "第 1 项的不予公开依据须是条例规定的（三）类情形之一")]
    [InlineData("2", "Input.Parts[0].Description", "", "请写明第 1 项不予公开的内容")]
    [InlineData("3.4", "Input.Reason", "", "不予公开须说明理由")]
    [InlineData("", "Input.Reason", "", "请选择办理结果")]
    [InlineData("6.1", "Input.Reason", "", "登记终止办理")]
    public async Task Bad_input_is_400_with_the_message_and_what_was_typed(string outcome, string field, string value, string message)
    {
        var (body, handler, _) = await PeopleAsync();
        var application = await app.CreateApplicationAsync(body);

        var (status, html) = await SaveAsync(handler, application.Id, PartialForm(("Input.OutcomeCode", outcome), ("regenerate", "false"),
            ("Input.LegalBasis", "《条例》第三十七条（手写依据）"), ("Input.LetterText", "手写的告知书正文"), ("Input.Parts[0].Description", "名单中的银行账号"), (field, value)));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains(message, html);
        Assert.Contains("value=\"《条例》第三十七条（手写依据）\"", html);
        Assert.Contains("手写的告知书正文", html);
        Assert.Equal(0, await app.WithDbAsync((db, _) => db.ApplicationReplies.CountAsync(r => r.ApplicationId == application.Id)));
    }

    [DbFact]
    public async Task People_of_another_body_get_404_and_readers_without_a_handling_role_403()
    {
        var (body, handler, _) = await PeopleAsync();
        var (application, reply) = await app.CreateRepliedAsync(body, "已审批的告知书", "名单.txt", "名单内容", approve: false);
        var (other, _) = await app.CreateBodyAsync();
        var (_, outsider) = await app.SignedInAsync((StaffRole.DisclosureOfficeHead, other), (StaffRole.ApplicationHandler, other), (StaffRole.Drafter, other));
        var (_, supervisor) = await app.SignedInAsync((StaffRole.Supervisor, body));
        var (_, drafter) = await app.SignedInAsync((StaffRole.Drafter, body));
        var fileId = reply.Files.Single().Id;

        foreach (var url in new[] { Url(application.Id), $"{Url(application.Id)}/letter", $"{Url(application.Id)}/letter.docx", $"{Url(application.Id)}/files/{fileId}", $"/admin/applications/{application.Id}/proactive" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await outsider.FetchAsync(url)).Status);
            Assert.Equal(HttpStatusCode.NotFound, (await drafter.FetchAsync(url)).Status);
        }
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.PostFormAsync(Url(application.Id, "Approve"), [])).StatusCode);
        var readOnly = await supervisor.GetOkAsync(Url(application.Id));
        Assert.Contains("已审批的告知书", readOnly);
        Assert.DoesNotContain("handler=Approve", readOnly);
        Assert.Equal(HttpStatusCode.Forbidden, (await ActAsync(supervisor, application.Id, "Return", new() { ["reason"] = "退回" })).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await ActAsync(handler, application.Id, "Return", new() { ["reason"] = "退回" })).Status);
        using var staffDocx = await handler.GetAsync($"{Url(application.Id)}/letter.docx");
        using (var word = WordprocessingDocument.Open(new MemoryStream(await staffDocx.Content.ReadAsByteArrayAsync()), false))
        {
            Assert.StartsWith("草稿，未经审批", word.MainDocumentPart!.Document!.Body!.InnerText);
        }
        Assert.Equal("名单内容", await handler.GetOkAsync($"{Url(application.Id)}/files/{fileId}"));
        Assert.Equal(HttpStatusCode.Redirect, (await app.CookieBrowser().FetchAsync(Url(application.Id))).Status);
    }

    [DbFact]
    public async Task A_disclosure_becomes_a_draft_item_with_its_files_for_a_handler_who_drafts()
    {
        var (body, category) = await app.CreateBodyAsync();
        var (application, _) = await app.CreateRepliedAsync(body, "予以公开的告知书", "发放汇总.txt", "共 120 人");
        var (_, handlerOnly) = await app.SignedInAsync((StaffRole.ApplicationHandler, body));
        var (_, both) = await app.SignedInAsync((StaffRole.ApplicationHandler, body), (StaffRole.Drafter, body));
        var url = $"/admin/applications/{application.Id}/proactive";

        Assert.Equal(HttpStatusCode.Forbidden, (await handlerOnly.FetchAsync(url)).Status);
        var form = await both.GetOkAsync(url);
        Assert.Contains($"value=\"{application.Request.Title}\"", form);
        var missing = await both.SubmitAsync(url, new() { ["CategoryId"] = "0", ["Title"] = "" }, tokenFrom: url);
        Assert.Equal(HttpStatusCode.BadRequest, missing.Status);
        Assert.Contains("请选择本机构的目录栏目", missing.Body);
        Assert.Contains("请填写标题", missing.Body);

        var (status, _, location) = await both.SubmitAsync(url, new() { ["CategoryId"] = category.Id.ToString(CultureInfo.InvariantCulture), ["Title"] = "2025年残疾人两项补贴发放汇总" }, tokenFrom: url);

        Assert.Equal(HttpStatusCode.Redirect, status);
        var itemId = int.Parse(location!.Split('/')[3], CultureInfo.InvariantCulture);
        Assert.Equal($"/admin/items/{itemId}/edit", location);
        var item = await app.WithDbAsync((db, _) => db.Items.Include(i => i.Attachments).AsNoTracking().SingleAsync(i => i.Id == itemId));
        Assert.Equal((Gongkai.Items.ItemStatus.Draft, "2025年残疾人两项补贴发放汇总", body.Id), (item.Status, item.Title, item.BodyId));
        Assert.Equal("发放汇总.txt", Assert.Single(item.Attachments).FileName);
        Assert.Equal(itemId, (await ReplyAsync(application.Id)).ProactiveItemId);
        var events = await app.WithDbAsync((db, _) => db.Applications.AsNoTracking().Where(a => a.Id == application.Id).SelectMany(a => a.Events).ToListAsync());
        Assert.False(Assert.Single(events, e => e.Kind == ApplicationEventKind.ConvertedToProactive).Public);
        Assert.True(await app.WithDbAsync((db, _) => db.AuditRecords.AnyAsync(r => r.Action == "依申请公开转为主动公开" && r.BodyId == body.Id)));
        Assert.Equal(HttpStatusCode.OK, (await both.FetchAsync(location)).Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await both.SubmitAsync(url, new() { ["CategoryId"] = category.Id.ToString(CultureInfo.InvariantCulture), ["Title"] = "再转一次" }, tokenFrom: url)).Status);
        Assert.DoesNotContain("共 120 人", await app.Browser().GetOkAsync($"/bodies/{body.Slug}"));
    }
}

public sealed class ReplyPageTests_Sqlite(BackOfficeSqliteApp app) : ReplyPageTests(app), IClassFixture<BackOfficeSqliteApp>;

public sealed class ReplyPageTests_Postgres(BackOfficePostgresApp app) : ReplyPageTests(app), IClassFixture<BackOfficePostgresApp>;
