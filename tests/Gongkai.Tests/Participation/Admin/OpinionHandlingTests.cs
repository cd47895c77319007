using System.Globalization;
using System.Net;
using Gongkai.Participation;
using Gongkai.Staff;
using Gongkai.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Tests.Participation.Admin;

/// <summary>Handling an opinion in the back office, step by step, as each role may.</summary>
public abstract class OpinionHandlingTests(GongkaiApp app)
{
    private static string S(int n) => n.ToString(CultureInfo.InvariantCulture);

    private Task<int> RevisionAsync(int id) => app.WithDbAsync((db, _) => db.Opinions.Where(o => o.Id == id).Select(o => o.Revision).SingleAsync());

    private async Task<(HttpStatusCode Status, string Body)> StepAsync(HttpClient browser, int id, string handler, params (string Field, string Value)[] fields)
    {
        var form = fields.ToDictionary(f => "Input." + f.Field, f => f.Value);
        form.TryAdd("Input.Revision", S(await RevisionAsync(id)));
        var (status, body, _) = await browser.SubmitAsync($"/admin/opinions/{id}?handler={handler}", form);
        return (status, body);
    }

    private static void Done((HttpStatusCode Status, string Body) result) =>
        Assert.True(result.Status == HttpStatusCode.Redirect, $"{(int)result.Status}\n{result.Body[..Math.Min(result.Body.Length, 3000)]}");

    /// <summary>The named actions recorded about the opinion, in order, each save once (a save writes a record per row it changes).</summary>
    private async Task<List<string>> AuditActionsAsync(string trackingCode)
    {
        var actions = await app.WithDbAsync((db, _) => db.AuditRecords.Where(r => r.Note != null && r.Note.Contains(trackingCode)).OrderBy(r => r.Sequence).Select(r => new { r.Action, r.At }).ToListAsync());
        return actions.Where((a, n) => n == 0 || a.At != actions[n - 1].At).Select(a => a.Action).ToList();
    }

    [DbFact]
    public async Task An_opinion_goes_from_receipt_to_a_published_rectification_verified_by_a_supervisor_of_the_parent_body()
    {
        app.SkipUnlessAvailable();
        var county = await app.CreateBodyUnderAsync(null, "示范县教育局");
        var school = await app.CreateBodyUnderAsync(county, "示范小学");
        var (_, clerk) = await app.SignedInAsync((StaffRole.SectionHead, school));
        var (_, leader) = await app.SignedInAsync((StaffRole.LeadershipApprover, school));
        var (_, supervisor) = await app.SignedInAsync((StaffRole.Supervisor, county));
        var teacher = await app.CreateStaffAsync((StaffRole.Drafter, school));
        var opinion = await app.ReceiveOpinionAsync(school, "校服费是否包含冬季校服？收费标准请公开。");
        var id = opinion.Id;

        var page = await clerk.GetOkAsync($"/admin/opinions/{id}");
        Assert.Contains("校服费是否包含冬季校服", page);
        Assert.Contains("13912345678", page); // the author's contact, for staff only
        Assert.Contains($"<option value=\"{teacher.Id}\">{teacher.DisplayName}</option>", page);

        Done(await StepAsync(clerk, id, "Assign", ("HandlerId", S(teacher.Id))));
        Done(await StepAsync(clerk, id, "Answer", ("Text", "包含冬季校服，收费标准见附件。"), ("Public", "true")));
        Assert.Equal(OpinionStatus.AnswerPending, (await app.StoredOpinionAsync(id)).Status);

        // The handler may not approve their own public answer.
        var selfApproval = await StepAsync(clerk, id, "Approve");
        Assert.Equal(HttpStatusCode.BadRequest, selfApproval.Status);
        Assert.Contains("只有本机关的领导或公开办负责人可以审核公开答复", selfApproval.Body);

        Done(await StepAsync(leader, id, "Return", ("Text", "请写明收费标准的文号。")));
        Assert.Equal(OpinionStatus.Assigned, (await app.StoredOpinionAsync(id)).Status);
        Done(await StepAsync(clerk, id, "Answer", ("Text", "包含冬季校服，收费标准见示教〔2025〕3号。"), ("Public", "true")));
        Done(await StepAsync(leader, id, "Approve"));
        Assert.Equal(OpinionStatus.Answered, (await app.StoredOpinionAsync(id)).Status);

        Done(await StepAsync(clerk, id, "Task", ("Text", "在校门口公示栏公示收费标准"), ("Owner", "总务处"), ("Days", "5")));
        Done(await StepAsync(clerk, id, "Task", ("Text", "在门户网站公开收费依据"), ("Owner", "办公室"), ("Days", "10")));
        var tasks = (await app.StoredOpinionAsync(id)).Tasks.OrderBy(t => t.Id).ToList();
        Assert.Equal(2, tasks.Count);

        // Not before every task is done, and never by the handler.
        Done(await StepAsync(clerk, id, "Complete", ("TaskId", S(tasks[0].Id)), ("Text", "已于公示栏张贴，附照片。")));
        var early = await StepAsync(supervisor, id, "Verify", ("Text", "已核实。"));
        Assert.Equal(HttpStatusCode.BadRequest, early.Status);
        Assert.Contains("还有未完成的整改任务", early.Body);
        Done(await StepAsync(clerk, id, "Complete", ("TaskId", S(tasks[1].Id)), ("Text", "已在网站公开。")));
        var byHandler = await StepAsync(clerk, id, "Verify", ("Text", "已核实。"));
        Assert.Equal(HttpStatusCode.BadRequest, byHandler.Status);
        Assert.Contains("整改须由监督人员核实", byHandler.Body);

        Assert.Contains("核实整改", await supervisor.GetOkAsync($"/admin/opinions/{id}"));
        Done(await StepAsync(supervisor, id, "Verify", ("Text", "经现场查看，两项整改均已完成。")));
        // The supervisor reads and verifies, but does not publish.
        Assert.Equal(HttpStatusCode.Forbidden, (await StepAsync(supervisor, id, "Publish", ("Text", "已整改。"))).Status);
        Done(await StepAsync(clerk, id, "Publish", ("Text", "收费标准已在公示栏和网站公开。")));

        var done = await app.StoredOpinionAsync(id);
        Assert.Equal(OpinionStatus.RectificationPublished, done.Status);
        Assert.Equal("经现场查看，两项整改均已完成。", done.VerificationNote);
        page = await clerk.GetOkAsync($"/admin/opinions/{id}");
        Assert.Contains("整改结果已公开", page);
        Assert.Contains("请写明收费标准的文号。", page); // the returned answer stays in the timeline
        Assert.Equal(
            ["交办意见", "答复意见", "退回公开答复", "答复意见", "审核通过公开答复", "确定整改任务", "确定整改任务", "整改任务完成", "整改任务完成", "核实整改", "公开整改结果"],
            await AuditActionsAsync(done.TrackingCode));
    }

