using Gongkai.BackOffice;
using Gongkai.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Items.Admin;

/// <summary>All items of the bodies the person works for, filterable by body and status (query string).</summary>
public sealed class ItemListModel(GongkaiDb db) : AdminPageModel
{
    public sealed record Row(int Id, string Title, string Body, string Category, ItemStatus Status, DateTimeOffset UpdatedAt, string? IndexNumber);

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public IReadOnlyList<(string Slug, string Name)> Bodies { get; private set; } = [];
    public string? BodyFilter { get; private set; }
    public ItemStatus? StatusFilter { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? body, string? status, CancellationToken ct)
    {
        PageTitle = "信息管理";
        var mine = (await Access.ReachAsync(ct)).MemberOf.ToList();
        var bodies = await db.Bodies.AsNoTracking().Where(b => mine.Contains(b.Id)).OrderBy(b => b.Id).Select(b => new { b.Id, b.Slug, b.Name }).ToListAsync(ct);
        Bodies = bodies.Select(b => (b.Slug, b.Name)).ToList();
        var query = db.Items.AsNoTracking().Where(i => mine.Contains(i.BodyId));
        if (!string.IsNullOrEmpty(body))
        {
            var chosen = bodies.FirstOrDefault(b => b.Slug == body);
            if (chosen is null)
            {
                return NotFound();
            }
            BodyFilter = body;
            query = query.Where(i => i.BodyId == chosen.Id);
        }
        if (!string.IsNullOrEmpty(status))
        {
            if (!Enum.TryParse<ItemStatus>(status, out var s) || !Enum.IsDefined(s) || int.TryParse(status, out _))
            {
                return BadRequest();
            }
            StatusFilter = s;
            query = query.Where(i => i.Status == s);
        }
        Rows = await query.OrderByDescending(i => i.UpdatedAt).ThenByDescending(i => i.Id).Take(200)
            .Select(i => new Row(i.Id, i.Title, i.Body.ShortName, i.Category.Name, i.Status, i.UpdatedAt, i.IndexNumber)).ToListAsync(ct);
        return Page();
    }
}
