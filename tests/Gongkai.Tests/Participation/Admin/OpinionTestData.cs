using Gongkai.Bodies;
using Gongkai.Calendar;
using Gongkai.Participation;
using Gongkai.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Tests.Participation.Admin;

/// <summary>
/// Opinions for back-office tests: received through <see cref="OpinionIntake"/>, and brought into a
/// state by the opinion's own steps (never by setting fields), saved through the test's database.
/// </summary>
public static class OpinionTestData
{
    public static readonly OpinionActor Tester = new(null, "测试");

    public static Task<Opinion> ReceiveOpinionAsync(this GongkaiApp app, Body body, string text = "村里的路灯坏了很久，请尽快修理。", OpinionKind kind = OpinionKind.Suggestion,
        bool wantsPublic = false, DateOnly? receivedOn = null, OpinionAuthor? author = null) =>
        app.WithDbAsync(async (db, services) =>
        {
            var tracked = await db.Bodies.SingleAsync(b => b.Id == body.Id);
            var opinion = await services.GetRequiredService<OpinionIntake>().ReceiveAsync(kind, OpinionChannel.Website, tracked, OpinionSubject.None, null, text,
                author ?? new OpinionAuthor("张三", "13912345678", null), wantsPublic, receivedOn, Tester, default);
            await db.SaveChangesAsync();
            return opinion;
        });

    /// <summary>Runs <paramref name="step"/> on the stored opinion and saves; <paramref name="at"/> is when it happens (now unless given).</summary>
    public static Task DriveAsync(this GongkaiApp app, int id, Action<Opinion, WorkingDayCalendar, DateTimeOffset> step, DateTimeOffset? at = null) =>
        app.WithDbAsync(async (db, services) =>
        {
            var opinion = await db.Opinions.SingleAsync(o => o.Id == id);
            step(opinion, await services.GetRequiredService<CalendarSource>().GetAsync(), at ?? DateTimeOffset.UtcNow);
            await db.SaveChangesAsync();
            return 0;
        });

    /// <summary>Answered privately, with one task done: waiting for a supervisor to verify.</summary>
    public static Task ReadyToVerifyAsync(this GongkaiApp app, int id) =>
        app.DriveAsync(id, (o, calendar, now) =>
        {
            o.WriteAnswer("已安排维修。", isPublic: false, Tester, now);
            var task = o.AddTask("更换路灯", "村委会", 5, calendar, Tester, now);
            o.CompleteTask(task, "已更换 3 盏路灯。", Tester, now);
        });

    public static Task<Opinion> StoredOpinionAsync(this GongkaiApp app, int id) =>
        app.WithDbAsync((db, _) => db.Opinions.AsNoTracking().SingleAsync(o => o.Id == id));
}
