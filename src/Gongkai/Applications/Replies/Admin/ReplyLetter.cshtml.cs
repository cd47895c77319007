using Gongkai.Applications.Admin;
using Gongkai.BackOffice;
using Gongkai.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Applications.Replies.Admin;

/// <summary>The letter laid out for A4, for staff who may read the application: the draft, or the letter as issued.</summary>
public sealed class ReplyLetterModel(GongkaiDb db, AdminApplications applications, TimeProvider time) : AdminPageModel
{
    public int Id { get; private set; }
    public ReplyLetter Letter { get; private set; } = null!;
    public bool Draft { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var application = await applications.FindAsync(id, ct);
        var reply = application is null ? null : await db.ApplicationReplies.AsNoTracking().FirstOrDefaultAsync(r => r.ApplicationId == id, ct);
        if (reply is null)
        {
            return NotFound();
        }
        Response.Headers.CacheControl = "private, no-store";
        Id = id;
        Draft = reply.Status != ReplyStatus.Approved;
        Letter = ReplyDownloads.LetterOf(application!, reply, Text.ChinaTime.ChinaDate(time.GetUtcNow()));
        PageTitle = Letter.Title;
        return Page();
    }
}
