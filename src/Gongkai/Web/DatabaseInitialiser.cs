using Gongkai.Catalogue;
using Gongkai.Data;
using Gongkai.Demo;
using Gongkai.Portal;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web;

/// <summary>
/// On start: applies migrations, writes reference data and, in demo mode on an empty
/// database, seeds the demo bodies. <c>Gongkai:MigrateOnStart=false</c> turns it off.
/// </summary>
internal sealed class DatabaseInitialiser(IServiceProvider services, IConfiguration configuration, PortalSettings portal, ILogger<DatabaseInitialiser> log) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!configuration.GetValue("Gongkai:MigrateOnStart", true))
        {
            return;
        }
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GongkaiDb>();
        await PrepareAsync(db, cancellationToken);
        if (portal.DemoMode && !await db.Bodies.AnyAsync(cancellationToken))
        {
            log.LogInformation("Empty database in demo mode: seeding the demo bodies.");
            await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync(cancellationToken);
        }
        if (await Search.SearchRebuild.EnsureBuiltAsync(db, cancellationToken))
        {
            log.LogInformation("The search index was empty: it has been built from the items.");
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Migrations and reference data; also what <c>gongkai db migrate</c> does.</summary>
    public static async Task PrepareAsync(GongkaiDb db, CancellationToken ct)
    {
        await db.Database.MigrateAsync(ct);
        await ReferenceData.EnsureAsync(db, ct);
    }
}
