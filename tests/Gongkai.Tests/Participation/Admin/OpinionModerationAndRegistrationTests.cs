using System.Globalization;
using System.Net;
using Gongkai.Participation;
using Gongkai.Staff;
using Gongkai.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Tests.Participation.Admin;

/// <summary>Moderation of public comments, the body's show-at-once setting, staff registration from other channels, and the dashboard.</summary>
public abstract class OpinionModerationAndRegistrationTests(GongkaiApp app)
{
    private static string S(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Today => DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private Task<List<(string Action, string? Note)>> AuditAsync(string action) =>
        app.WithDbAsync(async (db, _) => (await db.AuditRecords.Where(r => r.Action == action).Select(r => new { r.Action, r.Note }).ToListAsync()).Select(r => (r.Action, r.Note)).ToList());

    [DbFact]
    public async Task The_moderation_queue_lists_pending_public_comments_oldest_first_and_hiding_needs_a_recorded_reason()
    {
        app.SkipUnlessAvailable();
        var body = await app.CreateBodyUnderAsync(null);
        var (_, moderator) = await app.SignedInAsync((StaffRole.SectionHead, body));
        var older = await app.ReceiveOpinionAsync(body, "建议在村口增设公交站台。", wantsPublic: true);
        var spam = await app.ReceiveOpinionAsync(body, "低价出售 请加微信 电话13812345678", wantsPublic: true);
        var notPublic = await app.ReceiveOpinionAsync(body, "这条不同意公开。", wantsPublic: false);

        var queue = await moderator.GetOkAsync("/admin/opinions/moderation");
        Assert.True(queue.IndexOf(older.TrackingCode, StringComparison.Ordinal) < queue.IndexOf(spam.TrackingCode, StringComparison.Ordinal));
        Assert.DoesNotContain(notPublic.TrackingCode, queue);
        Assert.Contains("<mark>13812345678</mark>", queue);

        var form = new Dictionary<string, string> { ["Revision"] = S(spam.Revision), ["Reason"] = " " };
        var (status, html, _) = await moderator.SubmitAsync($"/admin/opinions/moderation?handler=Hide&id={spam.Id}", form);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("请写明隐藏的理由", html);
        Assert.Equal(Moderation.Pending, (await app.StoredOpinionAsync(spam.Id)).Moderation);

        form["Reason"] = "广告信息";
        Assert.Equal(HttpStatusCode.Redirect, (await moderator.SubmitAsync($"/admin/opinions/moderation?handler=Hide&id={spam.Id}", form)).Status);
        var hidden = await app.StoredOpinionAsync(spam.Id);
        Assert.Equal(Moderation.Hidden, hidden.Moderation);
        Assert.Equal("广告信息", hidden.HiddenReason);
        Assert.Contains(await AuditAsync("隐藏留言"), r => r.Note == $"{spam.TrackingCode}：广告信息");

        Assert.Equal(HttpStatusCode.Redirect, (await moderator.SubmitAsync($"/admin/opinions/moderation?handler=Show&id={older.Id}", new() { ["Revision"] = S(older.Revision) })).Status);
        Assert.True((await app.StoredOpinionAsync(older.Id)).TextIsPublic);
        queue = await moderator.GetOkAsync("/admin/opinions/moderation");
        Assert.Contains($"{older.TrackingCode} 已公开显示", queue); // the flash, once
        Assert.DoesNotContain($"href=\"/admin/opinions/{older.Id}\"", queue);
        Assert.DoesNotContain($"href=\"/admin/opinions/{spam.Id}\"", queue);

        // Someone else's body: not found; a reader who does not moderate: refused.
        var other = await app.ReceiveOpinionAsync(await app.CreateBodyUnderAsync(null), "别的机关的留言。", wantsPublic: true);
        Assert.Equal(HttpStatusCode.NotFound, (await moderator.SubmitAsync($"/admin/opinions/moderation?handler=Show&id={other.Id}", new() { ["Revision"] = S(other.Revision) })).Status);
        var (_, leader) = await app.SignedInAsync((StaffRole.LeadershipApprover, body));
        Assert.Equal(HttpStatusCode.Forbidden, (await leader.FetchAsync("/admin/opinions/moderation")).Status);
    }

    [DbFact]
    public async Task A_body_admin_chooses_to_show_comments_at_once_and_the_choice_is_audited()
    {
        app.SkipUnlessAvailable();
        var body = await app.CreateBodyUnderAsync(null);
        var other = await app.CreateBodyUnderAsync(null);
        var (_, admin) = await app.SignedInAsync((StaffRole.BodyAdmin, body));
        Assert.Contains("先审核后显示", await admin.GetOkAsync("/admin/opinions/settings"));

        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitAsync("/admin/opinions/settings", new() { ["bodyId"] = S(body.Id), ["showAtOnce"] = "true" })).Status);
        Assert.True(await app.WithDbAsync((db, _) => db.ParticipationSettings.Where(s => s.BodyId == body.Id).Select(s => s.ShowCommentsAtOnce).SingleAsync()));
        Assert.Contains(await AuditAsync("设置留言显示方式"), r => r.Note == $"{body.Name}：留言即时显示");
        Assert.True((await app.ReceiveOpinionAsync(body, "支持这项工作。", wantsPublic: true)).TextIsPublic);
        Assert.False((await app.ReceiveOpinionAsync(body, "请回电 13812345678", wantsPublic: true)).TextIsPublic); // personal data still waits

