using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Gongkai.Bodies;
using Gongkai.Guides;
using Gongkai.Review;
using Gongkai.Staff;
using Gongkai.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Tests.Guides;

/// <summary>
/// A new disclosure guide text over HTTP, as staff make it: drafted from the current text with a
/// change note, reviewed level by level like an item, and published as the next public version —
/// while the public keeps seeing the old text until then.
/// </summary>
public abstract partial class GuideReviewJourneyTests
{
    private const string OldText = "旧指南：办公时间上午九点";
    private const string NewText = "新指南：办公时间上午八点半";
    private readonly GongkaiApp app;

    protected GuideReviewJourneyTests(GongkaiApp app)
    {
        this.app = app;
        app.SkipUnlessAvailable();
    }

    private sealed record Setup(Body Body, HttpClient Drafter, string Work, string Edit, string Public);

    /// <summary>A body whose guide is at version 1, and its drafter.</summary>
    private async Task<Setup> SetUpAsync()
    {
        var (body, _) = await app.CreateBodyAsync();
        await app.AddGuideAsync(body, 1, $"<p>{OldText}</p>");
        var (_, drafter) = await app.SignedInAsync((StaffRole.Drafter, body));
        return new Setup(body, drafter, $"/admin/guides/{body.Id}", $"/admin/guides/{body.Id}/edit", $"/bodies/{body.Slug}/guide");
    }

    private async Task<HttpClient> StaffAsync(StaffRole role, Body body) => (await app.SignedInAsync((role, body))).Browser;

    private static Dictionary<string, string> Form(string text, string note, string revision = "0") =>
        new() { ["ContentHtml"] = text, ["ChangeNote"] = note, ["Revision"] = revision };

    private static Dictionary<string, string> Decision(int ticket, string decision = "approve", string opinion = "同意。") =>
        new() { ["step"] = ticket.ToString(CultureInfo.InvariantCulture), ["decision"] = decision, ["opinion"] = opinion };

    /// <summary>Drafts <paramref name="text"/> and submits it; returns the proposal's id.</summary>
    private async Task<int> DraftAndSubmitAsync(Setup s, HttpClient drafter, string text = $"<p>{NewText}</p>")
    {
        var (saved, _, location) = await drafter.SubmitAsync(s.Edit, Form(text, "调整办公时间"));
        Assert.Equal(HttpStatusCode.Redirect, saved);
        Assert.Equal(s.Work, location);
        var (submitted, _, _) = await drafter.SubmitAsync($"{s.Work}?handler=Submit", []);
        Assert.Equal(HttpStatusCode.Redirect, submitted);
        return await app.WithDbAsync((db, _) => db.GuideProposals.Where(p => p.BodyId == s.Body.Id).MaxAsync(p => p.Id));
    }

    private Task<GuideProposal> ProposalAsync(int id) =>
        app.WithDbAsync((db, _) => db.GuideProposals.Include(p => p.Decisions).AsNoTracking().SingleAsync(p => p.Id == id));

