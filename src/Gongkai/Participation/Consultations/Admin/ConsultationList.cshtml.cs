using Gongkai.BackOffice;
using Gongkai.Data;
using Gongkai.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Participation.Consultations.Admin;

/// <summary>The consultations of the person's bodies, newest first, with how many opinions each received.</summary>
public sealed class ConsultationListModel(GongkaiDb db, AdminConsultations consultations, TimeProvider time) : AdminPageModel
{
    public sealed record Row(Consultation Consultation, int Opinions);

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public bool CanPrepare { get; private set; }
    public DateOnly Today { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        PageTitle = "征求意见";
        if ((await consultations.ReadableBodiesAsync(ct)).Count == 0)
        {
            return Forbid();
        }
        CanPrepare = (await consultations.PreparableBodiesAsync(ct)).Count > 0;
        Today = time.GetUtcNow().ChinaDate();
        var list = await (await consultations.QueryAsync(ct)).AsNoTracking().Include(c => c.Body).OrderByDescending(c => c.Id).Take(200).ToListAsync(ct);
        var ids = list.Select(c => c.Id).ToList();
        var counts = await db.Opinions.AsNoTracking().Where(o => o.ConsultationId != null && ids.Contains(o.ConsultationId.Value))
            .GroupBy(o => o.ConsultationId!.Value).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        Rows = list.Select(c => new Row(c, counts.GetValueOrDefault(c.Id))).ToList();
        return Page();
    }
}
