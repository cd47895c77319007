using Gongkai.Demo;
using Gongkai.Participation;
using Gongkai.Participation.Consultations;
using Gongkai.Participation.Registers;
using Gongkai.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Tests.Demo;

/// <summary>The demo shows public participation at work: issue 5's three journeys, already walked once.</summary>
public sealed class DemoParticipationTests(DemoApp app) : IClassFixture<DemoApp>
{
    [Fact]
    public async Task The_parents_comment_on_the_fee_notice_went_all_the_way_to_a_published_rectification()
    {
        var comment = await app.WithDbAsync((db, _) => db.Opinions.AsNoTracking().Include(o => o.Body).SingleAsync(o => o.Kind == OpinionKind.Comment));
        Assert.Equal("shiyan-xiaoxue", comment.Body.Slug);
        Assert.Equal(OpinionStatus.RectificationPublished, comment.Status);
        Assert.True(comment.TextIsPublic && comment.AnswerIsPublic);
        Assert.All(comment.Tasks, t => Assert.True(t.IsDone));
    }

    [Fact]
    public async Task The_township_logged_a_hotline_call_whose_opinion_is_being_rectified_and_a_visit_whose_complaint_went_to_the_township()
    {
        var entries = await app.WithDbAsync((db, _) => db.RegisterEntries.AsNoTracking().Include(e => e.Opinions).ThenInclude(o => o.Opinion).ToListAsync());
        var call = entries.Single(e => e.Kind == RegisterKind.Hotline);
        Assert.Contains("通达工程", call.Matter);
        Assert.Equal(OpinionStatus.Rectifying, Assert.Single(call.Opinions).Opinion.Status);
        var complaint = Assert.Single(entries.Single(e => e.Kind == RegisterKind.HouseholdVisit).Opinions).Opinion;
        Assert.Equal((OpinionKind.Complaint, call.BodyId), (complaint.Kind, complaint.BodyId));
        Assert.NotNull(complaint.AgainstBodyId);
        Assert.Contains(entries, e => e.Kind == RegisterKind.ReadingRoom);

        var clerk = await app.SignInAsync("qinghe-drafter", DemoSeeder.DemoPassword);
        Assert.Contains("王大伯", await clerk.GetOkAsync("/admin/registers?kind=Hotline"));
        Assert.Contains("镇政务公开栏", await clerk.GetOkAsync("/admin/registers/postings"));
    }

    [Fact]
    public async Task The_township_consultation_closed_with_its_account_and_decision_and_another_is_open()
    {
        var consultations = await app.WithDbAsync((db, _) => db.Consultations.AsNoTracking().Include(c => c.Body).ToListAsync());
        var closed = consultations.Single(c => c.Stage == ConsultationStage.Concluded);
        Assert.NotNull(closed.DecisionItemId);
        Assert.Equal(3, await app.WithDbAsync((db, _) => db.Opinions.CountAsync(o => o.ConsultationId == closed.Id)));

        var page = await app.Browser().GetOkAsync($"/bodies/{closed.Body.Slug}/consultations");
        Assert.Contains("清河镇农村人居环境整治实施方案（征求意见稿）", page);
        Assert.Contains("已公布采纳情况", page);
        Assert.Contains("清河镇2027年为民办实事项目（征求意见稿）", page);
        Assert.Contains("正在征求意见", page);

        var consultation = await app.Browser().GetOkAsync($"/consultations/{closed.Id}");
        Assert.Contains("意见收集和采纳情况", consultation);
        Assert.Contains("收集点不要放在村口小学旁边", consultation);
        var entity = consultation.IndexOf("&#x", StringComparison.Ordinal);
        Assert.True(entity < 0, entity < 0 ? "" : consultation.Substring(Math.Max(0, entity - 120), 240));
    }
}