    [DbFact]
    public async Task A_new_text_goes_through_the_chain_and_becomes_the_next_public_version()
    {
        var s = await SetUpAsync();
        var head = await StaffAsync(StaffRole.SectionHead, s.Body);
        var secrecy = await StaffAsync(StaffRole.ConfidentialityReviewer, s.Body);
        var leader = await StaffAsync(StaffRole.LeadershipApprover, s.Body);
        Assert.Contains(OldText, await s.Drafter.GetOkAsync(s.Edit)); // the draft starts from the current text

        var id = await DraftAndSubmitAsync(s, s.Drafter);
        foreach (var (reviewer, ticket) in new[] { (head, 0), (secrecy, 1) })
        {
            var page = await app.Browser().GetOkAsync(s.Public);
            Assert.Contains(OldText, page);
            Assert.DoesNotContain(NewText, page);
            Assert.Equal(HttpStatusCode.Redirect, (await reviewer.SubmitAsync($"{s.Work}?handler=Decide", Decision(ticket))).Status);
        }
        Assert.DoesNotContain(NewText, await app.Browser().GetOkAsync(s.Public));
        Assert.Equal(HttpStatusCode.Redirect, (await leader.SubmitAsync($"{s.Work}?handler=Decide", Decision(2, opinion: "同意发布。"))).Status);

        var current = await app.Browser().GetOkAsync(s.Public);
        Assert.Contains(NewText, current);
        Assert.DoesNotContain(OldText, current);
        Assert.Contains("第 2 版", current);
        Assert.Contains("调整办公时间", current);
        Assert.Contains($"href=\"/bodies/{s.Body.Slug}/guide?version=1\"", current);
        Assert.Contains(OldText, await app.Browser().GetOkAsync($"{s.Public}?version=1"));
        Assert.Contains(NewText, await app.Browser().GetOkAsync($"/api/v1/bodies/{s.Body.Slug}/guide"));
        var proposal = await ProposalAsync(id);
        Assert.Equal((ProposalStatus.Published, 2), (proposal.Status, proposal.PublishedNumber));
        Assert.Equal(3, proposal.Decisions.Count);
        var actions = await app.WithDbAsync((db, _) => db.AuditRecords.Where(r => r.EntityType == nameof(GuideProposal) && r.EntityId == id.ToString(CultureInfo.InvariantCulture))
            .OrderBy(r => r.Sequence).Select(r => r.Action).ToListAsync());
        Assert.Equal(
            [GuideAudit.Draft, GuideAudit.Submit, GuideAudit.Decide(StaffRole.SectionHead, true), GuideAudit.Decide(StaffRole.ConfidentialityReviewer, true),
             GuideAudit.Decide(StaffRole.LeadershipApprover, true), GuideAudit.Publish],
            actions.Distinct());
        Assert.Equal(1, await app.WithDbAsync((db, _) => db.AuditRecords.CountAsync(r => r.EntityType == nameof(GuideVersion) && r.Action == GuideAudit.Publish && r.After!.Contains(NewText))));
        Assert.Contains("第 2 版", await s.Drafter.GetOkAsync(s.Work));
    }

    [DbFact]
    public async Task A_returned_text_goes_back_to_the_drafter_with_the_reason()
    {
        var s = await SetUpAsync();
        var head = await StaffAsync(StaffRole.SectionHead, s.Body);
        var id = await DraftAndSubmitAsync(s, s.Drafter);

        Assert.Equal(HttpStatusCode.Redirect, (await head.SubmitAsync($"{s.Work}?handler=Decide", Decision(0, "reject", "请补充传真号码。"))).Status);

        var work = await s.Drafter.GetOkAsync(s.Work);
        Assert.Contains("请补充传真号码。", work);
        Assert.Contains("退回修改", work);
        Assert.Contains("修改指南稿", work);
        Assert.Contains("退回修改", Section(await s.Drafter.GetOkAsync("/admin"), "drafts"));
        Assert.Contains(NewText, await s.Drafter.GetOkAsync(s.Edit));
        Assert.Equal(ProposalStatus.Editing, (await ProposalAsync(id)).Status);
        Assert.DoesNotContain(NewText, await app.Browser().GetOkAsync(s.Public));
    }

    [DbFact]
    public async Task The_author_cannot_approve_even_holding_the_reviewer_role()
    {
        var s = await SetUpAsync();
        var (_, author) = await app.SignedInAsync((StaffRole.Drafter, s.Body), (StaffRole.SectionHead, s.Body));
        var id = await DraftAndSubmitAsync(s, author);

        Assert.Contains("不能审核自己撰写或修改过的稿件。", await author.GetOkAsync(s.Work));
        var (status, html, _) = await author.SubmitAsync($"{s.Work}?handler=Decide", Decision(0));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("不能审核自己撰写或修改过的稿件。", html);
        Assert.Empty((await ProposalAsync(id)).Decisions);
    }

