using Gongkai.Data;
using Gongkai.Portal;
using Microsoft.AspNetCore.Mvc;

namespace Gongkai.Applications.Replies;

/// <summary>The approved letter for the applicant, laid out for A4, through the secret tracking link only.</summary>
public sealed class LetterPrintModel(GongkaiDb db) : PortalPageModel
{
    public ReplyLetter Letter { get; private set; } = null!;
    public string Token { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string token, CancellationToken ct)
    {
        if (await ReplyDownloads.IssuedAsync(db, token, ct) is not { } issued)
        {
            return NotFound();
        }
        ReplyDownloads.Private(HttpContext);
        Token = token;
        Letter = ReplyDownloads.LetterOf(issued.Application, issued.Reply, issued.Reply.IssuedOn!.Value);
        PageTitle = Letter.Title;
        return Page();
    }
}
