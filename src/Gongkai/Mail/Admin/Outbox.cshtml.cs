using System.Globalization;
using Gongkai.BackOffice;
using Gongkai.Data;
using Gongkai.Portal;
using Gongkai.Staff;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Mail.Admin;

/// <summary>
/// The outbox for platform admins: every message with its status, attempts and last error,
/// newest first, filtered by status (<c>?status=failed</c>); a failed message can be sent again.
/// </summary>
[Authorize(Policy = Policies.PlatformAdmin)]
public sealed class OutboxModel(GongkaiDb db, TimeProvider time) : AdminPageModel
{
    public const string Path = "/admin/mail";

    public static readonly IReadOnlyDictionary<string, OutboxStatus> StatusTokens = new Dictionary<string, OutboxStatus>
    {
        ["pending"] = OutboxStatus.Pending,
        ["sent"] = OutboxStatus.Sent,
        ["failed"] = OutboxStatus.Failed,
    };

    public sealed record Row(int Id, string To, string Subject, string? ConcerningType, int? ConcerningId, OutboxStatus Status,
        DateTimeOffset CreatedAt, int Attempts, DateTimeOffset NextAttemptAt, DateTimeOffset? LastAttemptAt, DateTimeOffset? SentAt, string? LastError);

    [BindProperty(SupportsGet = true, Name = "status")]
    public string? StatusFilter { get; set; }

    public IReadOnlyDictionary<OutboxStatus, int> Counts { get; private set; } = new Dictionary<OutboxStatus, int>();
    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public Paging Paging { get; private set; } = new(1, 0, _ => Path);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        return ModelState.IsValid ? Page() : Invalid();
    }

    public async Task<IActionResult> OnPostResendAsync(int id, CancellationToken ct)
    {
        var message = await db.Outbox.SingleOrDefaultAsync(m => m.Id == id, ct);
        if (message is null)
        {
            return NotFound();
        }
        if (message.Status != OutboxStatus.Failed)
        {
            await LoadAsync(ct);
            ModelState.AddModelError("", $"第 {id} 号邮件{StatusName(message.Status)}，只有发送失败的邮件可以重新发送。");
            return Invalid();
        }
        message.Resend(time.GetUtcNow());
        db.AuditAs("重新发送邮件", $"收件人 {message.To}，主题“{message.Subject}”");
        await db.SaveChangesAsync(ct);
        Flash = $"第 {id} 号邮件已重新排入发送队列，稍后发送。";
        return Redirect(Path);
    }

    public static string StatusName(OutboxStatus status) => status switch
    {
        OutboxStatus.Pending => "待发送",
        OutboxStatus.Sent => "已发送",
        _ => "发送失败",
    };

    /// <summary>What a message is about, as people know it.</summary>
    public static string ConcerningName(string type) => type switch
    {
        "Application" => "政府信息公开申请",
        _ => type,
    };

    public string LinkTo(string? status, int page = 1)
    {
        var query = new Dictionary<string, string?> { ["status"] = status };
        if (page > 1)
        {
            query["page"] = page.ToString(CultureInfo.InvariantCulture);
        }
        return QueryHelpers.AddQueryString(Path, query.Where(p => !string.IsNullOrEmpty(p.Value)));
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        PageTitle = "邮件发送";
        Counts = await db.Outbox.GroupBy(m => m.Status).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        OutboxStatus? status = null;
        if (StatusFilter is { Length: > 0 } token)
        {
            if (StatusTokens.TryGetValue(token, out var s))
            {
                status = s;
            }
            else
            {
                ModelState.AddModelError("status", "状态只能是待发送、已发送或发送失败。");
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
            return;
        }
        var messages = db.Outbox.AsNoTracking();
        if (status is { } wanted)
        {
            messages = messages.Where(m => m.Status == wanted);
        }
        var total = await messages.CountAsync(ct);
        Paging = new Paging(1, total, p => LinkTo(StatusFilter, p));
        Paging = Paging with { Page = Math.Min(page, Paging.PageCount) };
        Rows = await messages.OrderByDescending(m => m.Id).Skip(Paging.Skip).Take(ListQuery.PageSize)
            .Select(m => new Row(m.Id, m.To, m.Subject, m.ConcerningType, m.ConcerningId, m.Status, m.CreatedAt, m.Attempts, m.NextAttemptAt, m.LastAttemptAt, m.SentAt, m.LastError))
            .ToListAsync(ct);
    }
}
