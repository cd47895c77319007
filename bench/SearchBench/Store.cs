using System.Data.Common;
using Gongkai.Data;
using Gongkai.Search;
using Gongkai.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using NpgsqlTypes;

namespace SearchBench;

/// <summary>
/// The database under test, opened through the app itself (<see cref="GongkaiWeb.AddServices"/>) with
/// the given provider, each unit of work in its own DI scope as a request or a command has it.
/// Beside the app's tables it keeps <c>bench_items</c> (the raw titles, texts and facets, for
/// the LIKE comparison) and <c>bench_meta</c> (what was loaded). On SQLite these live in a
/// second file next to the database, so the database file holds only what the app stores.
/// </summary>
public sealed class Store : IAsyncDisposable
{
    private readonly WebApplication _app;

    private Store(WebApplication app, Options options)
    {
        _app = app;
        Options = options;
    }

    public Options Options { get; }

    public bool IsPostgres => Options.Postgres is not null;

    public string LikeDatabase => Options.Database + ".like.db";

    public static Store Open(Options options)
    {
        List<string> args = ["--Gongkai:Demo=false", "--Gongkai:BackgroundJobs=false", "--Gongkai:MigrateOnStart=false", "--Logging:LogLevel:Default=Warning"];
        if (options.Postgres is not null)
        {
            args.Add("--Gongkai:Database=postgres");
            args.Add($"--ConnectionStrings:Gongkai={options.Postgres}");
            args.Add($"--Gongkai:DataDirectory={Path.Combine(Path.GetTempPath(), "gongkai-search-bench-pg")}");
        }
        else
        {
            args.Add($"--Gongkai:DataDirectory={Path.GetDirectoryName(Path.GetFullPath(options.Database))}");
            args.Add($"--ConnectionStrings:Gongkai=Data Source={Path.GetFullPath(options.Database)}");
        }
        // GongkaiWeb.Build without the HTTP pipeline (which wants the app's static asset manifest):
        // the same configuration and services, never started.
        var builder = WebApplication.CreateBuilder([.. args]);
        GongkaiWeb.AddServices(builder.Services, builder.Configuration);
        return new Store(builder.Build(), options);
    }

    public AsyncServiceScope Scope() => _app.Services.CreateAsyncScope();

    public async Task MigrateAsync()
    {
        await using var scope = Scope();
        await scope.ServiceProvider.GetRequiredService<GongkaiDb>().Database.MigrateAsync();
    }