    [DbFact]
    public async Task A_decision_sent_twice_is_recorded_once()
    {
        var s = await SetUpAsync();
        var head = await StaffAsync(StaffRole.SectionHead, s.Body);
        var id = await DraftAndSubmitAsync(s, s.Drafter);

        Assert.Equal(HttpStatusCode.Redirect, (await head.SubmitAsync($"{s.Work}?handler=Decide", Decision(0))).Status);
        var (again, html, _) = await head.SubmitAsync($"{s.Work}?handler=Decide", Decision(0));

        Assert.Equal(HttpStatusCode.BadRequest, again);
        Assert.Contains("该步骤已经处理过了", html);
        var proposal = await ProposalAsync(id);
        Assert.Single(proposal.Decisions);
        Assert.Equal(StaffRole.ConfidentialityReviewer, proposal.CurrentRole);
    }

    [DbFact]
    public async Task Staff_of_another_body_get_404_everywhere()
    {
        var s = await SetUpAsync();
        await DraftAndSubmitAsync(s, s.Drafter);
        var (other, _) = await app.CreateBodyAsync();
        var outsiders = new[] { await StaffAsync(StaffRole.Drafter, other), await StaffAsync(StaffRole.SectionHead, other), await StaffAsync(StaffRole.BodyAdmin, other) };

        foreach (var outsider in outsiders)
        {
            Assert.Equal(HttpStatusCode.NotFound, (await outsider.FetchAsync(s.Work)).Status);
            Assert.Equal(HttpStatusCode.NotFound, (await outsider.FetchAsync(s.Edit)).Status);
            Assert.Equal(HttpStatusCode.NotFound, (await outsider.SubmitAsync(s.Edit, Form("<p>外机构改写</p>", "改写"))).Status);
            Assert.Equal(HttpStatusCode.NotFound, (await outsider.SubmitAsync($"{s.Work}?handler=Decide", Decision(0))).Status);
        }
        Assert.Equal(HttpStatusCode.NotFound, (await s.Drafter.FetchAsync("/admin/guides/999999")).Status);
    }

