using Gongkai.Calendar;
using Gongkai.Data;
using Gongkai.Guides;
using Gongkai.Review;
using Gongkai.Staff;
using Gongkai.Text;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.BackOffice;

/// <summary>"What must I do today?": my drafts, what waits for my review, what is due or overdue, what is scheduled.</summary>
public sealed class DashboardModel(GongkaiDb db, CalendarSource calendars, MissedPeriods missedPeriods, Applications.Admin.AdminApplications applications, Participation.Admin.OpinionDashboard opinionDashboard, TimeProvider time) : AdminPageModel
{
    /// <summary>One proposal in a list. Guide texts have no statutory time limit: no due date, no days left.</summary>
    public sealed record Row(string Url, string Title, string Body, string State, DateOnly? Due, int? DaysLeft, bool Provisional);

    public IReadOnlyList<Row> MyDrafts { get; private set; } = [];
    public IReadOnlyList<Row> ForMyReview { get; private set; } = [];
    public IReadOnlyList<Row> DueSoon { get; private set; } = [];
    public IReadOnlyList<Row> Scheduled { get; private set; } = [];
    public bool IsDrafter { get; private set; }
    /// <summary>For body admins and supervisors: every overdue proposal in their bodies, and missed periodic publications.</summary>
    public bool OverseesBodies { get; private set; }
    public bool IsPlatformAdmin { get; private set; }
    public bool IsBodyAdmin { get; private set; }
    public IReadOnlyList<Row> Overdue { get; private set; } = [];
    public IReadOnlyList<MissedPeriods.Gap> Missed { get; private set; } = [];
    /// <summary>For those who read applications: the ones awaiting confirmation, due within 5 working days, or overdue.</summary>
    public IReadOnlyList<Row> Applications { get; private set; } = [];
    public bool HandlesApplications { get; private set; }
    /// <summary>For those who may act on opinions of some body: what is due, to approve, overdue in rectification, to verify; null otherwise.</summary>
    public Participation.Admin.OpinionDashboard.Lists? Opinions { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        PageTitle = "我的工作";
        var reach = await Access.ReachAsync(ct);
        var me = CurrentUserId;
        IsDrafter = reach.BodiesWith(StaffRole.Drafter).Count > 0;
        var bodies = reach.MemberOf.ToList();
        var open = await db.Proposals.AsNoTracking().Include(p => p.Decisions)
            .Include(p => p.Item).ThenInclude(i => i.Body).Include(p => p.Item).ThenInclude(i => i.Category).ThenInclude(c => c.TemplateRow)
            .Where(p => p.Status != ProposalStatus.Published && bodies.Contains(p.BodyId))
            .OrderBy(p => p.Id).Take(500).AsSplitQuery().ToListAsync(ct);
        var guides = await db.GuideProposals.AsNoTracking().Include(p => p.Decisions)
            .Where(p => p.Status != ProposalStatus.Published && bodies.Contains(p.BodyId))
            .OrderBy(p => p.Id).Take(100).ToListAsync(ct);
        var guideBodies = guides.Select(p => p.BodyId).ToList();
        var bodyNames = await db.Bodies.AsNoTracking().Where(b => guideBodies.Contains(b.Id)).ToDictionaryAsync(b => b.Id, b => b.ShortName, ct);
        var calendar = await calendars.GetAsync(ct);
        var today = time.GetUtcNow().ChinaDate();
        Row ToRow(ReviewableProposal p)
        {
            var state = p.Status switch
            {
                ProposalStatus.Editing => p.Decisions.Count > 0 ? "退回修改" : "编辑中",
                ProposalStatus.InReview => $"待{p.CurrentRole?.Chinese()}审核",
                _ => $"定于 {p.PublishAt?.ToChina():MM-dd HH:mm} 发布",
            };
            if (p is Proposal item)
            {
                var due = PublicationDeadline.DueForTimeLimit(calendar, item.Metadata.CreatedOn, item.Item.Category.TemplateRow?.TimeLimit);
                return new Row($"/admin/items/{item.ItemId}", item.Metadata.Title, item.Item.Body.ShortName, state, due.Date, calendar.WorkingDaysLeft(today, due.Date), due.Provisional);
            }
            return new Row($"/admin/guides/{p.BodyId}", "政府信息公开指南稿", bodyNames[p.BodyId], state, null, null, false);
        }
        var all = open.Cast<ReviewableProposal>().Concat(guides).ToList();
        MyDrafts = all.Where(p => p.Status == ProposalStatus.Editing && p.Editors.Contains(me)).Select(ToRow).ToList();
        ForMyReview = all.Where(p => p.Status == ProposalStatus.InReview && p.WhyCannotDecide(me, reach) is null).Select(ToRow).OrderBy(r => r.DaysLeft ?? int.MaxValue).ToList();
        DueSoon = open.Where(p => p.Status != ProposalStatus.Approved).Select(ToRow).Where(r => r.DaysLeft <= 5).OrderBy(r => r.DaysLeft).ToList();
        Scheduled = all.Where(p => p.Status == ProposalStatus.Approved).Select(ToRow).ToList();
        HandlesApplications = (await applications.BodiesAsync(ct)).Count > 0;
        if (HandlesApplications)
        {
            Applications = await ApplicationRowsAsync(calendar, today, ct);
        }
        Opinions = await opinionDashboard.ForAsync(calendar, today, ct);
        var overseen = reach.BodiesWith(StaffRole.BodyAdmin, StaffRole.Supervisor);
        OverseesBodies = overseen.Count > 0;
        IsPlatformAdmin = reach.IsPlatformAdmin;
        IsBodyAdmin = reach.BodiesWith(StaffRole.BodyAdmin).Count > 0;
        if (OverseesBodies)
        {
            Overdue = open.Where(p => overseen.Contains(p.BodyId) && p.Status != ProposalStatus.Approved).Select(ToRow).Where(r => r.DaysLeft < 0).OrderBy(r => r.DaysLeft).ToList();
            Missed = await missedPeriods.ForBodiesAsync(overseen.ToList(), ct);
        }
    }

    private async Task<IReadOnlyList<Row>> ApplicationRowsAsync(WorkingDayCalendar calendar, DateOnly today, CancellationToken ct)
    {
        var open = await (await applications.QueryAsync(ct)).AsNoTracking().Include(a => a.Body)
            .Where(a => a.Status != Gongkai.Applications.ApplicationStatus.Closed).OrderBy(a => a.Id).Take(500).ToListAsync(ct);
        return open.Select(a =>
            {
                var deadline = a.Deadline(calendar, today);
                var left = deadline is { } d ? calendar.WorkingDaysLeft(today, d.Due.Date) : (int?)null;
                return new Row($"/admin/applications/{a.Id}", $"{a.TrackingCode} {a.Request.Summary}", a.Body.ShortName, Gongkai.Applications.ApplicationNames.Chinese(a.Status), deadline?.Due.Date, left, deadline?.Provisional == true);
            })
            .Where(r => r.DaysLeft is null or <= 5)
            .OrderBy(r => r.DaysLeft ?? int.MinValue).ToList();
    }
}
