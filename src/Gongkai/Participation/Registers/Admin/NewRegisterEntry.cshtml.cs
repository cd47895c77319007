using System.Globalization;
using Gongkai.Applications.Admin;
using Gongkai.BackOffice;
using Gongkai.Bodies;
using Gongkai.Data;
using Gongkai.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Participation.Registers.Admin;

/// <summary>An opinion heard in a call, a visit or a household, to be handled like any other.</summary>
public sealed class RaisedOpinionInput
{
    public string? Text { get; set; }
    public string? Kind { get; set; }
    /// <summary>The body it is forwarded to (for a complaint: the body complained of).</summary>
    public string? BodyId { get; set; }
}

/// <summary>
/// Adds a line to a register, and turns each opinion heard into an opinion handled by the body it is
/// forwarded to (a complaint by the supervising body of the one complained of), all in one save.
/// </summary>
public sealed class NewRegisterEntryModel(GongkaiDb db, AdminRegisters registers, OpinionIntake intake, TimeProvider time) : AdminPageModel
{
    public const int OpinionRows = 3;
    public static readonly OpinionKind[] RaisedKinds = [OpinionKind.Suggestion, OpinionKind.Complaint, OpinionKind.Report];

    [BindProperty(SupportsGet = true)] public string? Kind { get; set; }
    [BindProperty] public string? BodyId { get; set; }
    [BindProperty] public string? On { get; set; }
    [BindProperty] public string? Person { get; set; }
    [BindProperty] public string? Phone { get; set; }
    [BindProperty] public string? Count { get; set; }
    [BindProperty] public string? Matter { get; set; }
    [BindProperty] public string? Handling { get; set; }
    [BindProperty] public List<RaisedOpinionInput> Opinions { get; set; } = [];

    public RegisterKind Register { get; private set; }
    public IReadOnlyList<Body> Bodies { get; private set; } = [];
    /// <summary>Every body, for forwarding: deputies hand opinions to whichever department is concerned.</summary>
    public IReadOnlyList<Body> AllBodies { get; private set; } = [];
    public Dictionary<string, string> Errors { get; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } refusal)
        {
            return refusal;
        }
        On = time.GetUtcNow().ChinaDate().Iso();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } refusal)
        {
            return refusal;
        }
        var body = Bodies.FirstOrDefault(b => b.Id.ToString(CultureInfo.InvariantCulture) == BodyId);
        if (body is null)
        {
            Errors[nameof(BodyId)] = "请选择登记的机关。";
        }
        if (!FormValues.TryDate(On, out var on))
        {
            Errors[nameof(On)] = "请填写日期。" + FormValues.DateMessage;
        }
        int? count = null;
        if (Count is { Length: > 0 })
        {
            if (!FormValues.TryCount(Count, 1000, out var n))
            {
                Errors[nameof(Count)] = "人数或户数应为 1 至 1000 的整数。";
            }
            count = n;
        }
        var raised = ReadOpinions();
        if (Errors.Count > 0)
        {
            return Invalid();
        }
        var staff = new OpinionActor(CurrentUserId, User.Identity?.Name ?? "");
        try
        {
            var entry = new RegisterEntry(Register, body!, on, Person, Phone, count, Matter ?? "", Handling, staff.Name, time.GetUtcNow());
            db.RegisterEntries.Add(entry);
            foreach (var (text, kind, forwardTo) in raised)
            {
                var handler = kind == OpinionKind.Complaint ? Opinion.ComplaintHandler(forwardTo) : forwardTo;
                var subject = kind == OpinionKind.Complaint ? new OpinionSubject(AgainstBodyId: forwardTo.Id) : OpinionSubject.None;
                var author = new OpinionAuthor(Blank(Person), Blank(Phone), null);
                entry.RaisedOpinion(await intake.ReceiveAsync(kind, Register.Channel(), handler, subject, null, text, author, wantsPublic: false, on, staff, ct));
            }
            db.AuditAs("登记" + Register.Chinese().Replace("登记", "", StringComparison.Ordinal), raised.Count > 0 ? $"形成意见 {raised.Count} 条" : null);
            await db.SaveChangesAsync(ct);
            Flash = raised.Count > 0
                ? $"已登记，形成意见 {raised.Count} 条，查询码：{string.Join("、", entry.Opinions.Select(o => o.Opinion.TrackingCode))}。可告知反映人凭查询码查看答复。"
                : "已登记。";
        }
        catch (InvalidOperationException e)
        {
            Errors[""] = e.Message;
            return Invalid();
        }
        return Redirect($"/admin/registers?kind={Register}");
    }

    /// <summary>The filled-in opinion rows; a row with text needs a kind and a body.</summary>
    private List<(string Text, OpinionKind Kind, Body ForwardTo)> ReadOpinions()
    {
        var rows = new List<(string, OpinionKind, Body)>();
        for (var i = 0; i < Math.Min(Opinions.Count, OpinionRows); i++)
        {
            var row = Opinions[i];
            if (string.IsNullOrWhiteSpace(row.Text))
            {
                continue;
            }
            var forwardTo = AllBodies.FirstOrDefault(b => b.Id.ToString(CultureInfo.InvariantCulture) == row.BodyId);
            if (!FormValues.TryChoice<OpinionKind>(row.Kind, out var kind) || !RaisedKinds.Contains(kind))
            {
                Errors[$"Opinions_{i}__Kind"] = $"请选择第 {i + 1} 条意见的类别。";
            }
            else if (forwardTo is null)
            {
                Errors[$"Opinions_{i}__BodyId"] = $"请选择第 {i + 1} 条意见转交的机关。";
            }
            else
            {
                rows.Add((row.Text, kind, forwardTo));
            }
        }
        return rows;
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        if (!FormValues.TryChoice<RegisterKind>(Kind, out var kind))
        {
            return NotFound();
        }
        Register = kind;
        PageTitle = "新增" + kind.Chinese();
        var kept = (await registers.KeptBodiesAsync(ct)).ToList();
        if (kept.Count == 0)
        {
            return Forbid();
        }
        AllBodies = await db.Bodies.OrderBy(b => b.SortOrder).ThenBy(b => b.Id).Include(b => b.Parent).ToListAsync(ct);
        Bodies = AllBodies.Where(b => kept.Contains(b.Id)).ToList();
        while (Opinions.Count < OpinionRows)
        {
            Opinions.Add(new RaisedOpinionInput());
        }
        return null;
    }
}
