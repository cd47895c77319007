using Gongkai.Applications.Admin;
using Gongkai.BackOffice;
using Gongkai.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Participation.Registers.Admin;

/// <summary>One register of the person's bodies (hotline, reading room, household visits), newest first, by date range.</summary>
public sealed class RegisterListModel(GongkaiDb db, AdminRegisters registers) : AdminPageModel
{
    [BindProperty(SupportsGet = true)] public string? Kind { get; set; }
    [BindProperty(SupportsGet = true)] public string? From { get; set; }
    [BindProperty(SupportsGet = true)] public string? To { get; set; }

    public RegisterKind Register { get; private set; } = RegisterKind.Hotline;
    public IReadOnlyList<RegisterEntry> Entries { get; private set; } = [];
    public bool CanKeep { get; private set; }
    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var readable = (await registers.ReadableBodiesAsync(ct)).ToList();
        if (readable.Count == 0)
        {
            return Forbid();
        }
        if (Kind is { Length: > 0 } && !FormValues.TryChoice<RegisterKind>(Kind, out _))
        {
            return NotFound();
        }
        Register = FormValues.TryChoice<RegisterKind>(Kind, out var kind) ? kind : RegisterKind.Hotline;
        PageTitle = Register.Chinese();
        CanKeep = (await registers.KeptBodiesAsync(ct)).Count > 0;
        var query = db.RegisterEntries.AsNoTracking().Include(e => e.Body).Include(e => e.Opinions).ThenInclude(o => o.Opinion)
            .Where(e => readable.Contains(e.BodyId) && e.Kind == Register);
        if (From is { Length: > 0 })
        {
            if (!FormValues.TryDate(From, out var from))
            {
                Problem = "起始日期格式不正确。" + FormValues.DateMessage;
                return Invalid();
            }
            query = query.Where(e => e.On >= from);
        }
        if (To is { Length: > 0 })
        {
            if (!FormValues.TryDate(To, out var to))
            {
                Problem = "截止日期格式不正确。" + FormValues.DateMessage;
                return Invalid();
            }
            query = query.Where(e => e.On <= to);
        }
        Entries = await query.OrderByDescending(e => e.On).ThenByDescending(e => e.Id).Take(500).ToListAsync(ct);
        return Page();
    }
}
