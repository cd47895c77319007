using System.Globalization;
using Gongkai.Data;
using Gongkai.Staff.Admin;
using Gongkai.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Audit.Admin;

/// <summary>
/// The audit log of the bodies in the reader's reach, newest first, 50 to a page, filtered by the
/// query string (bookmarkable): date range in China time, body, actor, action, entity type and id.
/// Also checks the hash chain on request.
/// </summary>
public sealed class AuditLogModel(GongkaiDb db) : AuditPageModel
{
    public const int PageSize = 50;
    /// <summary>The body filter's value for records that concern no body (platform admins only).</summary>
    public const string PlatformWide = "platform";
    private const int MaxFilterLength = 200;

    public sealed record Row(long Sequence, DateTimeOffset At, int? BodyId, string Actor, string Action, string EntityType, string EntityId);

    [BindProperty(SupportsGet = true, Name = "from")] public string? From { get; set; }
    [BindProperty(SupportsGet = true, Name = "to")] public string? To { get; set; }
    [BindProperty(SupportsGet = true, Name = "body")] public string? Body { get; set; }
    [BindProperty(SupportsGet = true, Name = "actor")] public string? Actor { get; set; }
    [BindProperty(SupportsGet = true, Name = "action")] public string? ActionFilter { get; set; }
    [BindProperty(SupportsGet = true, Name = "type")] public string? EntityType { get; set; }
    [BindProperty(SupportsGet = true, Name = "entity")] public string? EntityId { get; set; }

    /// <summary>Set after "校验审计链" found a break; shown prominently (the flash is for good news).</summary>
    [TempData]
    public string? ChainProblem { get; set; }

    public IReadOnlyList<BodyChoice> Bodies { get; private set; } = [];
    /// <summary>A body filter value not among the choices (not a number, outside the reach, no such body), kept as an extra option.</summary>
    public string? UnlistedBody { get; private set; }
    public IReadOnlyList<string> EntityTypes { get; private set; } = [];
    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public int Total { get; private set; }
    public int PageNumber { get; private set; } = 1;
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        PageTitle = "审计记录";
        Bodies = await BodiesInReachAsync(db, ct);
        EntityTypes = [.. db.Model.GetEntityTypes().Select(t => t.ClrType.Name).Where(n => n != nameof(AuditRecord)).Distinct().Order(StringComparer.Ordinal)];
        var from = ReadDate(From, "from", "开始日期");
        var to = ReadDate(To, "to", "结束日期");
        if (from > to)
        {
            ModelState.AddModelError("to", "结束日期不能早于开始日期。");
        }
        var bodyId = ReadBody();
        var listed = Body == PlatformWide ? IsPlatformAdmin : Bodies.Any(c => c.Id == bodyId);
        UnlistedBody = Body is { Length: > 0 } && !listed ? Body : null;
        if (EntityType is { Length: > 0 } && !EntityTypes.Contains(EntityType))
        {
            ModelState.AddModelError("type", $"对象类型“{EntityType}”无效，请从列表中选择。");
        }
        foreach (var (key, value, label) in new[] { ("actor", Actor, "操作人"), ("action", ActionFilter, "动作"), ("entity", EntityId, "对象编号") })
        {
            if (value?.Length > MaxFilterLength)
            {
                ModelState.AddModelError(key, $"{label}最多 {MaxFilterLength} 个字符。");
            }
        }
        // Read from the query itself: "page" is also a route value of every Razor page, which binding would prefer.
        var page = 1;
        if (Request.Query["page"].ToString() is { Length: > 0 } pageText && (!int.TryParse(pageText, NumberStyles.None, CultureInfo.InvariantCulture, out page) || page < 1))
        {
            ModelState.AddModelError("", "页码应为不小于 1 的整数。");
        }
        if (!ModelState.IsValid)
        {
            return Invalid();
        }

        // A body outside the reach (typed into the address) simply finds nothing.
        var records = RecordsInReach(db).AsNoTracking();
        records = Body == PlatformWide ? records.Where(r => r.BodyId == null) : bodyId is { } b ? records.Where(r => r.BodyId == b) : records;
        if (from is { } f)
        {
            var start = new DateTimeOffset(f.ToDateTime(TimeOnly.MinValue), ChinaTime.Offset).ToUniversalTime();
            records = records.Where(r => r.At >= start);
        }
        if (to is { } t)
        {
            var end = new DateTimeOffset(t.AddDays(1).ToDateTime(TimeOnly.MinValue), ChinaTime.Offset).ToUniversalTime();
            records = records.Where(r => r.At < end);
        }
        if (Actor is { Length: > 0 } actor)
        {
            records = records.Where(r => r.Actor.Contains(actor));
        }
        if (ActionFilter is { Length: > 0 } action)
        {
            records = records.Where(r => r.Action.Contains(action));
        }
        if (EntityType is { Length: > 0 } type)
        {
            records = records.Where(r => r.EntityType == type);
        }
        if (EntityId is { Length: > 0 } id)
        {
            records = records.Where(r => r.EntityId == id);
        }
        Total = await records.CountAsync(ct);
        PageNumber = Math.Min(page, PageCount);
        Rows = await records.OrderByDescending(r => r.Sequence).Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .Select(r => new Row(r.Sequence, r.At, r.BodyId, r.Actor, r.Action, r.EntityType, r.EntityId)).ToListAsync(ct);
        return Page();
    }

    /// <summary>Runs <see cref="AuditTrail.VerifyAsync"/> over the whole chain and reports the result.</summary>
    public async Task<IActionResult> OnPostVerifyAsync(CancellationToken ct)
    {
        var (count, broken, reason) = await AuditTrail.VerifyAsync(db, ct);
        if (broken is null)
        {
            Flash = $"审计记录链完整：共 {count} 条记录，逐条校验哈希无误。";
        }
        else
        {
            ChainProblem = $"审计记录链在第 {broken} 条记录处断开：{reason}。此前 {count} 条记录完好。请立即报告系统管理员。";
        }
        return Redirect("/admin/audit");
    }

    /// <summary>This listing's address with the same filters on another page.</summary>
    public string LinkTo(int page)
    {
        var query = new Dictionary<string, string?> { ["from"] = From, ["to"] = To, ["body"] = Body, ["actor"] = Actor, ["action"] = ActionFilter, ["type"] = EntityType, ["entity"] = EntityId };
        if (page > 1)
        {
            query["page"] = page.ToString(CultureInfo.InvariantCulture);
        }
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("/admin/audit", query.Where(p => !string.IsNullOrEmpty(p.Value)));
    }

    public bool Filtered => new[] { From, To, Body, Actor, ActionFilter, EntityType, EntityId }.Any(v => !string.IsNullOrEmpty(v));

    /// <summary>How a record's body is shown: its name, 全平台 for none, or its number once the body is gone.</summary>
    public string BodyName(int? id) => id is not { } b ? "全平台" : Bodies.FirstOrDefault(c => c.Id == b)?.Name ?? $"机构 {b}";

    /// <summary>The body filter as a body id; null for none, for <see cref="PlatformWide"/> and for a value that is not a number (an error).</summary>
    private int? ReadBody()
    {
        if (Body is not { Length: > 0 } or PlatformWide)
        {
            return null;
        }
        if (int.TryParse(Body, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            return id;
        }
        ModelState.AddModelError("body", $"机构“{Body}”无效，请从列表中选择。");
        return null;
    }

    private DateOnly? ReadDate(string? text, string key, string label)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }
        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }
        ModelState.AddModelError(key, $"{label}“{text}”无效，请写成年-月-日，如 2025-06-01。");
        return null;
    }
}
