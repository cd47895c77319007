using System.Net;
using Gongkai.Participation;
using Gongkai.Tests.Applications.Replies;
using Gongkai.Tests.Infrastructure;
using Gongkai.Tests.Participation.Public;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Tests.Visibility;

/// <summary>
/// Plants marker text in every non-public state and sweeps every public surface for it:
/// pages reached by following links, the direct URLs of the hidden items (page, print,
/// history, versions, attachments) and of hidden files of public items (one a revision under
/// review adds, one a published revision took off), the read API, the Atom feeds, the site map
/// and the OpenAPI document; guide texts not yet published must not show on the guide page or its API;
/// and the replies to applications: a letter and a disclosed file show only
/// on their own tracking link once approved, never before, never through another application's link;
/// and opinions: hidden, pending and private comments, an answer awaiting approval, complaints and
/// reports and an unpublished rectification show only on their own tracking link (an answer awaiting
/// approval not even there), and the contact details people give show nowhere; and search (the
/// pages and the API): results, snippets, facets and counts, and the 文号 and 索引号 lookups.
/// Later features add their surfaces here.
/// </summary>
public abstract class LeakSweepTests
{
    private readonly GongkaiApp app;

    protected LeakSweepTests(GongkaiApp app)
    {
        this.app = app;
        app.SkipUnlessAvailable();
    }

