using Gongkai.Files;
using Gongkai.Staff;

namespace Gongkai.Applications.Admin;

/// <summary>
/// A file the applicant handed in, for the staff who may read the application (the body's handlers,
/// its office head, supervisors above); for everyone else the file does not exist (404).
/// </summary>
public static class ApplicantFileDownload
{
    public static string Link(int applicationId, int fileId) => $"/admin/applications/{applicationId}/files/{fileId}";

    public static IEndpointRouteBuilder MapApplicantFileDownload(this IEndpointRouteBuilder app)
    {
        app.MapGet("/admin/applications/{id:int}/files/{fileId:int}", async (int id, int fileId, HttpContext context, AdminApplications applications, IFileStore store, CancellationToken ct) =>
        {
            var file = (await applications.FindAsync(id, ct))?.Files.FirstOrDefault(f => f.Id == fileId);
            var stream = file is null ? null : store.OpenRead(file.StorageKey);
            if (file is null || stream is null)
            {
                return Results.NotFound();
            }
            Replies.ReplyDownloads.Private(context);
            return Results.File(stream, file.ContentType, file.FileName);
        }).RequireAuthorization(Policies.Staff).ExcludeFromDescription();
        return app;
    }
}
