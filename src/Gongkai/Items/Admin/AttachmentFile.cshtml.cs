using Gongkai.BackOffice;
using Gongkai.Files;
using Microsoft.AspNetCore.Mvc;

namespace Gongkai.Items.Admin;

/// <summary>
/// Any file of an item for the staff of its body, whatever its status: drafters and reviewers
/// open the files a draft or a revision under review proposes, which the public cannot download.
/// </summary>
public sealed class AttachmentFileModel(AdminItems items, IFileStore files) : AdminPageModel
{
    public async Task<IActionResult> OnGetAsync(int id, int attachmentId, CancellationToken ct)
    {
        var attachment = (await items.FindAsync(id, ct))?.Attachments.FirstOrDefault(a => a.Id == attachmentId);
        var stream = attachment is null ? null : files.OpenRead(attachment.StorageKey);
        if (attachment is null || stream is null)
        {
            return NotFound();
        }
        Response.Headers.CacheControl = "private, no-store";
        return File(stream, attachment.ContentType, attachment.FileName);
    }
}
