using Gongkai.Applications;
using Gongkai.Bodies;
using Gongkai.Calendar;
using Gongkai.Data;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Participation;

/// <summary>
/// Receives an opinion from any channel, the portal's forms and the staff's registers alike: the time
/// limit for its kind, the working-day calendar, a fresh tracking code, and the body's moderation choice
/// (a comment holding personal data the privacy guard finds always waits for a moderator).
/// The caller adds it to the database and saves.
/// </summary>
public sealed class OpinionIntake(GongkaiDb db, CalendarSource calendars, AnswerTimeLimits limits, TimeProvider time)
{
    public Task<Opinion> ReceiveAsync(OpinionKind kind, OpinionChannel channel, Body handledBy, OpinionSubject subject, string? title, string text,
        OpinionAuthor author, bool wantsPublic, DateOnly? receivedOn, OpinionActor by, CancellationToken ct) =>
        ReceiveAsync(kind, channel, handledBy, subject, title, text, author, wantsPublic, receivedOn, by, TrackingCode.New(), ct);

    /// <summary>As above, with the code given (the portal's forms derive the link token from the form's submission key, against double submits).</summary>
    public async Task<Opinion> ReceiveAsync(OpinionKind kind, OpinionChannel channel, Body handledBy, OpinionSubject subject, string? title, string text,
        OpinionAuthor author, bool wantsPublic, DateOnly? receivedOn, OpinionActor by, TrackingCode code, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var showAtOnce = await db.ParticipationSettings.AsNoTracking().Where(s => s.BodyId == handledBy.Id).Select(s => s.ShowCommentsAtOnce).FirstOrDefaultAsync(ct);
        var today = Text.ChinaTime.ChinaDate(now);
        showAtOnce = showAtOnce && Privacy.PrivacyScanner.Scan($"{title}\n{text}", today).Count == 0;
        var opinion = Opinion.Receive(kind, channel, handledBy, subject, title, text, author, wantsPublic, code, receivedOn ?? today,
            limits.For(kind), await calendars.GetAsync(ct), showAtOnce, by, now);
        db.Opinions.Add(opinion);
        return opinion;
    }
}
