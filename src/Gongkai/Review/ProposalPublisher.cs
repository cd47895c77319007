using Gongkai.Data;
using Gongkai.Guides;
using Gongkai.Items;
using Gongkai.Text;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Review;

/// <summary>Publishes approved proposals whose time has come: at once after approval, or later by the scheduler.</summary>
public sealed class ProposalPublisher(GongkaiDb db, IndexNumberAllocator indexNumbers, TimeProvider time)
{
    public async Task<int> PublishDueAsync(CancellationToken ct = default)
    {
        var now = time.GetUtcNow();
        var due = await db.Proposals.Where(p => p.Status == ProposalStatus.Approved && p.PublishAt <= now)
            .Include(p => p.Item).ThenInclude(i => i.Body)
            .Include(p => p.Item).ThenInclude(i => i.Versions)
            .Include(p => p.Item).ThenInclude(i => i.Attachments)
            .OrderBy(p => p.PublishAt).Take(100).ToListAsync(ct);
        foreach (var proposal in due)
        {
            var item = proposal.Item;
            var index = proposal.Kind == ProposalKind.NewItem ? await indexNumbers.NextAsync(item.Body, now.ChinaDate().Year, ct) : null;
            if (item.Channels.Count == 0)
            {
                item.RecordChannel(Channel.GovernmentWebsite, now.ChinaDate());
            }
            proposal.PublishTo(index, now);
            db.AuditAs(proposal.Kind == ProposalKind.NewItem ? "发布信息" : "发布新版本");
            await db.SaveChangesAsync(ct);
        }
        return due.Count + await PublishDueGuidesAsync(now, ct);
    }

    /// <summary>Each approved guide text becomes its body's next guide version.</summary>
    private async Task<int> PublishDueGuidesAsync(DateTimeOffset now, CancellationToken ct)
    {
        var due = await db.GuideProposals.Where(p => p.Status == ProposalStatus.Approved && p.PublishAt <= now)
            .OrderBy(p => p.PublishAt).Take(100).ToListAsync(ct);
        foreach (var proposal in due)
        {
            var body = await db.Bodies.SingleAsync(b => b.Id == proposal.BodyId, ct);
            var latest = await db.GuideVersions.Where(g => g.BodyId == body.Id).MaxAsync(g => (int?)g.Number, ct) ?? 0;
            var version = proposal.PublishAs(body, latest + 1, now);
            db.GuideVersions.Add(version);
            db.AuditAs(GuideAudit.Publish, $"第 {version.Number} 版：{version.ChangeNote}");
            await db.SaveChangesAsync(ct);
        }
        return due.Count;
    }
}

/// <summary>Every half minute, publishes what was approved for a set time.</summary>
internal sealed class ScheduledPublishing(IServiceProvider services, ILogger<ScheduledPublishing> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(30));
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = services.CreateAsyncScope();
                var published = await scope.ServiceProvider.GetRequiredService<ProposalPublisher>().PublishDueAsync(stoppingToken);
                if (published > 0)
                {
                    log.LogInformation("Published {Count} scheduled proposals", published);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogError(e, "Scheduled publishing failed; will retry");
            }
        }
    }
}