    [DbFact]
    public async Task Each_role_may_take_only_its_own_steps_and_other_bodies_see_nothing()
    {
        app.SkipUnlessAvailable();
        var body = await app.CreateBodyUnderAsync(null);
        var other = await app.CreateBodyUnderAsync(null);
        var opinion = await app.ReceiveOpinionAsync(body);
        var url = $"/admin/opinions/{opinion.Id}";

        foreach (var role in new[] { StaffRole.BodyAdmin, StaffRole.DisclosureOfficeHead, StaffRole.LeadershipApprover, StaffRole.SectionHead, StaffRole.Supervisor })
        {
            var (_, reader) = await app.SignedInAsync((role, body));
            Assert.Contains(opinion.TrackingCode, await reader.GetOkAsync(url));
            Assert.Contains(opinion.TrackingCode, await reader.GetOkAsync("/admin/opinions"));
            var (_, outsider) = await app.SignedInAsync((role, other));
            Assert.Equal(HttpStatusCode.NotFound, (await outsider.FetchAsync(url)).Status);
            Assert.Equal(HttpStatusCode.NotFound, (await StepAsync(outsider, opinion.Id, "Answer", ("Text", "答复"), ("Public", "false"))).Status);
            Assert.DoesNotContain(opinion.TrackingCode, await outsider.GetOkAsync("/admin/opinions"));
        }
        foreach (var role in new[] { StaffRole.LeadershipApprover, StaffRole.Supervisor })
        {
            var (_, reader) = await app.SignedInAsync((role, body));
            Assert.DoesNotContain("Input.HandlerId", await reader.GetOkAsync(url));
            Assert.Equal(HttpStatusCode.Forbidden, (await StepAsync(reader, opinion.Id, "Answer", ("Text", "答复"), ("Public", "false"))).Status);
        }
        foreach (var role in new[] { StaffRole.Drafter, StaffRole.ApplicationHandler, StaffRole.ConfidentialityReviewer, StaffRole.FinanceAuditor })
        {
            var (_, stranger) = await app.SignedInAsync((role, body));
            Assert.Equal(HttpStatusCode.Forbidden, (await stranger.FetchAsync("/admin/opinions")).Status);
            Assert.Equal(HttpStatusCode.NotFound, (await stranger.FetchAsync(url)).Status);
        }
        Assert.Equal(OpinionStatus.Received, (await app.StoredOpinionAsync(opinion.Id)).Status);
    }

