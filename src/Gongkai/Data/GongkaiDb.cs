using Gongkai.Audit;
using Gongkai.Bodies;
using Gongkai.Catalogue;
using Gongkai.Guides;
using Gongkai.Items;
using Gongkai.Staff;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Gongkai.Data;

/// <summary>
/// The one data context. Each provider has its own subclass so that its migrations are kept
/// apart (ADR 0002). To add a migration for both providers, from the repository root:
/// <code>
/// dotnet ef migrations add NAME --project src/Gongkai --context SqliteGongkaiDb --output-dir ../Gongkai.Migrations.Sqlite --namespace Gongkai.Migrations.Sqlite
/// dotnet ef migrations add NAME --project src/Gongkai --context PostgresGongkaiDb --output-dir ../Gongkai.Migrations.Postgres --namespace Gongkai.Migrations.Postgres
/// </code>
/// </summary>
/// <remarks>
/// Every save is audited in the same transaction (<see cref="AuditTrail"/>): who (the signed-in
/// person or the system), what, which body it concerns (<see cref="AuditScope"/>), before and after. <see cref="AuditAs"/> names the action and
/// keeps a written opinion or justification with the next save.
/// </remarks>
public abstract class GongkaiDb(DbContextOptions options, AuditActor actor, TimeProvider time) : IdentityUserContext<StaffUser, int>(options)
{
    private string? _auditAction;
    private string? _auditNote;

    public DbSet<Body> Bodies => Set<Body>();
    public DbSet<GuideVersion> GuideVersions => Set<GuideVersion>();
    public DbSet<CatalogueTemplate> CatalogueTemplates => Set<CatalogueTemplate>();
    public DbSet<CatalogueCategory> CatalogueCategories => Set<CatalogueCategory>();
    public DbSet<DisclosureItem> Items => Set<DisclosureItem>();
    public DbSet<ItemVersion> ItemVersions => Set<ItemVersion>();
    public DbSet<Attachment> Attachments => Set<Attachment>();
    public DbSet<RoleGrant> RoleGrants => Set<RoleGrant>();
    public DbSet<AuditRecord> AuditRecords => Set<AuditRecord>();
    public DbSet<Calendar.CalendarYearRecord> CalendarYears => Set<Calendar.CalendarYearRecord>();
    public DbSet<Review.Proposal> Proposals => Set<Review.Proposal>();
    public DbSet<GuideProposal> GuideProposals => Set<GuideProposal>();
    public DbSet<Review.ReviewChainSetting> ReviewChainSettings => Set<Review.ReviewChainSetting>();
    public DbSet<Applications.DisclosureApplication> Applications => Set<Applications.DisclosureApplication>();
    public DbSet<Applications.Replies.ApplicationReply> ApplicationReplies => Set<Applications.Replies.ApplicationReply>();
    public DbSet<Applications.ApplicationAppeal> ApplicationAppeals => Set<Applications.ApplicationAppeal>();
    public DbSet<Participation.Opinion> Opinions => Set<Participation.Opinion>();
    public DbSet<Participation.ParticipationSetting> ParticipationSettings => Set<Participation.ParticipationSetting>();
    public DbSet<Participation.Consultations.Consultation> Consultations => Set<Participation.Consultations.Consultation>();
    public DbSet<Participation.Registers.RegisterEntry> RegisterEntries => Set<Participation.Registers.RegisterEntry>();
    public DbSet<Participation.Registers.NoticeBoardPosting> NoticeBoardPostings => Set<Participation.Registers.NoticeBoardPosting>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<StaffUser>().ToTable("staff_users");
        builder.Entity<IdentityUserClaim<int>>().ToTable("staff_user_claims");
        builder.Entity<IdentityUserLogin<int>>().ToTable("staff_user_logins");
        builder.Entity<IdentityUserToken<int>>().ToTable("staff_user_tokens");
        builder.ApplyConfigurationsFromAssembly(typeof(GongkaiDb).Assembly);
    }

    /// <summary>The full-text index of items on this database (SQLite FTS5 or PostgreSQL full-text).</summary>
    public abstract Search.ISearchIndex SearchIndex { get; }

    /// <summary>Names the action of the next save in the audit trail, with an optional written opinion.</summary>
    public void AuditAs(string action, string? note = null)
    {
        _auditAction = action;
        _auditNote = note;
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        RefuseChangesToFrozenRecords();
        var changes = await AuditTrail.CaptureAsync(this, cancellationToken);
        var indexing = Search.SearchIndexing.Capture(this);
        if (changes.Count == 0 && indexing.IsEmpty)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }
        var (action, note) = (_auditAction, _auditNote);
        (_auditAction, _auditNote) = (null, null);
        await using var own = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
        var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        if (changes.Count > 0)
        {
            await AuditTrail.AppendAsync(this, changes, actor.Describe(), action, note, time.GetUtcNow(), cancellationToken);
            await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }
        // The index changes in the same transaction as the items it describes.
        await indexing.ApplyAsync(SearchIndex, cancellationToken);
        if (own is not null)
        {
            await own.CommitAsync(cancellationToken);
        }
        return saved;
    }

    /// <summary>All writes go through <see cref="SaveChangesAsync(bool, CancellationToken)"/>, which audits them.</summary>
    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    /// <summary>Published versions of items and guides, and audit records, are immutable.</summary>
    private void RefuseChangesToFrozenRecords()
    {
        var frozen = ChangeTracker.Entries()
            .Where(e => e.Entity is ItemVersion or GuideVersion or AuditRecord)
            .Any(e => e.State is EntityState.Modified or EntityState.Deleted);
        if (frozen)
        {
            throw new InvalidOperationException("已发布的版本不可修改或删除。");
        }
    }
}

public sealed class SqliteGongkaiDb(DbContextOptions<SqliteGongkaiDb> options, AuditActor actor, TimeProvider time) : GongkaiDb(options, actor, time)
{
    private Search.SqliteSearchIndex? _searchIndex;

    public override Search.ISearchIndex SearchIndex => _searchIndex ??= new Search.SqliteSearchIndex(this);

    /// <summary>SQLite cannot compare or order DateTimeOffset text; store UTC ticks instead.</summary>
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
}

public sealed class PostgresGongkaiDb(DbContextOptions<PostgresGongkaiDb> options, AuditActor actor, TimeProvider time) : GongkaiDb(options, actor, time)
{
    private Search.PostgresSearchIndex? _searchIndex;

    public override Search.ISearchIndex SearchIndex => _searchIndex ??= new Search.PostgresSearchIndex(this);
}
