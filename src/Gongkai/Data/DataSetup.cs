using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Gongkai.Data;

/// <summary>Which database the platform runs on, from configuration section <c>Gongkai</c>.</summary>
public sealed record DataSettings(string Provider, string ConnectionString, string DataDirectory)
{
    public bool IsPostgres => Provider == "postgres";

    public static DataSettings From(IConfiguration configuration)
    {
        var dataDirectory = Path.GetFullPath(configuration["Gongkai:DataDirectory"] ?? "data");
        var provider = (configuration["Gongkai:Database"] ?? "sqlite").Trim().ToLowerInvariant();
        if (provider is "postgres" or "postgresql")
        {
            var cs = configuration.GetConnectionString("Gongkai")
                ?? throw new InvalidOperationException("Gongkai:Database=postgres 需要连接字符串 ConnectionStrings:Gongkai。");
            return new DataSettings("postgres", cs, dataDirectory);
        }
        if (provider != "sqlite")
        {
            throw new InvalidOperationException($"不支持的数据库“{provider}”：Gongkai:Database 只能是 sqlite 或 postgres。");
        }
        var sqlite = configuration.GetConnectionString("Gongkai")
            ?? $"Data Source={Path.Combine(dataDirectory, "gongkai.db")}";
        return new DataSettings("sqlite", sqlite, dataDirectory);
    }
}

public static class DataServices
{
    public static IServiceCollection AddGongkaiData(this IServiceCollection services, DataSettings settings)
    {
        Directory.CreateDirectory(settings.DataDirectory);
        if (settings.IsPostgres)
        {
            services.AddDbContext<GongkaiDb, PostgresGongkaiDb>(o => o.UseNpgsql(settings.ConnectionString));
        }
        else
        {
            // A migration that changes a column makes SQLite rebuild the table, partly outside the
            // migration's transaction, and EF warns each time. That is expected, so it is logged as
            // information: as a warning it would be printed into the output of every command.
            services.AddDbContext<GongkaiDb, SqliteGongkaiDb>(o => o.UseSqlite(settings.ConnectionString).AddInterceptors(new SqliteConnectionTuning()).ConfigureWarnings(w => w.Log(
                (RelationalEventId.NonTransactionalMigrationOperationWarning, LogLevel.Information),
                (SqliteEventId.TableRebuildPendingWarning, LogLevel.Information))));
        }
        return services;
    }
}

/// <summary>Lets <c>dotnet ef</c> build each provider's context without starting the app.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteGongkaiDb>
{
    public SqliteGongkaiDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteGongkaiDb>().UseSqlite("Data Source=design.db").Options, Audit.AuditActor.Nobody, TimeProvider.System);
}

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresGongkaiDb>
{
    public PostgresGongkaiDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresGongkaiDb>().UseNpgsql("Host=localhost;Database=gongkai").Options, Audit.AuditActor.Nobody, TimeProvider.System);
}
