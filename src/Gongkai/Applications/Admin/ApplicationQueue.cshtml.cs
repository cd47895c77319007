using Gongkai.BackOffice;
using Gongkai.Calendar;
using Gongkai.Data;
using Gongkai.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Applications.Admin;

/// <summary>
/// The applications of the person's bodies: open ones first, those awaiting confirmation at the top,
/// then by working days left, so the most urgent is always first.
/// </summary>
public sealed class ApplicationQueueModel(GongkaiDb db, AdminApplications applications, CalendarSource calendars, TimeProvider time) : AdminPageModel
{
    public sealed record Row(DisclosureApplication Application, ApplicationDeadline? Deadline, int? DaysLeft);

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public IReadOnlyList<(int Id, string Name)> Bodies { get; private set; } = [];
    public bool CanRegister { get; private set; }

    [BindProperty(SupportsGet = true)] public string? Show { get; set; }
    [BindProperty(SupportsGet = true)] public int? Body { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        PageTitle = "依申请公开";
        var reachable = await applications.BodiesAsync(ct);
        if (reachable.Count == 0)
        {
            return Forbid();
        }
        Bodies = (await db.Bodies.AsNoTracking().Where(b => reachable.Contains(b.Id)).OrderBy(b => b.SortOrder).ThenBy(b => b.Id).Select(b => new { b.Id, b.Name }).ToListAsync(ct))
            .Select(b => (b.Id, b.Name)).ToList();
        foreach (var (id, _) in Bodies)
        {
            CanRegister |= await applications.CanHandleAsync(id, ct);
        }
        var query = (await applications.QueryAsync(ct)).AsNoTracking().Include(a => a.Body).AsQueryable();
        if (Body is { } body)
        {
            query = query.Where(a => a.BodyId == body);
        }
        query = Show switch
        {
            "closed" => query.Where(a => a.Status == ApplicationStatus.Closed),
            "all" => query,
            _ => query.Where(a => a.Status != ApplicationStatus.Closed),
        };
        var list = await query.OrderByDescending(a => a.Id).Take(500).ToListAsync(ct);
        var calendar = await calendars.GetAsync(ct);
        var today = time.GetUtcNow().ChinaDate();
        Rows = list.Select(a =>
            {
                var deadline = a.Deadline(calendar, today);
                return new Row(a, deadline, deadline is { } d && a.IsOpen ? calendar.WorkingDaysLeft(today, d.Due.Date) : null);
            })
            .OrderBy(r => r.Application.Status == ApplicationStatus.AwaitingConfirmation ? 0 : r.Application.IsOpen ? 1 : 2)
            .ThenBy(r => r.DaysLeft ?? int.MaxValue)
            .ThenByDescending(r => r.Application.Id)
            .ToList();
        return Page();
    }
}
