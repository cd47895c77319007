using Gongkai.Bodies;
using Gongkai.Catalogue;
using Gongkai.Data;
using Gongkai.Files;
using Gongkai.Guides;
using Gongkai.Items;
using Gongkai.Review;
using Gongkai.Staff;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Tests.Infrastructure;

/// <summary>
/// Small builders with defaults. Every name is unique, so tests never depend on data
/// another test added to the same database.
/// </summary>
public static class TestData
{
    public static readonly DateTimeOffset Now = new(2025, 6, 2, 2, 0, 0, TimeSpan.Zero);

    public static string Unique(string prefix = "t") => $"{prefix}{Guid.NewGuid():N}"[..(prefix.Length + 10)];

    public static ItemMetadata Metadata(string title, Action<ItemMetadataBuilder>? change = null)
    {
        var builder = new ItemMetadataBuilder { Value = new ItemMetadata { Title = title, IssuingBody = "测试机关", CreatedOn = new DateOnly(2025, 5, 20), BodyHtml = $"<p>{title} 的正文。</p>" } };
        change?.Invoke(builder);
        return builder.Value;
    }

    public sealed class ItemMetadataBuilder
    {
        public required ItemMetadata Value { get; set; }
    }

    public static Task<(Body Body, CatalogueCategory Category)> CreateBodyAsync(this GongkaiApp app, string? name = null, BodyType type = BodyType.GovernmentDepartment) =>
        app.WithDbAsync(async (db, _) =>
        {
            var slug = Unique("b");
            var body = new Body(slug, Unique("c"), name ?? $"测试机关{slug}", type);
            body.Contacts.Phone = "0000-1234567";
            var root = new CatalogueCategory(body, "机构概况");
            var category = new CatalogueCategory(body, "机构职能", root);
            root.Children.Add(category);
            db.Bodies.Add(body);
            db.CatalogueCategories.Add(root);
            await db.SaveChangesAsync();
            return (body, category);
        });

    public static Task<CatalogueCategory> CreateCategoryAsync(this GongkaiApp app, Body body, string name) =>
        app.WithDbAsync(async (db, _) =>
        {
            var category = new CatalogueCategory(await db.Bodies.SingleAsync(b => b.Id == body.Id), name);
            db.CatalogueCategories.Add(category);
            await db.SaveChangesAsync();
            return category;
        });

    public static Task AddGuideAsync(this GongkaiApp app, Body body, int number, string html, string? note = null) =>
        app.WithDbAsync(async (db, _) =>
        {
            db.GuideVersions.Add(new GuideVersion(await db.Bodies.SingleAsync(b => b.Id == body.Id), number, html, Now.AddDays(number), note));
            return await db.SaveChangesAsync();
        });

    /// <summary>The stages of a guide text not yet public.</summary>
    public enum GuideStage { Editing, InReview, Scheduled }

    /// <summary>A guide text for <paramref name="body"/> at <paramref name="stage"/>, taken there by made-up reviewers.</summary>
    public static Task<GuideProposal> CreateGuideProposalAsync(this GongkaiApp app, Body body, string html, string note, GuideStage stage) =>
        app.WithDbAsync(async (db, _) =>
        {
            var proposal = GuideProposal.Draft(body.Id, null, html, note, userId: 1, Now);
            if (stage != GuideStage.Editing)
            {
                proposal.Submit(ReviewPlan.Default(financial: false), Now);
            }
            for (var reviewer = 2; stage == GuideStage.Scheduled && proposal.CurrentRole is { } role; reviewer++)
            {
                var reach = new StaffReach([(role, (int?)body.Id)], []);
                proposal.Decide(proposal.Ticket, approve: true, "同意。", reviewer, $"审核人{reviewer}", reach, unresolvedFindings: 0, Now);
            }
            if (stage == GuideStage.Scheduled)
            {
                proposal.ScheduleAt(DateTimeOffset.UtcNow.AddYears(1), Now);
            }
            db.GuideProposals.Add(proposal);
            await db.SaveChangesAsync();
            return proposal;
        });

    /// <summary>The states an item can be in, public or not.</summary>
    public enum Kind { Published, Draft, UnderReview, OnApplication, Withheld, Withdrawn, StaffOnly }

