using Gongkai.Data;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.BackOffice;

/// <summary>
/// Saves one step a work page takes on its record (an application, an opinion, a consultation).
/// The step is audited under its action. When the record's rules refuse it
/// (<see cref="InvalidOperationException"/>, in Chinese) or someone else changed the record meanwhile,
/// nothing is saved and the tracked changes are dropped, so the page can load the record again and
/// show the reason (400) or the conflict (409) with what was typed.
/// </summary>
public static class WorkStep
{
    public sealed record Outcome(string? Done, string? Refusal, bool Conflict);

    public static async Task<Outcome> SaveAsync(GongkaiDb db, string action, string? note, Func<Task<string>> step, CancellationToken ct)
    {
        try
        {
            var done = await step();
            db.AuditAs(action, note);
            await db.SaveChangesAsync(ct);
            return new Outcome(done, null, false);
        }
        catch (InvalidOperationException e)
        {
            db.ChangeTracker.Clear();
            return new Outcome(null, e.Message, false);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return new Outcome(null, null, true);
        }
    }

    public static Task<Outcome> SaveAsync(GongkaiDb db, string action, string? note, Func<string> step, CancellationToken ct) =>
        SaveAsync(db, action, note, () => Task.FromResult(step()), ct);
}
