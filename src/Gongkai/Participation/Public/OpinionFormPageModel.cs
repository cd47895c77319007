using Gongkai.Bodies;
using Gongkai.Portal;
using Microsoft.AspNetCore.Mvc;

namespace Gongkai.Participation.Public;

/// <summary>
/// Base of the public pages with an opinion form: the input, the submission key against double
/// submits, the honeypot, and the one way to send (400 with everything typed, 429 with the form kept).
/// </summary>
public abstract class OpinionFormPageModel(OpinionPosting posting) : PortalPageModel
{
    [BindProperty] public OpinionInput Input { get; set; } = OpinionInput.Blank();
    [BindProperty] public string SubmissionKey { get; set; } = SubmissionKeys.New();
    /// <summary>A field people do not see: only robots fill it in.</summary>
    [BindProperty] public string? Website { get; set; }

    public Dictionary<string, string> Errors { get; } = [];

    /// <summary>
    /// Sends the form as an opinion of <paramref name="kind"/> handled by <paramref name="handledBy"/>
    /// (tracked; null when the page found the choice of body wrong and said so in <see cref="Errors"/>).
    /// The page has loaded what it shows before calling, so it can render itself again.
    /// </summary>
    protected async Task<IActionResult> SendAsync(OpinionKind kind, Body? handledBy, OpinionSubject subject, string textLabel, CancellationToken ct)
    {
        if (!string.IsNullOrEmpty(Website))
        {
            return BadRequest();
        }
        SubmissionKey = SubmissionKeys.Accept(SubmissionKey);
        if (await posting.AlreadySentAsync(SubmissionKey, ct) is { } sent)
        {
            return Redirect(sent);
        }
        foreach (var (field, problem) in Input.Problems(textLabel))
        {
            Errors.TryAdd(field, problem);
        }
        if (Errors.Count > 0 || handledBy is null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        if (!posting.TrySubmit(HttpContext))
        {
            Errors[""] = OpinionPosting.TooManyMessage;
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            return Page();
        }
        return Redirect(await posting.ReceiveAsync(kind, handledBy, subject, Input, SubmissionKey, ct));
    }
}
