using Gongkai.Data;

namespace Gongkai.Audit;

/// <summary><c>gongkai audit verify</c>: exit 0 when the chain is intact, 1 naming the first broken record.</summary>
public static class AuditCommands
{
    public static async Task<int> VerifyAsync(string[] args, IServiceProvider services, TextWriter output)
    {
        var db = services.GetRequiredService<GongkaiDb>();
        var (count, broken, reason) = await AuditTrail.VerifyAsync(db, CancellationToken.None);
        if (broken is null)
        {
            await output.WriteLineAsync($"审计记录链完整：共 {count} 条记录。");
            return 0;
        }
        await output.WriteLineAsync($"审计记录链在第 {broken} 条记录处断开：{reason}。此前 {count} 条记录完好。");
        return 1;
    }
}
