using Gongkai.Applications;
using Gongkai.Bodies;
using Gongkai.Calendar;
using Gongkai.Catalogue;
using Gongkai.Data;
using Gongkai.Files;
using Gongkai.Guides;
using Gongkai.Items;
using Gongkai.Staff;
using Gongkai.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Demo;

/// <summary>
/// Seeds the demo: the three kinds of body of the seed document (a city Disabled Persons'
/// Federation, a primary school, a township with its five villages) under a demo city, with
/// catalogues built from the shipped templates and items drawn from the seed — including
/// non-public items of every kind, so the visibility rule can be seen at work — and applications
/// for information at every stage, handled by the demo accounts.
/// </summary>
public sealed partial class DemoSeeder(GongkaiDb db, IndexNumberAllocator indexNumbers, AttachmentIntake attachments, UserManager<StaffUser> users,
    ApplicantIdentity identity, CalendarSource calendars, IFileStore store, TimeProvider time)
{
    private Dictionary<string, CatalogueTemplate> _templates = [];

    /// <summary>Returns false and does nothing when the database already has bodies.</summary>
    public async Task<bool> SeedAsync(CancellationToken ct)
    {
        if (await db.Bodies.AnyAsync(ct))
        {
            return false;
        }
        _templates = await db.CatalogueTemplates.Include(t => t.Rows).ToDictionaryAsync(t => t.Code, ct);
        var bodies = CreateBodies();
        await db.SaveChangesAsync(ct);
        await SeedFederationAsync(bodies.Federation, ct);
        await SeedSchoolAsync(bodies.School, ct);
        await SeedTownshipAsync(bodies.Township, bodies.Villages, ct);
        await SeedParentsAsync(bodies.City, bodies.Education, bodies.County, ct);
        await db.SaveChangesAsync(ct);
        await SeedAccountsAsync([bodies.Federation, bodies.School, bodies.Township]);
        await GiveDraftsToDraftersAsync([bodies.Federation, bodies.School, bodies.Township], ct);
        await SeedApplicationsAsync(bodies.Federation, bodies.Township, bodies.School, ct);
        return true;
    }

    private DateTimeOffset Now => time.GetUtcNow();

    /// <summary>A fixed China-time moment on the given date, as UTC.</summary>
    private static DateTimeOffset At(int year, int month, int day, int hour = 10) =>
        new DateTimeOffset(year, month, day, hour, 0, 0, ChinaTime.Offset).ToUniversalTime();

    private List<CatalogueCategory> BuildCatalogue(Body body, params string[] templateCodes)
    {
        var roots = new List<CatalogueCategory>();
        foreach (var code in templateCodes)
        {
            var built = CatalogueBuilder.Build(body, _templates[code]);
            foreach (var root in built)
            {
                root.SortOrder = roots.Count + 1;
                roots.Add(root);
            }
        }
        db.CatalogueCategories.AddRange(roots);
        return roots;
    }

    private static CatalogueCategory Find(IEnumerable<CatalogueCategory> roots, string name) =>
        roots.SelectMany(r => r.Children.Prepend(r)).FirstOrDefault(c => c.Name == name)
        ?? throw new InvalidOperationException($"演示目录中没有栏目“{name}”。");

    private void AddGuide(Body body, DateTimeOffset at, string html, int number = 1, string? note = null) =>
        db.GuideVersions.Add(new GuideVersion(body, number, HtmlCleaner.Clean(html), at, note));

    /// <summary>Creates an item as a draft; <paramref name="publishAt"/> publishes it with the next index number.</summary>
    private Task<DisclosureItem> ItemAsync(Body body, CatalogueCategory category, ItemMetadata metadata, DateTimeOffset? publishAt, CancellationToken ct, params Channel[] channels) =>
        ItemWithFilesAsync(body, category, metadata, publishAt, [], ct, channels);

    /// <summary>As <see cref="ItemAsync"/>, with attachments (name and UTF-8 text) added through the same intake as uploads.</summary>
    private async Task<DisclosureItem> ItemWithFilesAsync(Body body, CatalogueCategory category, ItemMetadata metadata, DateTimeOffset? publishAt,
        IReadOnlyList<(string Name, string Text)> files, CancellationToken ct, params Channel[] channels)
    {
        var item = new DisclosureItem(body, category, metadata with { BodyHtml = HtmlCleaner.Clean(metadata.BodyHtml) }, publishAt ?? Now);
        db.Items.Add(item);
        foreach (var (name, text) in files)
        {
            item.AddAttachment(await AcceptTextAsync(name, text, ct));
        }
        if (publishAt is { } at)
        {
            // Channels first, so the first version's snapshot lists them.
            foreach (var channel in channels.DefaultIfEmpty(Channel.GovernmentWebsite))
            {
                item.RecordChannel(channel, at.ChinaDate());
            }
            item.Publish(await indexNumbers.NextAsync(body, at.ChinaDate().Year, ct), at);
        }
        return item;
    }

    /// <summary>A UTF-8 text file taken in and stored through the same intake as uploads.</summary>
    private async Task<Attachment> AcceptTextAsync(string name, string text, CancellationToken ct)
    {
        var outcome = await attachments.AcceptAsync(name, new MemoryStream(System.Text.Encoding.UTF8.GetPreamble().Concat(System.Text.Encoding.UTF8.GetBytes(text)).ToArray()), ct);
        return outcome.Attachment ?? throw new InvalidOperationException(outcome.Problem);
    }
}
