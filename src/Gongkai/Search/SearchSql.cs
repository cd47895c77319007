using System.Data.Common;
using Gongkai.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Gongkai.Search;

/// <summary>Plain SQL on the context's own connection and transaction, for the search index providers.</summary>
internal sealed class SearchSql(GongkaiDb db)
{
    public static DbCommand Command(DbConnection connection, DbTransaction? transaction, string sql, params string[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        foreach (var name in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            command.Parameters.Add(parameter);
        }
        return command;
    }

    public static async Task ExecuteAsync(DbCommand command, CancellationToken ct, params object[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i];
        }
        await command.ExecuteNonQueryAsync(ct);
    }

    public async Task<T> WithConnectionAsync<T>(Func<DbConnection, DbTransaction?, Task<T>> work)
    {
        var connection = db.Database.GetDbConnection();
        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened)
        {
            await db.Database.OpenConnectionAsync();
        }
        try
        {
            return await work(connection, db.Database.CurrentTransaction?.GetDbTransaction());
        }
        finally
        {
            if (opened)
            {
                await db.Database.CloseConnectionAsync();
            }
        }
    }

    /// <summary>Runs in the caller's transaction when there is one (the index changes with the items), else in its own.</summary>
    public Task InTransactionAsync(Func<DbConnection, DbTransaction, Task> work, CancellationToken ct) =>
        WithConnectionAsync<bool>(async (connection, transaction) =>
        {
            if (transaction is not null)
            {
                await work(connection, transaction);
                return true;
            }
            await using var own = await connection.BeginTransactionAsync(ct);
            await work(connection, own);
            await own.CommitAsync(ct);
            return true;
        });
}
