using Gongkai.Data;
using Gongkai.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Tests.Data;

/// <summary>Each provider's migrations match the model: a missing migration fails here, not in production.</summary>
public sealed class ModelSnapshotTests
{
    [Fact]
    public void Sqlite_migrations_are_up_to_date_with_the_model()
    {
        using var db = new SqliteDesignTimeFactory().CreateDbContext([]);
        Assert.False(db.Database.HasPendingModelChanges(), "Run scripts/add-migration.sh NAME: the SQLite model has changes without a migration.");
        Assert.NotEmpty(db.Database.GetMigrations());
    }

    [Fact]
    public void Postgres_migrations_are_up_to_date_with_the_model()
    {
        using var db = new PostgresDesignTimeFactory().CreateDbContext([]);
        Assert.False(db.Database.HasPendingModelChanges(), "Run scripts/add-migration.sh NAME: the PostgreSQL model has changes without a migration.");
        Assert.NotEmpty(db.Database.GetMigrations());
    }

    [DbFact]
    public async Task Postgres_database_has_every_migration_applied_at_start()
    {
        Skip.If(PostgresServer.SkipReason is not null, PostgresServer.SkipReason);
        await using var app = new PostgresApp();
        await ((IAsyncLifetime)app).InitializeAsync();
        try
        {
            var pending = await app.WithDbAsync(async (db, _) => (await db.Database.GetPendingMigrationsAsync()).ToList());
            Assert.Empty(pending);
            Assert.IsType<PostgresGongkaiDb>(await app.WithDbAsync((db, _) => Task.FromResult<GongkaiDb>(db)));
        }
        finally
        {
            await ((IAsyncLifetime)app).DisposeAsync();
        }
    }
}
