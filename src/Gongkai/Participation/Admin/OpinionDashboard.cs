using Gongkai.BackOffice;
using Gongkai.Calendar;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Participation.Admin;

/// <summary>
/// The opinions on the staff dashboard, each list only for bodies the person may act for: answers
/// overdue or due within 3 working days (handlers), public answers to approve (approvers), rectification
/// tasks overdue (handlers), and rectifications awaiting verification (supervisors).
/// </summary>
public sealed class OpinionDashboard(AdminOpinions opinions)
{
    public const int DueWithinWorkingDays = 3;

    /// <summary>A list is null when the person holds no role for it in any body.</summary>
    public sealed record Lists(
        IReadOnlyList<DashboardModel.Row>? DueSoon,
        IReadOnlyList<DashboardModel.Row>? ToApprove,
        IReadOnlyList<DashboardModel.Row>? TasksOverdue,
        IReadOnlyList<DashboardModel.Row>? ToVerify);

    /// <summary>The lists, or null when the person may act on no body's opinions.</summary>
    public async Task<Lists?> ForAsync(WorkingDayCalendar calendar, DateOnly today, CancellationToken ct)
    {
        var handled = await opinions.HandledBodiesAsync(ct);
        var approved = await opinions.ApprovedBodiesAsync(ct);
        var supervised = await opinions.SupervisedBodiesAsync(ct);
        if (handled.Count + approved.Count + supervised.Count == 0)
        {
            return null;
        }
        var bodies = handled.Concat(approved).Concat(supervised).Distinct().ToList();
        var open = await (await opinions.QueryAsync(ct)).AsNoTracking().Include(o => o.Body).Include(o => o.Tasks).IgnoreAutoIncludes()
            .Where(o => bodies.Contains(o.BodyId) && o.Status != OpinionStatus.Closed && o.Status != OpinionStatus.RectificationPublished && o.Status != OpinionStatus.Verified)
            .OrderBy(o => o.DueOn).ThenBy(o => o.Id).Take(500).AsSplitQuery().ToListAsync(ct);

        DashboardModel.Row Answer(Opinion o) =>
            new($"/admin/opinions/{o.Id}", $"{o.TrackingCode} {OpinionWorkModel.Summary(o)}", o.Body.ShortName, $"{o.Kind.Chinese()}，{o.Status.Chinese()}", o.DueOn, calendar.WorkingDaysLeft(today, o.DueOn), false);
        DashboardModel.Row Rectification(Opinion o, DateOnly due) =>
            new($"/admin/opinions/{o.Id}", $"{o.TrackingCode} {OpinionWorkModel.Summary(o)}", o.Body.ShortName, $"{o.Tasks.Count(t => t.IsDone)}/{o.Tasks.Count} 项整改任务完成", due, calendar.WorkingDaysLeft(today, due), false);

        var awaiting = open.Where(o => OpinionQueueModel.AwaitingAnswer.Contains(o.Status)).ToList();
        var rectifying = open.Where(o => o.Status == OpinionStatus.Rectifying).ToList();
        return new Lists(
            handled.Count == 0 ? null
                : awaiting.Where(o => handled.Contains(o.BodyId)).Select(Answer).Where(r => r.DaysLeft <= DueWithinWorkingDays).OrderBy(r => r.DaysLeft).ToList(),
            approved.Count == 0 ? null
                : awaiting.Where(o => o.Status == OpinionStatus.AnswerPending && approved.Contains(o.BodyId)).Select(Answer).ToList(),
            handled.Count == 0 ? null
                : rectifying.Where(o => handled.Contains(o.BodyId) && o.Tasks.Any(t => t.IsOverdue(today)))
                    .Select(o => Rectification(o, o.Tasks.Where(t => t.IsOverdue(today)).Min(t => t.DueOn))).OrderBy(r => r.DaysLeft).ToList(),
            supervised.Count == 0 ? null
                : rectifying.Where(o => supervised.Contains(o.BodyId) && o.Tasks.Count > 0 && o.Tasks.All(t => t.IsDone)).Select(o => Rectification(o, o.Tasks.Max(t => t.DueOn))).ToList());
    }
}