    /// <summary>Creates an item in the given state; <paramref name="publishedAt"/> defaults to <see cref="Now"/>.</summary>
    public static Task<DisclosureItem> CreateItemAsync(this GongkaiApp app, Body body, CatalogueCategory category, string title,
        Kind kind = Kind.Published, Action<ItemMetadataBuilder>? change = null, DateTimeOffset? publishedAt = null, string? attachmentText = null) =>
        app.WithDbAsync(async (db, services) =>
        {
            var trackedBody = await db.Bodies.SingleAsync(b => b.Id == body.Id);
            var trackedCategory = await db.CatalogueCategories.SingleAsync(c => c.Id == category.Id);
            var metadata = Metadata(title, b =>
            {
                b.Value = kind switch
                {
                    Kind.OnApplication => b.Value with { Attribute = DisclosureAttribute.OnApplication },
                    Kind.Withheld => b.Value with { Attribute = DisclosureAttribute.Withheld, WithholdingGround = WithholdingGround.ProcessInformation, NextReviewOn = new DateOnly(2026, 6, 1) },
                    Kind.StaffOnly => b.Value with { Audience = Audience.SpecificGroup, AudienceGroup = "本机关工作人员" },
                    _ => b.Value,
                };
                change?.Invoke(b);
            });
            var at = publishedAt ?? Now;
            var item = new DisclosureItem(trackedBody, trackedCategory, metadata, at);
            db.Items.Add(item);
            if (attachmentText is not null)
            {
                item.AddAttachment(await TextFileAsync(services, "说明.txt", attachmentText, at));
            }
            item.RecordChannel(Channel.GovernmentWebsite, DateOnly.FromDateTime(at.UtcDateTime));
            if (kind == Kind.UnderReview)
            {
                item.SubmitForReview(at);
            }
            if (kind is not (Kind.Draft or Kind.UnderReview))
            {
                var index = await services.GetRequiredService<IndexNumberAllocator>().NextAsync(trackedBody, at.Year);
                item.Publish(index, at);
            }
            if (kind == Kind.Withdrawn)
            {
                item.Withdraw(WithdrawalReason.ContentError, "测试撤回", at.AddDays(1));
            }
            await db.SaveChangesAsync();
            return item;
        });

    /// <summary>Publishes a new version of a published item; <paramref name="files"/> may change its files first.</summary>
    public static Task ReviseAsync(this GongkaiApp app, int itemId, Func<ItemMetadata, ItemMetadata> change, string note, DateTimeOffset at, Action<DisclosureItem>? files = null) =>
        app.WithDbAsync(async (db, _) =>
        {
            var item = await db.Items.Include(i => i.Versions).Include(i => i.Attachments).SingleAsync(i => i.Id == itemId);
            files?.Invoke(item);
            item.PublishRevision(change(item.Metadata), at, note);
            return await db.SaveChangesAsync();
        });

    /// <summary>
    /// Opens a revision of a published item that adds a text file and sends it for review: the file
    /// waits, not public, until the revision is published. Returns the file's id.
    /// </summary>
    public static Task<int> ProposeAttachmentAsync(this GongkaiApp app, int itemId, string fileName, string text) =>
        app.WithDbAsync(async (db, services) =>
        {
            var item = await db.Items.Include(i => i.Versions).Include(i => i.Attachments).SingleAsync(i => i.Id == itemId);
            var file = await TextFileAsync(services, fileName, text, Now);
            item.AddAttachment(file);
            var proposal = Proposal.ForRevision(item, item.Metadata, "增加附件", userId: 1, Now);
            proposal.Submit(ReviewPlan.Default(financial: false), Now);
            db.Proposals.Add(proposal);
            await db.SaveChangesAsync();
            return file.Id;
        });

    private static async Task<Attachment> TextFileAsync(IServiceProvider services, string fileName, string text, DateTimeOffset at)
    {
        var stored = await services.GetRequiredService<IFileStore>().SaveAsync(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text)), ".txt");
        return new Attachment(fileName, "text/plain; charset=utf-8", stored.Length, stored.Key, stored.Sha256, at);
    }
}