        Assert.Equal(HttpStatusCode.NotFound, (await admin.SubmitAsync("/admin/opinions/settings", new() { ["bodyId"] = S(other.Id), ["showAtOnce"] = "true" })).Status);
        var (_, head) = await app.SignedInAsync((StaffRole.DisclosureOfficeHead, body));
        Assert.Equal(HttpStatusCode.Forbidden, (await head.SubmitAsync("/admin/opinions/settings", new() { ["bodyId"] = S(body.Id), ["showAtOnce"] = "false" })).Status);

        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitAsync("/admin/opinions/settings", new() { ["bodyId"] = S(body.Id), ["showAtOnce"] = "false" })).Status);
        Assert.False((await app.ReceiveOpinionAsync(body, "又一条。", wantsPublic: true)).TextIsPublic);
    }

    [DbFact]
    public async Task Township_staff_log_a_villagers_hotline_call_and_it_follows_the_same_path()
    {
        app.SkipUnlessAvailable();
        var county = await app.CreateBodyUnderAsync(null, "示范县人民政府");
        var township = await app.CreateBodyUnderAsync(county, "示范镇人民政府");
        var (clerkUser, clerk) = await app.SignedInAsync((StaffRole.SectionHead, township));
        var (_, supervisor) = await app.SignedInAsync((StaffRole.Supervisor, county));
        var fields = new Dictionary<string, string>
        {
            ["Input.BodyId"] = S(township.Id),
            ["Input.Channel"] = "Hotline",
            ["Input.Kind"] = "Suggestion",
            ["Input.ReceivedOn"] = Today,
            ["Input.Name"] = "王大爷",
            ["Input.Phone"] = "13700001111",
            ["Input.Title"] = "道路施工",
            ["Input.Text"] = "村东道路施工半个月没有围挡，晚上看不清，老人小孩出行不安全。",
        };

        var bad = new Dictionary<string, string>(fields) { ["Input.ReceivedOn"] = "2099-01-01" };
        var (status, html, _) = await clerk.SubmitAsync("/admin/opinions/register", bad);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("收到日期应为今天或之前的日期", html);
        Assert.Contains("村东道路施工半个月没有围挡", html);
        Assert.Contains("value=\"王大爷\"", html);
        Assert.True(StaffTestData.HasSelectedOption(html, "Hotline"));

        var (created, _, location) = await clerk.SubmitAsync("/admin/opinions/register", fields);
        Assert.Equal(HttpStatusCode.Redirect, created);
        var id = int.Parse(location!.Split('/')[^1], CultureInfo.InvariantCulture);
        var opinion = await app.StoredOpinionAsync(id);
        Assert.Equal(OpinionChannel.Hotline, opinion.Channel);
        Assert.Equal(township.Id, opinion.BodyId);
        Assert.Equal("13700001111", opinion.Author.Phone);
        Assert.Equal(clerkUser.Id, opinion.Events.Single().UserId);
        var page = await clerk.GetOkAsync(location);
        Assert.Contains($"已登记，查询码 {opinion.TrackingCode}", page);
        Assert.Contains("热线电话", page);

        async Task Step(HttpClient who, string handler, params (string, string)[] input)
        {
            var form = input.ToDictionary(f => "Input." + f.Item1, f => f.Item2);
            form["Input.Revision"] = S((await app.StoredOpinionAsync(id)).Revision);
            var (s, body, _) = await who.SubmitAsync($"/admin/opinions/{id}?handler={handler}", form);
            Assert.True(s == HttpStatusCode.Redirect, $"{handler}: {(int)s}\n{body[..Math.Min(body.Length, 2000)]}");
        }
        await Step(clerk, "Assign", ("HandlerId", S(clerkUser.Id)));
        await Step(clerk, "Answer", ("Text", "已要求施工单位当天设置围挡和警示灯。"), ("Public", "false"));
        await Step(clerk, "Task", ("Text", "施工路段设置围挡和夜间警示灯"), ("Owner", "镇建设办"), ("Days", "3"));
        var task = (await app.StoredOpinionAsync(id)).Tasks.Single();
        await Step(clerk, "Complete", ("TaskId", S(task.Id)), ("Text", "已设置围挡 200 米、警示灯 6 盏。"));
        await Step(supervisor, "Verify", ("Text", "电话回访王大爷，确认已整改。"));
        await Step(clerk, "Publish", ("Text", "村东道路施工路段已设置围挡和警示灯。"));
        Assert.Equal(OpinionStatus.RectificationPublished, (await app.StoredOpinionAsync(id)).Status);
    }

    [DbFact]
    public async Task A_complaint_logged_by_staff_goes_to_the_supervising_body_of_the_body_complained_of()
    {
        app.SkipUnlessAvailable();
        var county = await app.CreateBodyUnderAsync(null, "示范县人民政府");
        var township = await app.CreateBodyUnderAsync(county, "示范镇人民政府");
        var (_, admin) = await app.SignedInAsync((StaffRole.BodyAdmin, county)); // handles the county and, below it, the township
        var fields = new Dictionary<string, string>
        {
            ["Input.BodyId"] = S(township.Id),
            ["Input.AgainstBodyId"] = S(township.Id),
            ["Input.Channel"] = "Letter",
            ["Input.Kind"] = "Complaint",
            ["Input.ReceivedOn"] = Today,
            ["Input.Text"] = "镇政府未在规定期限内答复我的信息公开申请。",
        };

        var (status, html, _) = await admin.SubmitAsync("/admin/opinions/register", fields);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("对示范镇人民政府的投诉由示范县人民政府办理", html);

        fields["Input.BodyId"] = S(county.Id);
        var (created, _, location) = await admin.SubmitAsync("/admin/opinions/register", fields);
        Assert.Equal(HttpStatusCode.Redirect, created);
        var opinion = await app.StoredOpinionAsync(int.Parse(location!.Split('/')[^1], CultureInfo.InvariantCulture));
        Assert.Equal((county.Id, township.Id), (opinion.BodyId, opinion.AgainstBodyId));
        var (_, townshipHead) = await app.SignedInAsync((StaffRole.DisclosureOfficeHead, township));
        Assert.Equal(HttpStatusCode.NotFound, (await townshipHead.FetchAsync(location)).Status);
        Assert.Contains("<dt>被投诉机关</dt><dd>示范镇人民政府</dd>", await admin.GetOkAsync(location));
    }

    [DbFact]
    public async Task The_dashboard_shows_an_overdue_opinion_only_to_those_who_may_act_on_it()
    {
        app.SkipUnlessAvailable();
        var county = await app.CreateBodyUnderAsync(null);
        var body = await app.CreateBodyUnderAsync(county);
        var other = await app.CreateBodyUnderAsync(null);
        var overdue = await app.ReceiveOpinionAsync(body, "去年的意见，至今没有答复。", receivedOn: new DateOnly(2025, 3, 3));
        var pending = await app.ReceiveOpinionAsync(body, "等待审核的公开答复。");
        await app.DriveAsync(pending.Id, (o, _, now) => o.WriteAnswer("公开答复稿。", isPublic: true, OpinionTestData.Tester, now));
        var rectified = await app.ReceiveOpinionAsync(body, "路灯不亮。");
        await app.ReadyToVerifyAsync(rectified.Id);

        var (_, handler) = await app.SignedInAsync((StaffRole.SectionHead, body));
        var mine = await handler.GetOkAsync("/admin");
        Assert.Contains("公众参与：已超期和 3 个工作日内到期的答复（1）", mine);
        Assert.Contains($"href=\"/admin/opinions/{overdue.Id}\"", mine);
        Assert.Contains("已逾期", mine);
        Assert.DoesNotContain("等我审核的公开答复", mine);
        Assert.DoesNotContain("等待核实的整改", mine);

        var (_, leader) = await app.SignedInAsync((StaffRole.LeadershipApprover, body));
        var leaders = await leader.GetOkAsync("/admin");
        Assert.Contains("公众参与：等我审核的公开答复（1）", leaders);
        Assert.Contains($"href=\"/admin/opinions/{pending.Id}\"", leaders);
        Assert.DoesNotContain($"href=\"/admin/opinions/{overdue.Id}\"", leaders);

        var (_, supervisor) = await app.SignedInAsync((StaffRole.Supervisor, county));
        var supervisors = await supervisor.GetOkAsync("/admin");
        Assert.Contains("公众参与：等待核实的整改（1）", supervisors);
        Assert.Contains($"href=\"/admin/opinions/{rectified.Id}\"", supervisors);
        Assert.DoesNotContain($"href=\"/admin/opinions/{overdue.Id}\"", supervisors);

        // A task set in March 2025 for 5 working days is long overdue.
        var late = await app.ReceiveOpinionAsync(body, "垃圾清运不及时。", receivedOn: new DateOnly(2025, 3, 3));
        var march = new DateTimeOffset(2025, 3, 4, 2, 0, 0, TimeSpan.Zero);
        await app.DriveAsync(late.Id, (o, calendar, now) =>
        {
            o.WriteAnswer("将增加清运频次。", isPublic: false, OpinionTestData.Tester, now);
            o.AddTask("每日清运一次", "环卫所", 5, calendar, OpinionTestData.Tester, now);
        }, march);
        mine = await handler.GetOkAsync("/admin");
        Assert.Contains("公众参与：逾期未完成的整改任务（1）", mine);
        Assert.Contains($"href=\"/admin/opinions/{late.Id}\"", mine);
        Assert.DoesNotContain($"href=\"/admin/opinions/{late.Id}\"", await supervisor.GetOkAsync("/admin"));

        var (_, elsewhere) = await app.SignedInAsync((StaffRole.SectionHead, other));
        Assert.DoesNotContain($"href=\"/admin/opinions/{overdue.Id}\"", await elsewhere.GetOkAsync("/admin"));
        var (_, drafter) = await app.SignedInAsync((StaffRole.Drafter, body));
        Assert.DoesNotContain("公众参与：", await drafter.GetOkAsync("/admin"));
    }

    [DbFact]
    public async Task The_queue_filters_by_kind_channel_and_overdue()
    {
        app.SkipUnlessAvailable();
        var body = await app.CreateBodyUnderAsync(null);
        var (_, clerk) = await app.SignedInAsync((StaffRole.SectionHead, body));
        var overdue = await app.ReceiveOpinionAsync(body, "超期的举报。", kind: OpinionKind.Report, receivedOn: new DateOnly(2025, 3, 3));
        var fresh = await app.ReceiveOpinionAsync(body, "新的建议。");

        var all = await clerk.GetOkAsync("/admin/opinions");
        Assert.Contains(overdue.TrackingCode, all);
        Assert.Contains(fresh.TrackingCode, all);
        Assert.Contains("class=\"overdue\"", all);
        var onlyOverdue = await clerk.GetOkAsync("/admin/opinions?overdue=1");
        Assert.Contains(overdue.TrackingCode, onlyOverdue);
        Assert.DoesNotContain(fresh.TrackingCode, onlyOverdue);
        var suggestions = await clerk.GetOkAsync("/admin/opinions?kind=Suggestion");
        Assert.DoesNotContain(overdue.TrackingCode, suggestions);
        Assert.Contains(fresh.TrackingCode, suggestions);
        Assert.DoesNotContain(fresh.TrackingCode, await clerk.GetOkAsync("/admin/opinions?channel=Hotline"));
    }
}

public sealed class OpinionModerationAndRegistrationTests_Sqlite(BackOfficeSqliteApp app) : OpinionModerationAndRegistrationTests(app), IClassFixture<BackOfficeSqliteApp>;

public sealed class OpinionModerationAndRegistrationTests_Postgres(BackOfficePostgresApp app) : OpinionModerationAndRegistrationTests(app), IClassFixture<BackOfficePostgresApp>;
