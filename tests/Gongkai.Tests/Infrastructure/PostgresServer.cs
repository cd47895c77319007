using Npgsql;

namespace Gongkai.Tests.Infrastructure;

/// <summary>The PostgreSQL server the tests may use: <c>GONGKAI_TEST_POSTGRES</c> is a connection string to it.</summary>
public static class PostgresServer
{
    public const string Variable = "GONGKAI_TEST_POSTGRES";

    public static string? ConnectionString => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } cs ? cs : null;

    public static bool Required => Environment.GetEnvironmentVariable("GONGKAI_REQUIRE_POSTGRES") == "1";

    /// <summary>Why PostgreSQL tests are skipped here, or null when they run.</summary>
    public static string? SkipReason => ConnectionString is null && !Required
        ? $"未配置 PostgreSQL：设置环境变量 {Variable}（例如 Host=127.0.0.1;Port=5432;Username=postgres）后运行；.ci/run 会自动启动一个临时 PostgreSQL。"
        : null;

    /// <summary>Creates an empty database for one test class and returns its connection string.</summary>
    public static async Task<string> CreateDatabaseAsync()
    {
        var server = ConnectionString ?? throw new InvalidOperationException($"GONGKAI_REQUIRE_POSTGRES=1 但未设置 {Variable}：CI 必须提供 PostgreSQL。");
        var name = $"gongkai_test_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\" ENCODING 'UTF8' TEMPLATE template0", connection);
            await create.ExecuteNonQueryAsync();
        }
        return new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
    }

    public static async Task DropDatabaseAsync(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
