using Gongkai.Applications;
using Gongkai.Bodies;
using Gongkai.Data;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Participation.Public;

/// <summary>
/// What every public opinion form does once its input is valid: the per-address limit, the intake
/// (time limit, code, moderation choice), the audit note, and one opinion however often the form is sent.
/// </summary>
public sealed class OpinionPosting(GongkaiDb db, OpinionIntake intake, PublicRateLimits limits)
{
    public const string TooManyMessage = "提交过于频繁，请稍后再试。已填写的内容仍保留在下方。";

    /// <summary>The tracking link of the opinion already sent with <paramref name="key"/>, if any.</summary>
    public async Task<string?> AlreadySentAsync(string key, CancellationToken ct)
    {
        var token = SubmissionKeys.Token(key);
        var found = await db.Opinions.AsNoTracking().IgnoreAutoIncludes().AnyAsync(o => o.AccessToken == token, ct);
        return found ? OpinionLinks.Track(token) : null;
    }

    public bool TrySubmit(HttpContext context) => limits.TrySubmit(context);

    /// <summary>Receives the opinion (handled by the tracked <paramref name="handledBy"/>) and answers the tracking link to redirect to.</summary>
    public async Task<string> ReceiveAsync(OpinionKind kind, Body handledBy, OpinionSubject subject, OpinionInput input, string key, CancellationToken ct)
    {
        var code = TrackingCode.New() with { Token = SubmissionKeys.Token(key) };
        var opinion = await intake.ReceiveAsync(kind, OpinionChannel.Website, handledBy, subject, input.Title, input.Text ?? "", input.ToAuthor(), input.Public,
            receivedOn: null, OpinionActor.Public, code, ct);
        db.AuditAs($"公众提交{kind.Chinese()}", opinion.TrackingCode);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // The same form, sent twice at the same moment: the other request saved it.
            if (await AlreadySentAsync(key, ct) is { } sent)
            {
                return sent;
            }
            throw;
        }
        return OpinionLinks.Track(code.Token) + "?submitted=1";
    }
}