    [DbFact]
    public async Task No_public_surface_shows_anything_that_is_not_public()
    {
        var (body, category) = await app.CreateBodyAsync("泄漏检查机关");
        var marker = "LEAKMARK" + Guid.NewGuid().ToString("N")[..8];
        var hidden = new Dictionary<TestData.Kind, Gongkai.Items.DisclosureItem>();
        foreach (var kind in Enum.GetValues<TestData.Kind>().Where(k => k != TestData.Kind.Published))
        {
            var text = $"{marker}-{kind}";
            hidden[kind] = await app.CreateItemAsync(body, category, $"隐藏信息 {text}", kind,
                b => b.Value = b.Value with { Summary = text, Keywords = text, Genre = text, DocumentNumber = $"{text}〔2025〕1号", BodyHtml = $"<p>{text}</p>" },
                attachmentText: $"附件 {text}");
        }
        // A public item that was withdrawn after a revision: none of its versions may show.
        var revised = await app.CreateItemAsync(body, category, $"先公开后撤回 {marker}-RevisedThenWithdrawn");
        await app.ReviseAsync(revised.Id, m => m with { BodyHtml = $"<p>{marker}-RevisedThenWithdrawn 第二版</p>" }, "修订", TestData.Now.AddDays(2));
        await app.WithDbAsync(async (db, _) =>
        {
            var item = await db.Items.FindAsync(revised.Id);
            item!.Withdraw(Gongkai.Items.WithdrawalReason.Superseded, "被替代", TestData.Now.AddDays(3));
            return await db.SaveChangesAsync();
        });
        // A public item with a revision under review that adds a file: neither its name nor its content may show.
        var pending = await app.CreateItemAsync(body, category, $"修订中的公开信息 {marker}-PendingHost");
        var pendingFile = await app.ProposeAttachmentAsync(pending.Id, $"待审附件 {marker}-PendingAttachment.txt", $"待审附件内容 {marker}-PendingAttachment");
        // A public item whose published revision took a file off: earlier versions list its name, but its content is gone.
        var trimmed = await app.CreateItemAsync(body, category, $"删除过附件的公开信息 {marker}-TrimmedHost", attachmentText: $"已删除附件内容 {marker}-RemovedAttachment");
        await app.ReviseAsync(trimmed.Id, m => m, "删除附件", TestData.Now.AddDays(2), item => item.ProposeRemoval(item.Attachments.Single()));
        // Guide texts not yet published: drafted, in review, approved for a later time.
        var guideStages = Enum.GetValues<TestData.GuideStage>().Select(stage => $"Guide{stage}").ToList();
        foreach (var stage in Enum.GetValues<TestData.GuideStage>())
        {
            await app.CreateGuideProposalAsync(body, $"<p>{marker}-Guide{stage}</p>", $"{marker}-Guide{stage} 修改说明", stage);
        }
        // The controls: a public item and a published guide whose text must be found, so the sweep can fail.
        await app.AddGuideAsync(body, 1, $"<p>{marker}-GUIDE-CONTROL</p>");
        var control = await app.CreateItemAsync(body, category, $"公开信息 {marker}-CONTROL", attachmentText: $"附件 {marker}-CONTROL-ATTACHMENT");

        // Replies to applications: one approved (seen only through its own tracking link), one awaiting approval (seen nowhere).
        var (issued, issuedReply) = await app.CreateRepliedAsync(body, $"{marker}-IssuedLetter", $"{marker}-IssuedFileName.txt", $"{marker}-IssuedFileContent");
        var (pendingApplication, pendingReply) = await app.CreateRepliedAsync(body, $"{marker}-PendingLetter", $"{marker}-PendingFileName.txt", $"{marker}-PendingFileContent", approve: false);
        var ownLink = $"/track/{issued.AccessToken}";
        var otherLink = $"/track/{pendingApplication.AccessToken}";
        var issuedFile = issuedReply.Files.Single().Id;
        var pendingReplyFile = pendingReply.Files.Single().Id;

        // Opinions: the controls are a shown comment with its approved answer and a published rectification.
        var commentOn = new OpinionSubject(ItemId: control.Id);
        await app.CreateOpinionAsync(body, new(OpinionKind.Comment, $"{marker}-CommentControl") { Subject = commentOn, Moderation = Moderation.Shown, Handling = Handling.Answered, Answer = $"{marker}-AnswerControl" });
        var rectified = await app.CreateOpinionAsync(body, new(OpinionKind.Suggestion, "已整改的建议") { Moderation = Moderation.Shown, Handling = Handling.RectificationPublished, Summary = $"{marker}-RectificationControl" });
        var contact = new OpinionAuthor("赵某某", "13700009999", "reporter@example.com");
        // Consultations: a published one (found from the body's page) takes the comments; a draft is public nowhere.
        var consultations = await app.WithDbAsync(async (db, _) =>
        {
            var tracked = await db.Bodies.SingleAsync(b => b.Id == body.Id);
            var today = DateOnly.FromDateTime(DateTime.UtcNow);
            var open = new global::Gongkai.Participation.Consultations.Consultation(tracked, $"征求意见 {marker}-ConsultationControl", "<p>草案</p>", null, today.AddDays(-2), today.AddDays(20), DateTimeOffset.UtcNow);
            open.Publish(DateTimeOffset.UtcNow);
            var draft = new global::Gongkai.Participation.Consultations.Consultation(tracked, $"{marker}-DraftConsultation", $"<p>{marker}-DraftConsultation</p>", null, today.AddDays(1), today.AddDays(20), DateTimeOffset.UtcNow);
            db.Consultations.AddRange(open, draft);
            await db.SaveChangesAsync();
            return (Open: open.Id, Draft: draft.Id);
        });
        var onConsultation = new OpinionSubject(ConsultationId: consultations.Open);
        await app.CreateOpinionAsync(body, new(OpinionKind.ConsultationComment, $"{marker}-ConsultationCommentControl") { Subject = onConsultation, Moderation = Moderation.Shown });
        var opinions = new Dictionary<string, Opinion>
        {
            ["HiddenComment"] = await app.CreateOpinionAsync(body, new(OpinionKind.Comment, $"{marker}-HiddenComment") { Subject = commentOn, Moderation = Moderation.Hidden, Handling = Handling.Answered, Answer = $"{marker}-HiddenCommentAnswer" }),
            ["PendingComment"] = await app.CreateOpinionAsync(body, new(OpinionKind.Comment, $"{marker}-PendingComment") { Subject = commentOn }),
            ["PendingConsultationComment"] = await app.CreateOpinionAsync(body, new(OpinionKind.ConsultationComment, $"{marker}-PendingConsultationComment") { Subject = onConsultation }),
            ["HiddenConsultationComment"] = await app.CreateOpinionAsync(body, new(OpinionKind.ConsultationComment, $"{marker}-HiddenConsultationComment") { Subject = onConsultation, Moderation = Moderation.Hidden }),
            ["PrivateConsultationComment"] = await app.CreateOpinionAsync(body, new(OpinionKind.ConsultationComment, $"{marker}-PrivateConsultationComment") { Subject = onConsultation, WantsPublic = false }),
            ["PrivateComment"] = await app.CreateOpinionAsync(body, new(OpinionKind.Comment, $"{marker}-PrivateComment") { Subject = commentOn, WantsPublic = false, Handling = Handling.Answered }),
            ["Complaint"] = await app.CreateOpinionAsync(body, new(OpinionKind.Complaint, $"{marker}-Complaint") { Subject = new(AgainstBodyId: body.Id), Author = contact, Handling = Handling.Answered, Answer = $"{marker}-ComplaintAnswer" }),
            ["Report"] = await app.CreateOpinionAsync(body, new(OpinionKind.Report, $"{marker}-Report") { Author = contact }),
            ["CommentOnWithdrawnItem"] = await app.CreateOpinionAsync(body, new(OpinionKind.Comment, $"{marker}-CommentOnWithdrawnItem") { Subject = new(ItemId: hidden[TestData.Kind.Withdrawn].Id), Moderation = Moderation.Shown, Handling = Handling.RectificationPublished }),
            ["UnpublishedRectification"] = await app.CreateOpinionAsync(body, new(OpinionKind.Suggestion, $"{marker}-UnpublishedRectification") { WantsPublic = false, Handling = Handling.Verified, Task = $"{marker}-UnpublishedTask", Verification = $"{marker}-UnpublishedVerification" }),
        };
        var pendingAnswer = await app.CreateOpinionAsync(body, new(OpinionKind.Suggestion, "答复待审核的建议") { Moderation = Moderation.Shown, Handling = Handling.AnswerPending, Answer = $"{marker}-PendingAnswer" });
        var opinionLinks = opinions.Values.Append(pendingAnswer).Select(o => $"/feedback/{o.AccessToken}").ToList();
        var unpublishedRectifications = opinions.Values.Append(pendingAnswer).Select(o => $"/bodies/{body.Slug}/rectifications/{o.Id}").ToList();

        var attachments = await app.WithDbAsync((db, _) => Task.FromResult(db.Attachments.Select(a => new { a.ItemId, a.Id }).ToList()));
        var crawler = new SiteCrawler(app.Browser());
        await crawler.CrawlAsync("/", $"/bodies/{body.Slug}", "/sitemap", "/api/v1/bodies", $"/api/v1/bodies/{body.Slug}",
            $"/api/v1/bodies/{body.Slug}/catalogue", $"/api/v1/bodies/{body.Slug}/items", $"/api/v1/bodies/{body.Slug}/guide",
            $"/bodies/{body.Slug}/feed.atom", "/openapi/v1.json", $"/api/v1/items/{control.Id}");
        var direct = hidden.Values.Append(revised).SelectMany(i => new[]
        {
            $"/items/{i.Id}", $"/items/{i.Id}/print", $"/items/{i.Id}/history", $"/items/{i.Id}/versions/1", $"/items/{i.Id}/versions/2", $"/api/v1/items/{i.Id}",
        }.Concat(attachments.Where(a => a.ItemId == i.Id).Select(a => $"/items/{i.Id}/attachments/{a.Id}")))
            .Append($"/items/{pending.Id}/attachments/{pendingFile}")
            .Concat(attachments.Where(a => a.ItemId == trimmed.Id).Select(a => $"/items/{trimmed.Id}/attachments/{a.Id}"))
            .Concat(unpublishedRectifications)
            .Concat([$"{otherLink}/letter", $"{otherLink}/letter.docx", $"{otherLink}/files/{pendingReplyFile}", $"{otherLink}/files/{issuedFile}", $"{ownLink}/files/{pendingReplyFile}"])
            .ToList();
        await crawler.FetchAsync(direct);
        await crawler.FetchAsync(opinionLinks);
        await crawler.FetchAsync([$"/consultations/{consultations.Draft}"]);
        await crawler.FetchAsync([ownLink, $"{ownLink}/letter", $"{ownLink}/letter.docx", $"{ownLink}/files/{issuedFile}", otherLink]);
        // Search, public and API: the marker itself; each hidden kind by its words, by its 文号 (typed with full-width
        // letters and digits, so that the page's echo of the query is not the marker) and by its 索引号; sorted and filtered.
        static string FullWidth(string text) => new(text.Select(c => char.IsAsciiLetterOrDigit(c) ? (char)(c + 0xFEE0) : c).ToArray());
        var searchQueries = new[] { marker, $"{marker}&sort=date", $"{marker}&body={body.Slug}", $"{marker}&year=2025" }
            .Concat(hidden.Keys.Select(k => Uri.EscapeDataString($"{marker} {k}")))
            .Concat(hidden.Keys.Select(k => Uri.EscapeDataString(FullWidth($"{marker}-{k}") + "[2025]1号")))
            .Concat(hidden.Values.Append(revised).Where(i => i.IndexNumber is not null).Select(i => Uri.EscapeDataString(i.IndexNumber!)))
            .ToList();
        var searches = searchQueries.SelectMany(q => new[] { $"/search?q={q}", $"/bodies/{body.Slug}/search?q={q}", $"/api/v1/search?q={q}" }).ToList();
        await crawler.FetchAsync(searches);
        var searchVisits = crawler.Visits.Where(v => searches.Contains(v.Url)).ToList();
        Assert.All(searchVisits, v => Assert.Equal(HttpStatusCode.OK, v.Status)); // no redirect to a hidden item by its 索引号
        foreach (var kind in hidden.Keys.Select(k => k.ToString()).Append("RevisedThenWithdrawn"))
        {
            // Highlighting splits the text with <mark>: look at it without.
            var seen = searchVisits.Where(v => v.Body.Replace("<mark>", "", StringComparison.Ordinal).Replace("</mark>", "", StringComparison.Ordinal)
                .Contains($"{marker}-{kind}", StringComparison.Ordinal)).Select(v => v.Url).ToList();
            Assert.True(seen.Count == 0, $"{kind} leaked in search on: {string.Join(", ", seen)}");
        }
        // The control and the two public hosts are found, and the counts are theirs alone.
        foreach (var surface in new[] { $"/search?q={marker}", $"/bodies/{body.Slug}/search?q={marker}" })
        {
            var page = searchVisits.Single(v => v.Url == surface).Body;
            Assert.Contains($"<a href=\"/items/{control.Id}\">", page);
            Assert.Contains("找到 3 条", page);
            Assert.Contains("（3）</span>", page);
            Assert.DoesNotContain("（4）</span>", page);
        }
        var api = System.Text.Json.JsonDocument.Parse(searchVisits.Single(v => v.Url == $"/api/v1/search?q={marker}").Body).RootElement;
        Assert.Equal(3, api.GetProperty("total").GetInt32());
        Assert.Equal(3, api.GetProperty("facets").GetProperty("counted").GetInt32());
        Assert.Equal(3, api.GetProperty("facets").GetProperty("bodies").EnumerateArray().Single().GetProperty("count").GetInt32());
        Assert.Contains(control.Id, api.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt32()));

