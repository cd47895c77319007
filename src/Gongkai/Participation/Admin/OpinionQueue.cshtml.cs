using System.Globalization;
using Gongkai.Applications.Admin;
using Gongkai.BackOffice;
using Gongkai.Calendar;
using Gongkai.Data;
using Gongkai.Portal;
using Gongkai.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Participation.Admin;

/// <summary>
/// The opinions of the person's bodies, filtered by kind, status, channel, body and overdue: those
/// still waiting for an answer first, the earliest due at the top, overdue ones highlighted.
/// </summary>
public sealed class OpinionQueueModel(GongkaiDb db, AdminOpinions opinions, CalendarSource calendars, TimeProvider time) : AdminPageModel
{
    public const string Path = "/admin/opinions";

    public sealed record Row(Opinion Opinion, int? DaysLeft);

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public IReadOnlyList<(int Id, string Name)> Bodies { get; private set; } = [];
    public bool CanHandle { get; private set; }
    public bool IsBodyAdmin { get; private set; }
    public Paging Paging { get; private set; } = new(1, 0, _ => Path);

    [BindProperty(SupportsGet = true)] public string? Kind { get; set; }
    [BindProperty(SupportsGet = true)] public string? Status { get; set; }
    [BindProperty(SupportsGet = true)] public string? Channel { get; set; }
    [BindProperty(SupportsGet = true)] public string? Overdue { get; set; }
    [BindProperty(SupportsGet = true)] public int? Body { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        PageTitle = "公众参与";
        var reachable = await opinions.BodiesAsync(ct);
        if (reachable.Count == 0)
        {
            return Forbid();
        }
        CanHandle = (await opinions.HandledBodiesAsync(ct)).Count > 0;
        IsBodyAdmin = (await Access.ReachAsync(ct)).BodiesWith(Staff.StaffRole.BodyAdmin).Count > 0;
        Bodies = (await db.Bodies.AsNoTracking().Where(b => reachable.Contains(b.Id)).OrderBy(b => b.SortOrder).ThenBy(b => b.Id).Select(b => new { b.Id, b.Name }).ToListAsync(ct))
            .Select(b => (b.Id, b.Name)).ToList();

        var today = time.GetUtcNow().ChinaDate();
        var query = (await opinions.QueryAsync(ct)).AsNoTracking();
        if (Body is { } body)
        {
            query = query.Where(o => o.BodyId == body);
        }
        if (FormValues.TryChoice<OpinionKind>(Kind, out var kind))
        {
            query = query.Where(o => o.Kind == kind);
        }
        if (FormValues.TryChoice<OpinionChannel>(Channel, out var channel))
        {
            query = query.Where(o => o.Channel == channel);
        }
        query = Status switch
        {
            "all" => query,
            "open" or null or "" => query.Where(o => o.Status != OpinionStatus.Closed && o.Status != OpinionStatus.RectificationPublished),
            _ when FormValues.TryChoice<OpinionStatus>(Status, out var status) => query.Where(o => o.Status == status),
            _ => query,
        };
        if (Overdue == "1")
        {
            query = query.Where(o => AwaitingAnswer.Contains(o.Status) && o.DueOn < today);
        }

        var page = 1;
        if (Request.Query["page"].ToString() is { Length: > 0 } pageText && (!int.TryParse(pageText, NumberStyles.None, CultureInfo.InvariantCulture, out page) || page < 1))
        {
            page = 1;
        }
        var total = await query.CountAsync(ct);
        Paging = new Paging(page, total, LinkTo);
        var list = await query.Include(o => o.Body).IgnoreAutoIncludes()
            .OrderBy(o => AwaitingAnswer.Contains(o.Status) ? 0 : 1).ThenBy(o => o.DueOn).ThenByDescending(o => o.Id)
            .Skip(Paging.Skip).Take(ListQuery.PageSize).ToListAsync(ct);
        var calendar = await calendars.GetAsync(ct);
        Rows = list.Select(o => new Row(o, AwaitingAnswer.Contains(o.Status) ? calendar.WorkingDaysLeft(today, o.DueOn) : null)).ToList();
        return Page();
    }

    /// <summary>The statuses in which the answer is still owed, and the clock runs.</summary>
    public static readonly OpinionStatus[] AwaitingAnswer = [OpinionStatus.Received, OpinionStatus.Assigned, OpinionStatus.AnswerPending];

    public string LinkTo(int page)
    {
        var query = new Dictionary<string, string?>
        {
            ["kind"] = Kind,
            ["status"] = Status,
            ["channel"] = Channel,
            ["overdue"] = Overdue,
            ["body"] = Body?.ToString(CultureInfo.InvariantCulture),
        };
        if (page > 1)
        {
            query["page"] = page.ToString(CultureInfo.InvariantCulture);
        }
        return QueryHelpers.AddQueryString(Path, query.Where(p => !string.IsNullOrEmpty(p.Value)));
    }
}
