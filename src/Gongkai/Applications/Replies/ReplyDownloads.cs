using Gongkai.Applications.Admin;
using Gongkai.Data;
using Gongkai.Files;
using Gongkai.Staff;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Applications.Replies;

/// <summary>
/// The letter (DOCX) and the disclosed files. The applicant gets them through the secret tracking link,
/// only once the reply is approved; staff who may read the application get them at any stage (a letter
/// not yet approved is marked as a draft). Anything else answers 404. Nothing here is cached or indexed.
/// </summary>
public static class ReplyDownloads
{
    public sealed record Issued(DisclosureApplication Application, ApplicationReply Reply);

    /// <summary>The approved reply of the application with this tracking token, or null.</summary>
    public static async Task<Issued?> IssuedAsync(GongkaiDb db, string token, CancellationToken ct)
    {
        if (token.Length > 40)
        {
            return null;
        }
        var application = await db.Applications.AsNoTracking().Include(a => a.Body).FirstOrDefaultAsync(a => a.AccessToken == token, ct);
        var reply = application is null ? null
            : await db.ApplicationReplies.AsNoTracking().FirstOrDefaultAsync(r => r.ApplicationId == application.Id && r.Status == ReplyStatus.Approved, ct);
        return reply is null ? null : new Issued(application!, reply);
    }

    /// <summary>The letter as it is issued, or (before approval) as it would be issued today.</summary>
    public static ReplyLetter LetterOf(DisclosureApplication application, ApplicationReply reply, DateOnly today) =>
        new(ReplyLetters.Title, reply.LetterHtml, application.Body.Name, reply.IssuedOn ?? today);

    public static string DocxName(DisclosureApplication application) => $"{ReplyLetters.Title}（{application.TrackingCode}）.docx";

    public static IEndpointRouteBuilder MapReplyDownloads(this IEndpointRouteBuilder app)
    {
        app.MapGet("/track/{token}/letter.docx", async (string token, HttpContext context, GongkaiDb db, TimeProvider time, CancellationToken ct) =>
            await IssuedAsync(db, token, ct) is { } issued ? Docx(context, issued.Application, issued.Reply, time) : Results.NotFound())
            .AllowAnonymous().ExcludeFromDescription();

        app.MapGet("/track/{token}/files/{fileId:int}", async (string token, int fileId, HttpContext context, GongkaiDb db, IFileStore store, CancellationToken ct) =>
            File(context, (await IssuedAsync(db, token, ct))?.Reply, fileId, store))
            .AllowAnonymous().ExcludeFromDescription();

        app.MapGet("/admin/applications/{id:int}/reply/letter.docx", async (int id, HttpContext context, AdminApplications applications, GongkaiDb db, TimeProvider time, CancellationToken ct) =>
        {
            var application = await applications.FindAsync(id, ct);
            var reply = application is null ? null : await db.ApplicationReplies.AsNoTracking().FirstOrDefaultAsync(r => r.ApplicationId == id, ct);
            return reply is null ? Results.NotFound() : Docx(context, application!, reply, time);
        }).RequireAuthorization(Policies.Staff).ExcludeFromDescription();

        app.MapGet("/admin/applications/{id:int}/reply/files/{fileId:int}", async (int id, int fileId, HttpContext context, AdminApplications applications, GongkaiDb db, IFileStore store, CancellationToken ct) =>
        {
            var reply = await applications.FindAsync(id, ct) is null ? null : await db.ApplicationReplies.AsNoTracking().FirstOrDefaultAsync(r => r.ApplicationId == id, ct);
            return File(context, reply, fileId, store);
        }).RequireAuthorization(Policies.Staff).ExcludeFromDescription();
        return app;
    }

    private static IResult Docx(HttpContext context, DisclosureApplication application, ApplicationReply reply, TimeProvider time)
    {
        Private(context);
        var letter = LetterOf(application, reply, Text.ChinaTime.ChinaDate(time.GetUtcNow()));
        return Results.File(LetterDocx.Write(letter, draft: reply.Status != ReplyStatus.Approved), LetterDocx.ContentType, DocxName(application));
    }

    private static IResult File(HttpContext context, ApplicationReply? reply, int fileId, IFileStore store)
    {
        var file = reply?.Files.FirstOrDefault(f => f.Id == fileId);
        var stream = file is null ? null : store.OpenRead(file.StorageKey);
        if (file is null || stream is null)
        {
            return Results.NotFound();
        }
        Private(context);
        return Results.File(stream, file.ContentType, file.FileName);
    }

    /// <summary>An applicant's documents: kept out of shared caches and search engines.</summary>
    public static void Private(HttpContext context)
    {
        context.Response.Headers.CacheControl = "private, no-store";
        context.Response.Headers["X-Robots-Tag"] = "noindex, nofollow";
    }
}