        Assert.NotEmpty(crawler.Containing($"{marker}-CONTROL"));
        Assert.NotEmpty(crawler.Containing($"{marker}-GUIDE-CONTROL"));
        Assert.Contains(crawler.Visits, v => v.Body == $"附件 {marker}-CONTROL-ATTACHMENT");
        Assert.NotEmpty(crawler.Containing($"{marker}-PendingHost"));
        Assert.NotEmpty(crawler.Containing($"{marker}-TrimmedHost"));
        foreach (var kind in hidden.Keys.Select(k => k.ToString()).Append("RevisedThenWithdrawn").Append("PendingAttachment").Append("RemovedAttachment").Concat(guideStages))
        {
            Assert.True(!crawler.Containing($"{marker}-{kind}").Any(), $"{kind} leaked on: {string.Join(", ", crawler.Containing($"{marker}-{kind}"))}");
        }
        foreach (var kind in new[] { "PendingLetter", "PendingFileName", "PendingFileContent" })
        {
            Assert.True(!crawler.Containing($"{marker}-{kind}").Any(), $"{kind} leaked on: {string.Join(", ", crawler.Containing($"{marker}-{kind}"))}");
        }
        foreach (var (kind, shownOn) in new[] { ("IssuedLetter", new[] { $"{ownLink}/letter", $"{ownLink}/letter.docx" }), ("IssuedFileName", [ownLink]), ("IssuedFileContent", [$"{ownLink}/files/{issuedFile}"]) })
        {
            var seen = crawler.Visits.Where(v => v.Body.Contains($"{marker}-{kind}", StringComparison.Ordinal)).Select(v => v.Url).ToList();
            Assert.True(seen.All(url => url.StartsWith(ownLink + "/", StringComparison.Ordinal) || url == ownLink), $"{kind} leaked on: {string.Join(", ", seen)}");
            Assert.All(shownOn, url => Assert.Contains(url, seen));
        }
        // Applicant data: never on any public surface, the applicant's own tracking link included (the letter there names the addressee only).
        foreach (var personal in new[] { "13912345678", "wang@example.com", "110105********002X" })
        {
            Assert.True(!crawler.Containing(personal).Any(), $"applicant data leaked on: {string.Join(", ", crawler.Containing(personal))}");
        }
        Assert.True(crawler.Containing("王小明").All(url => url.StartsWith(ownLink + "/letter", StringComparison.Ordinal)), $"the applicant's name leaked on: {string.Join(", ", crawler.Containing("王小明"))}");
        // Opinions: the controls are public; the rest only on their own tracking link; an answer awaiting approval and contact details nowhere.
        Assert.Contains(crawler.Containing($"{marker}-CommentControl"), url => url.StartsWith($"/items/{control.Id} ", StringComparison.Ordinal));
        Assert.Contains(crawler.Containing($"{marker}-AnswerControl"), url => url.StartsWith($"/bodies/{body.Slug}/feedback", StringComparison.Ordinal));
        Assert.Contains(crawler.Containing($"{marker}-RectificationControl"), url => url.StartsWith($"/bodies/{body.Slug}/rectifications/{rectified.Id} ", StringComparison.Ordinal));
        foreach (var (kind, opinion) in opinions)
        {
            var own = $"/feedback/{opinion.AccessToken} ";
            var seen = crawler.Containing($"{marker}-{kind}").ToList();
            Assert.True(seen.All(url => url.StartsWith(own, StringComparison.Ordinal)), $"{kind} leaked on: {string.Join(", ", seen)}");
            Assert.Contains(seen, url => url.StartsWith(own, StringComparison.Ordinal));
        }
        foreach (var step in new[] { "UnpublishedTask", "UnpublishedVerification" })
        {
            var seen = crawler.Containing($"{marker}-{step}").ToList();
            Assert.True(seen.All(url => url.StartsWith($"/feedback/{opinions["UnpublishedRectification"].AccessToken} ", StringComparison.Ordinal)), $"{step} leaked on: {string.Join(", ", seen)}");
        }
        Assert.Contains(crawler.Containing($"{marker}-ConsultationCommentControl"), url => url.StartsWith($"/consultations/{consultations.Open} ", StringComparison.Ordinal));
        Assert.True(!crawler.Containing($"{marker}-DraftConsultation").Any(), $"a draft consultation leaked on: {string.Join(", ", crawler.Containing($"{marker}-DraftConsultation"))}");
        Assert.Contains(crawler.Visits, v => v.Url == $"/consultations/{consultations.Draft}" && v.Status == HttpStatusCode.NotFound);
        Assert.True(!crawler.Containing($"{marker}-PendingAnswer").Any(), $"an answer awaiting approval leaked on: {string.Join(", ", crawler.Containing($"{marker}-PendingAnswer"))}");
        foreach (var personal in new[] { "13700009999", "reporter@example.com", "赵某某", "李家长", "li@example.com" })
        {
            Assert.True(!crawler.Containing(personal).Any(), $"an author's contact details leaked on: {string.Join(", ", crawler.Containing(personal))}");
        }
        Assert.All(crawler.Visits.Where(v => direct.Contains(v.Url)), v => Assert.Equal(HttpStatusCode.NotFound, v.Status));
        Assert.DoesNotContain(crawler.Visits, v => (int)v.Status >= 500);
    }
}

public sealed class LeakSweepTests_Sqlite(SqliteApp app) : LeakSweepTests(app), IClassFixture<SqliteApp>;

public sealed class LeakSweepTests_Postgres(PostgresApp app) : LeakSweepTests(app), IClassFixture<PostgresApp>;
