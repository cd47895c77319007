using Gongkai.Data;
using Gongkai.Files;
using Gongkai.Staff;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Participation.Registers.Admin;

/// <summary>The photo of a notice-board posting, for staff who may read the body's registers; 404 for anyone else.</summary>
public static class PostingPhoto
{
    public static string Link(int postingId) => $"/admin/registers/postings/{postingId}/photo";

    public static IEndpointRouteBuilder MapPostingPhoto(this IEndpointRouteBuilder app)
    {
        app.MapGet("/admin/registers/postings/{id:int}/photo", async (int id, AdminRegisters registers, GongkaiDb db, IFileStore store, CancellationToken ct) =>
        {
            var readable = (await registers.ReadableBodiesAsync(ct)).ToList();
            var posting = await db.NoticeBoardPostings.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id && readable.Contains(p.BodyId), ct);
            var stream = posting?.PhotoKey is { } key ? store.OpenRead(key) : null;
            return stream is null ? Results.NotFound() : Results.File(stream, posting!.PhotoContentType);
        }).RequireAuthorization(Policies.Staff).ExcludeFromDescription();
        return app;
    }
}
