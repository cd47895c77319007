using Gongkai.Data;
using Gongkai.Files;
using Gongkai.Visibility;

namespace Gongkai.Items;

/// <summary>
/// Public attachment downloads, behind the visibility rule: the item must be visible, and
/// <see cref="PublicItemLookup"/> loads only the files the rule lets the public see, so a file
/// waiting in a revision, or one a revision took off, answers 404.
/// </summary>
public static class AttachmentDownload
{
    public static IEndpointRouteBuilder MapAttachmentDownloads(this IEndpointRouteBuilder app)
    {
        app.MapGet("/items/{id:int}/attachments/{attachmentId:int}", async (int id, int attachmentId, HttpContext context, GongkaiDb db, IFileStore files, CancellationToken ct) =>
        {
            var found = await PublicItemLookup.FindAsync(db, id, Viewer.From(context.User), ct);
            var attachment = found.Item?.Attachments.FirstOrDefault(a => a.Id == attachmentId);
            var stream = attachment is null ? null : files.OpenRead(attachment.StorageKey);
            if (attachment is null || stream is null)
            {
                return Results.NotFound();
            }
            context.Response.Headers.CacheControl = "public, max-age=300";
            return Results.File(stream, attachment.ContentType, attachment.FileName, enableRangeProcessing: true);
        }).AllowAnonymous().ExcludeFromDescription();
        return app;
    }
}