    /// <summary>Deletes a SQLite database and its LIKE file (before a fresh load).</summary>
    public static void DeleteSqliteFiles(string database)
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { database, database + ".like.db" })
        {
            foreach (var suffix in new[] { "", "-wal", "-shm", "-journal" })
            {
                File.Delete(file + suffix);
            }
        }
    }

    /// <summary>What an earlier run loaded: (items, seed), or null.</summary>
    public async Task<(int Items, int Seed)?> LoadedAsync()
    {
        await using var connection = await OpenLikeConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = IsPostgres
            ? "SELECT items, seed FROM bench_meta WHERE to_regclass('bench_meta') IS NOT NULL"
            : "SELECT items, seed FROM bench_meta";
        try
        {
            await using var reader = await command.ExecuteReaderAsync();
            return await reader.ReadAsync() ? (reader.GetInt32(0), reader.GetInt32(1)) : null;
        }
        catch (DbException)
        {
            return null;
        }
    }

    /// <summary>Empties the index and the LIKE table (PostgreSQL; SQLite files are deleted instead).</summary>
    public async Task ResetAsync()
    {
        await using (var scope = Scope())
        {
            await scope.ServiceProvider.GetRequiredService<ISearchIndex>().ClearAsync();
        }
        await using var connection = await OpenLikeConnectionAsync();
        await ExecuteAsync(connection, null, "DROP TABLE IF EXISTS bench_items; DROP TABLE IF EXISTS bench_meta;");
    }

    public async Task CreateLikeTablesAsync()
    {
        await using var connection = await OpenLikeConnectionAsync();
        var big = IsPostgres ? "bigint" : "INTEGER";
        await ExecuteAsync(connection, null, $"""
            CREATE TABLE IF NOT EXISTS bench_meta (items integer NOT NULL, seed integer NOT NULL);
            CREATE TABLE IF NOT EXISTS bench_items (
                id integer PRIMARY KEY, body_id integer NOT NULL, year integer NOT NULL, category_id integer NOT NULL,
                genre text NOT NULL, validity integer NOT NULL, scope integer NOT NULL, sort_key {big} NOT NULL,
                traditional integer NOT NULL, title text NOT NULL, text text NOT NULL);
            """);
    }

    /// <summary>The indexes a list page would have: newest first, and by body and year.</summary>
    public async Task IndexLikeTableAsync()
    {
        await using var connection = await OpenLikeConnectionAsync();
        await ExecuteAsync(connection, null, """
            CREATE INDEX IF NOT EXISTS bench_items_sort ON bench_items (sort_key);
            CREATE INDEX IF NOT EXISTS bench_items_body_year ON bench_items (body_id, year, sort_key);
            """);
        await ExecuteAsync(connection, null, IsPostgres ? "ANALYZE bench_items" : "ANALYZE");
    }

    public async Task MarkLoadedAsync(int items, int seed)
    {
        await using var connection = await OpenLikeConnectionAsync();
        await ExecuteAsync(connection, null, $"DELETE FROM bench_meta; INSERT INTO bench_meta (items, seed) VALUES ({items}, {seed});");
    }

    public async Task<DbConnection> OpenLikeConnectionAsync()
    {
        DbConnection connection = IsPostgres
            ? new NpgsqlConnection(Options.Postgres)
            : new SqliteConnection($"Data Source={Path.GetFullPath(LikeDatabase)}");
        await connection.OpenAsync();
        return connection;
    }

    public static async Task ExecuteAsync(DbConnection connection, DbTransaction? transaction, string sql)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.CommandTimeout = 0;
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Writes one batch to the LIKE table, in the given connection and transaction.</summary>
    public static async Task InsertLikeRowsAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<BenchItem> items)
    {
        if (connection is NpgsqlConnection pg)
        {
            await using var copy = await pg.BeginBinaryImportAsync(
                "COPY bench_items (id, body_id, year, category_id, genre, validity, scope, sort_key, traditional, title, text) FROM STDIN (FORMAT BINARY)");
            foreach (var item in items)
            {
                await copy.StartRowAsync();
                await copy.WriteAsync(item.Id, NpgsqlDbType.Integer);
                await copy.WriteAsync(item.BodyId, NpgsqlDbType.Integer);
                await copy.WriteAsync(item.Year, NpgsqlDbType.Integer);
                await copy.WriteAsync(item.CategoryId, NpgsqlDbType.Integer);
                await copy.WriteAsync(item.Genre, NpgsqlDbType.Text);
                await copy.WriteAsync((int)item.Validity, NpgsqlDbType.Integer);
                await copy.WriteAsync((int)item.Scope, NpgsqlDbType.Integer);
                await copy.WriteAsync(item.SortKey, NpgsqlDbType.Bigint);
                await copy.WriteAsync(item.Traditional ? 1 : 0, NpgsqlDbType.Integer);
                await copy.WriteAsync(item.Title, NpgsqlDbType.Text);
                await copy.WriteAsync(item.Text, NpgsqlDbType.Text);
            }
            await copy.CompleteAsync();
            return;
        }
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "INSERT INTO bench_items VALUES ($id, $body, $year, $category, $genre, $validity, $scope, $sort, $traditional, $title, $text)";
        var parameters = new[] { "$id", "$body", "$year", "$category", "$genre", "$validity", "$scope", "$sort", "$traditional", "$title", "$text" }
            .Select(name =>
            {
                var p = command.CreateParameter();
                p.ParameterName = name;
                command.Parameters.Add(p);
                return p;
            }).ToArray();
        await command.PrepareAsync();
        foreach (var item in items)
        {
            parameters[0].Value = item.Id;
            parameters[1].Value = item.BodyId;
            parameters[2].Value = item.Year;
            parameters[3].Value = item.CategoryId;
            parameters[4].Value = item.Genre;
            parameters[5].Value = (int)item.Validity;
            parameters[6].Value = (int)item.Scope;
            parameters[7].Value = item.SortKey;
            parameters[8].Value = item.Traditional ? 1 : 0;
            parameters[9].Value = item.Title;
            parameters[10].Value = item.Text;
            await command.ExecuteNonQueryAsync();
        }
    }

    /// <summary>
    /// Bytes the app's database takes: the SQLite file (after a checkpoint), or on PostgreSQL the
    /// database less the LIKE table.
    /// </summary>
    public async Task<long> DatabaseBytesAsync()
    {
        await using var scope = Scope();
        var db = scope.ServiceProvider.GetRequiredService<GongkaiDb>();
        if (!IsPostgres)
        {
            await db.Database.OpenConnectionAsync();
            await using (var command = db.Database.GetDbConnection().CreateCommand())
            {
                command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE)";
                await command.ExecuteNonQueryAsync();
            }
            await db.Database.CloseConnectionAsync();
            return new[] { "", "-wal" }.Select(s => new FileInfo(Options.Database + s)).Where(f => f.Exists).Sum(f => f.Length);
        }
        await using var connection = await OpenLikeConnectionAsync();
        await using var size = connection.CreateCommand();
        size.CommandText = "SELECT pg_database_size(current_database()) - coalesce(pg_total_relation_size(to_regclass('bench_items')), 0)";
        return (long)(await size.ExecuteScalarAsync())!;
    }

    public async Task<long> LikeBytesAsync()
    {
        if (!IsPostgres)
        {
            return new FileInfo(LikeDatabase).Length;
        }
        await using var connection = await OpenLikeConnectionAsync();
        await using var size = connection.CreateCommand();
        size.CommandText = "SELECT pg_total_relation_size('bench_items')";
        return (long)(await size.ExecuteScalarAsync())!;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