    [DbFact]
    public async Task A_refused_step_is_400_with_the_reason_and_what_was_typed_and_nothing_saved()
    {
        app.SkipUnlessAvailable();
        var body = await app.CreateBodyUnderAsync(null);
        var (_, clerk) = await app.SignedInAsync((StaffRole.DisclosureOfficeHead, body));
        var opinion = await app.ReceiveOpinionAsync(body);
        await app.DriveAsync(opinion.Id, (o, _, now) => o.WriteAnswer("已收到，将安排维修。", isPublic: false, OpinionTestData.Tester, now));
        var revision = await RevisionAsync(opinion.Id);

        var (status, html) = await StepAsync(clerk, opinion.Id, "Task", ("Text", "更换村口路灯 <script>alert(1)</script>"), ("Owner", "村委会"), ("Days", "三天"));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("请填写整改时限（1 至 250 个工作日）", html);
        Assert.Contains("更换村口路灯 &lt;script&gt;alert(1)&lt;/script&gt;", html);
        Assert.Contains("value=\"村委会\"", html);
        Assert.DoesNotContain("<script>alert(1)</script>", html);

        (status, html) = await StepAsync(clerk, opinion.Id, "Answer", ("Text", "再答复一次"), ("Public", "false"));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("该意见已答复", html);

        var stored = await app.StoredOpinionAsync(opinion.Id);
        Assert.Equal(revision, stored.Revision);
        Assert.Empty(stored.Tasks);
        Assert.Equal("已收到，将安排维修。", stored.Answer);
    }

    [DbFact]
    public async Task A_step_on_a_stale_revision_is_409_and_changes_nothing()
    {
        app.SkipUnlessAvailable();
        var body = await app.CreateBodyUnderAsync(null);
        var (_, clerk) = await app.SignedInAsync((StaffRole.SectionHead, body));
        var opinion = await app.ReceiveOpinionAsync(body);
        var stale = await RevisionAsync(opinion.Id);
        await app.DriveAsync(opinion.Id, (o, _, now) => o.WriteAnswer("已答复。", isPublic: false, OpinionTestData.Tester, now));

        var (status, html) = await StepAsync(clerk, opinion.Id, "Answer", ("Text", "另一份答复"), ("Public", "false"), ("Revision", S(stale)));
        Assert.Equal(HttpStatusCode.Conflict, status);
        Assert.Contains("这条意见刚被其他人处理过", html);
        Assert.Equal("已答复。", (await app.StoredOpinionAsync(opinion.Id)).Answer);
    }

    [DbFact]
    public async Task The_work_page_shows_the_moderator_personal_data_in_the_text()
    {
        app.SkipUnlessAvailable();
        var body = await app.CreateBodyUnderAsync(null);
        var (_, clerk) = await app.SignedInAsync((StaffRole.SectionHead, body));
        var opinion = await app.ReceiveOpinionAsync(body, "我的电话是13812345678，请回电。", wantsPublic: true);

        var page = await clerk.GetOkAsync($"/admin/opinions/{opinion.Id}");
        Assert.Contains("个人信息检查（1 处）", page);
        Assert.Contains("<mark>13812345678</mark>", page);

        // A public answer is checked too, before the approver lets it onto the portal.
        await app.DriveAsync(opinion.Id, (o, _, now) => o.WriteAnswer("已联系张先生，身份证号 11010519491231002X 已登记。", isPublic: true, OpinionTestData.Tester, now));
        var (_, leader) = await app.SignedInAsync((StaffRole.LeadershipApprover, body));
        page = await leader.GetOkAsync($"/admin/opinions/{opinion.Id}");
        Assert.Contains("公开答复中含可能的个人信息 1 处", page);
        Assert.Contains("<mark>11010519491231002X</mark>", page);
        Assert.Contains("审核通过", page);
    }
}

public sealed class OpinionHandlingTests_Sqlite(BackOfficeSqliteApp app) : OpinionHandlingTests(app), IClassFixture<BackOfficeSqliteApp>;

public sealed class OpinionHandlingTests_Postgres(BackOfficePostgresApp app) : OpinionHandlingTests(app), IClassFixture<BackOfficePostgresApp>;
