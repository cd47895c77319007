using Gongkai.Bodies;
using Gongkai.Catalogue;
using Gongkai.Guides;
using Gongkai.Items;
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
public abstract class GongkaiDb(DbContextOptions options) : DbContext(options)
{
    public DbSet<Body> Bodies => Set<Body>();
    public DbSet<GuideVersion> GuideVersions => Set<GuideVersion>();
    public DbSet<CatalogueTemplate> CatalogueTemplates => Set<CatalogueTemplate>();
    public DbSet<CatalogueCategory> CatalogueCategories => Set<CatalogueCategory>();
    public DbSet<DisclosureItem> Items => Set<DisclosureItem>();
    public DbSet<ItemVersion> ItemVersions => Set<ItemVersion>();
    public DbSet<Attachment> Attachments => Set<Attachment>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(GongkaiDb).Assembly);

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        RefuseChangesToFrozenRecords();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        RefuseChangesToFrozenRecords();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    /// <summary>Published versions of items and guides are immutable.</summary>
    private void RefuseChangesToFrozenRecords()
    {
        var frozen = ChangeTracker.Entries()
            .Where(e => e.Entity is ItemVersion or GuideVersion)
            .Any(e => e.State is EntityState.Modified or EntityState.Deleted);
        if (frozen)
        {
            throw new InvalidOperationException("已发布的版本不可修改或删除。");
        }
    }
}

public sealed class SqliteGongkaiDb(DbContextOptions<SqliteGongkaiDb> options) : GongkaiDb(options)
{
    /// <summary>SQLite cannot compare or order DateTimeOffset text; store UTC ticks instead.</summary>
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
}

public sealed class PostgresGongkaiDb(DbContextOptions<PostgresGongkaiDb> options) : GongkaiDb(options);
