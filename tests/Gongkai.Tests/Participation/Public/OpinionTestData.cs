using Gongkai.Bodies;
using Gongkai.Calendar;
using Gongkai.Participation;
using Gongkai.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Tests.Participation.Public;

/// <summary>How far an opinion's handling has gone, for <see cref="OpinionTestData.CreateOpinionAsync"/>.</summary>
public enum Handling { Received, AnswerPending, Answered, Rectifying, Verified, RectificationPublished }

/// <summary>An opinion to create and the state to take it to; texts default to recognisable Chinese.</summary>
public sealed record OpinionSetup(OpinionKind Kind, string Text)
{
    public string? Title { get; init; }
    public OpinionAuthor Author { get; init; } = new("李家长", "13912345678", "li@example.com");
    public bool WantsPublic { get; init; } = true;
    public OpinionSubject Subject { get; init; } = OpinionSubject.None;
    public Moderation Moderation { get; init; } = Moderation.Pending;
    public Handling Handling { get; init; } = Handling.Received;
    public bool AnswerPublic { get; init; } = true;
    public string Answer { get; init; } = "感谢您的意见，已研究答复。";
    public string Task { get; init; } = "在校门口张贴收费公示";
    public string Owner { get; init; } = "总务处";
    public string Evidence { get; init; } = "已张贴，附照片";
    public string Verification { get; init; } = "经现场核实，已整改到位。";
    public string Summary { get; init; } = "收费公示已张贴，家长可随时查看。";
}

/// <summary>Puts opinions into states for tests through the intake and the <see cref="Opinion"/> entity's own methods, never by setting fields.</summary>
public static class OpinionTestData
{
    private static readonly OpinionActor Clerk = new(null, "办理人");
    private static readonly OpinionActor Leader = new(null, "分管领导");

    public static Task<Opinion> CreateOpinionAsync(this GongkaiApp app, Body handledBy, OpinionSetup setup) =>
        app.WithDbAsync(async (db, services) =>
        {
            var body = await db.Bodies.SingleAsync(b => b.Id == handledBy.Id);
            var opinion = await services.GetRequiredService<OpinionIntake>().ReceiveAsync(setup.Kind, OpinionChannel.Website, body, setup.Subject, setup.Title, setup.Text,
                setup.Author, setup.WantsPublic, receivedOn: null, OpinionActor.Public, CancellationToken.None);
            var now = DateTimeOffset.UtcNow;
            if (setup.Moderation == Moderation.Shown && opinion.Moderation != Moderation.Shown)
            {
                opinion.Show(Leader, now);
            }
            if (setup.Moderation == Moderation.Hidden)
            {
                opinion.Hide("HIDDENREASON 含有广告", Leader, now);
            }
            if (setup.Handling >= Handling.AnswerPending)
            {
                opinion.WriteAnswer(setup.Answer, setup.AnswerPublic, Clerk, now);
            }
            if (setup.Handling >= Handling.Answered && setup.AnswerPublic)
            {
                opinion.ApproveAnswer(Leader, mayApprove: true, now);
            }
            if (setup.Handling >= Handling.Rectifying)
            {
                var calendar = await services.GetRequiredService<CalendarSource>().GetAsync();
                var task = opinion.AddTask(setup.Task, setup.Owner, 10, calendar, Clerk, now);
                if (setup.Handling >= Handling.Verified)
                {
                    opinion.CompleteTask(task, setup.Evidence, Clerk, now);
                    opinion.Verify(setup.Verification, Leader, isSupervisor: true, now);
                }
            }
            if (setup.Handling >= Handling.RectificationPublished)
            {
                opinion.PublishRectification(setup.Summary, Leader, now);
            }
            await db.SaveChangesAsync();
            return opinion;
        });

    /// <summary>The body's choice to show public comments at once, without moderation.</summary>
    public static Task ShowCommentsAtOnceAsync(this GongkaiApp app, Body body) =>
        app.WithDbAsync(async (db, _) =>
        {
            db.ParticipationSettings.Add(new ParticipationSetting(body.Id, showCommentsAtOnce: true));
            return await db.SaveChangesAsync();
        });

    /// <summary>A body under <paramref name="parent"/>.</summary>
    public static Task<Body> CreateChildBodyAsync(this GongkaiApp app, Body parent, string name) =>
        app.WithDbAsync(async (db, _) =>
        {
            var slug = TestData.Unique("b");
            var child = new Body(slug, TestData.Unique("c"), name + slug, BodyType.PublicInstitution, await db.Bodies.SingleAsync(b => b.Id == parent.Id));
            db.Bodies.Add(child);
            await db.SaveChangesAsync();
            return child;
        });

    /// <summary>The public form fields of an opinion form.</summary>
    public static Dictionary<string, string> Form(string text, params (string Field, string Value)[] changes)
    {
        var form = new Dictionary<string, string>
        {
            ["SubmissionKey"] = Guid.NewGuid().ToString("N"),
            ["Input.Text"] = text,
            ["Input.Name"] = "王小红",
            ["Input.Phone"] = "13800001111",
            ["Input.Email"] = "hong@example.com",
            ["Input.Public"] = "true",
        };
        foreach (var (field, value) in changes)
        {
            form[field] = value;
        }
        return form;
    }

    /// <summary>The opinion a tracking link leads to.</summary>
    public static Task<Opinion> OpinionAtAsync(this GongkaiApp app, string location) =>
        app.WithDbAsync((db, _) => db.Opinions.AsNoTracking().SingleAsync(o => o.AccessToken == location.Split('?')[0].Replace("/feedback/", "")));
}