    [DbTheory]
    [InlineData(StaffRole.SectionHead)]
    [InlineData(StaffRole.ConfidentialityReviewer)]
    [InlineData(StaffRole.LeadershipApprover)]
    [InlineData(StaffRole.BodyAdmin)]
    public async Task Only_drafters_may_write_or_submit_a_guide_text(StaffRole role)
    {
        var s = await SetUpAsync();
        var person = await StaffAsync(role, s.Body);

        Assert.Equal(HttpStatusCode.OK, (await person.FetchAsync(s.Work)).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await person.FetchAsync(s.Edit)).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await person.SubmitAsync(s.Edit, Form("<p>越权改写</p>", "改写"))).Status);
        Assert.Equal(HttpStatusCode.Redirect, (await s.Drafter.SubmitAsync(s.Edit, Form("<p>信息员的稿</p>", "改写"))).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await person.SubmitAsync($"{s.Work}?handler=Submit", [])).Status);
        Assert.Equal(ProposalStatus.Editing, await app.WithDbAsync((db, _) => db.GuideProposals.Where(p => p.BodyId == s.Body.Id).Select(p => p.Status).SingleAsync()));
    }

    [DbFact]
    public async Task An_empty_change_note_is_400_with_what_was_typed_kept()
    {
        var s = await SetUpAsync();

        var (status, html, _) = await s.Drafter.SubmitAsync(s.Edit, Form("<p>我写的新指南不会丢</p>", " "));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("请说明这次修改了什么（将显示在历史版本中）。", html);
        Assert.Contains("href=\"#Input_ChangeNote\"", html);
        Assert.Contains("我写的新指南不会丢", html);
        Assert.Equal(0, await app.WithDbAsync((db, _) => db.GuideProposals.CountAsync(p => p.BodyId == s.Body.Id)));
    }

    [DbFact]
    public async Task Two_drafters_editing_at_once_are_told_not_overwritten()
    {
        var s = await SetUpAsync();
        var second = await StaffAsync(StaffRole.Drafter, s.Body);
        Assert.Equal(HttpStatusCode.Redirect, (await s.Drafter.SubmitAsync(s.Edit, Form("<p>初稿</p>", "改写"))).Status);
        var revision = RevisionIn(await s.Drafter.GetOkAsync(s.Edit));
        Assert.Equal(revision, RevisionIn(await second.GetOkAsync(s.Edit)));

        Assert.Equal(HttpStatusCode.Redirect, (await s.Drafter.SubmitAsync(s.Edit, Form("<p>甲的修改</p>", "改写", revision))).Status);
        var (status, html, _) = await second.SubmitAsync(s.Edit, Form("<p>乙的修改</p>", "改写", revision));

        Assert.Equal(HttpStatusCode.Conflict, status);
        Assert.Contains("其他人已经修改了这份指南稿", html);
        Assert.Contains("乙的修改", html);
        Assert.Contains("甲的修改", await s.Drafter.GetOkAsync(s.Edit));
    }

    [DbTheory]
    [InlineData("mask")]
    [InlineData("justify")]
    public async Task A_mobile_number_blocks_confidentiality_approval_until_masked_or_justified(string resolution)
    {
        var s = await SetUpAsync();
        var head = await StaffAsync(StaffRole.SectionHead, s.Body);
        var secrecy = await StaffAsync(StaffRole.ConfidentialityReviewer, s.Body);
        var leader = await StaffAsync(StaffRole.LeadershipApprover, s.Body);
        var id = await DraftAndSubmitAsync(s, s.Drafter, "<p>咨询联系人手机：13800138000</p>");
        Assert.Equal(HttpStatusCode.Redirect, (await head.SubmitAsync($"{s.Work}?handler=Decide", Decision(0))).Status);

        var review = await secrecy.GetOkAsync(s.Work);
        Assert.Contains("未处理 1 处", review);
        var (blocked, blockedHtml, _) = await secrecy.SubmitAsync($"{s.Work}?handler=Decide", Decision(1));
        Assert.Equal(HttpStatusCode.BadRequest, blocked);
        Assert.Contains("还有 1 处个人信息未处理", blockedHtml);

        var resolved = resolution == "mask"
            ? await secrecy.SubmitAsync($"{s.Work}?handler=Mask", new() { ["field"] = "正文", ["start"] = StartIn(review), ["text"] = "13800138000" })
            : await secrecy.SubmitAsync($"{s.Work}?handler=Justify", new() { ["field"] = "正文", ["text"] = "13800138000", ["justification"] = "单位公务手机，按规定公开。" });
        Assert.Equal(HttpStatusCode.Redirect, resolved.Status);
        Assert.Equal(HttpStatusCode.Redirect, (await secrecy.SubmitAsync($"{s.Work}?handler=Decide", Decision(1))).Status);
        Assert.Equal(HttpStatusCode.Redirect, (await leader.SubmitAsync($"{s.Work}?handler=Decide", Decision(2))).Status);

        var page = await app.Browser().GetOkAsync(s.Public);
        Assert.Contains(resolution == "mask" ? "138****8000" : "13800138000", page);
        Assert.Equal(resolution == "mask", !page.Contains("13800138000", StringComparison.Ordinal));
        var action = resolution == "mask" ? GuideAudit.Mask : GuideAudit.Justify;
        Assert.Equal(1, await app.WithDbAsync((db, _) => db.AuditRecords.CountAsync(r => r.Action == action && r.EntityType == nameof(GuideProposal) && r.EntityId == id.ToString(CultureInfo.InvariantCulture))));
    }

    [DbFact]
    public async Task The_dashboard_lists_guide_texts_as_drafts_and_as_work_for_the_next_reviewer()
    {
        var s = await SetUpAsync();
        var head = await StaffAsync(StaffRole.SectionHead, s.Body);
        var link = $"<a href=\"{s.Work}\">政府信息公开指南稿</a>";
        Assert.Equal(HttpStatusCode.Redirect, (await s.Drafter.SubmitAsync(s.Edit, Form("<p>草稿</p>", "改写"))).Status);

        var drafts = Section(await s.Drafter.GetOkAsync("/admin"), "drafts");
        Assert.Contains(link, drafts);
        Assert.Contains("编辑中", drafts);
        Assert.DoesNotContain(link, Section(await head.GetOkAsync("/admin"), "review"));

        Assert.Equal(HttpStatusCode.Redirect, (await s.Drafter.SubmitAsync($"{s.Work}?handler=Submit", [])).Status);

        var forHead = Section(await head.GetOkAsync("/admin"), "review");
        Assert.Contains(link, forHead);
        Assert.Contains("待科室负责人审核", forHead);
        Assert.Contains("无法定时限", forHead);
        Assert.DoesNotContain(link, Section(await s.Drafter.GetOkAsync("/admin"), "drafts"));
        Assert.DoesNotContain(link, Section(await s.Drafter.GetOkAsync("/admin"), "review"));
    }

    [DbFact]
    public async Task A_text_approved_for_later_is_published_when_its_time_comes()
    {
        var s = await SetUpAsync();
        var id = await DraftAndSubmitAsync(s, s.Drafter);
        foreach (var (role, ticket) in new[] { (StaffRole.SectionHead, 0), (StaffRole.ConfidentialityReviewer, 1) })
        {
            Assert.Equal(HttpStatusCode.Redirect, (await (await StaffAsync(role, s.Body)).SubmitAsync($"{s.Work}?handler=Decide", Decision(ticket))).Status);
        }
        var later = DateTimeOffset.UtcNow.AddDays(3);
        var publishAt = later.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);
        var leader = await StaffAsync(StaffRole.LeadershipApprover, s.Body);
        Assert.Equal(HttpStatusCode.Redirect, (await leader.SubmitAsync($"{s.Work}?handler=Decide", new(Decision(2)) { ["publishAt"] = publishAt })).Status);
        Assert.Contains("定于", await leader.GetOkAsync(s.Work));
        Assert.DoesNotContain(NewText, await app.Browser().GetOkAsync(s.Public));

        var published = await app.WithDbAsync((db, services) =>
            new ProposalPublisher(db, services.GetRequiredService<Gongkai.Items.IndexNumberAllocator>(), new FixedTime(later.AddMinutes(1))).PublishDueAsync());

        Assert.True(published >= 1);
        Assert.Contains(NewText, await app.Browser().GetOkAsync(s.Public));
        Assert.Equal(2, (await ProposalAsync(id)).PublishedNumber);
    }

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    private static string RevisionIn(string html) => RevisionInput().Match(html).Groups[1].Value;

    private static string StartIn(string html) => StartInput().Match(html).Groups[1].Value;

    /// <summary>The dashboard section with the heading id <paramref name="id"/>.</summary>
    private static string Section(string html, string id)
    {
        var start = html.IndexOf($"aria-labelledby=\"{id}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no section {id}");
        return html[start..html.IndexOf("</section>", start, StringComparison.Ordinal)];
    }

    [GeneratedRegex("name=\"Revision\" value=\"(\\d+)\"")]
    private static partial Regex RevisionInput();

    [GeneratedRegex("name=\"start\" value=\"(\\d+)\"")]
    private static partial Regex StartInput();
}

public sealed class GuideReviewJourneyTests_Sqlite(BackOfficeSqliteApp app) : GuideReviewJourneyTests(app), IClassFixture<BackOfficeSqliteApp>;

public sealed class GuideReviewJourneyTests_Postgres(BackOfficePostgresApp app) : GuideReviewJourneyTests(app), IClassFixture<BackOfficePostgresApp>;
