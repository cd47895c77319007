namespace Gongkai.Applications.Replies.Admin;

/// <summary>The reply form as typed. Rows of withheld parts left entirely blank are not parts.</summary>
public sealed class ReplyInput
{
    /// <summary>Blank rows offered under the parts already filled in.</summary>
    public const int BlankParts = 2;

    public string? OutcomeCode { get; set; }
    public string? LegalBasis { get; set; }
    public string? Reason { get; set; }
    public string? OtherBody { get; set; }
    /// <summary>The letter as plain text, a paragraph per line.</summary>
    public string? LetterText { get; set; }
    public List<PartInput> Parts { get; set; } = [];

    public sealed class PartInput
    {
        public string? Description { get; set; }
        public string? GroundCode { get; set; }
        public string? Reason { get; set; }

        public bool IsBlank => string.IsNullOrWhiteSpace(Description) && string.IsNullOrWhiteSpace(GroundCode) && string.IsNullOrWhiteSpace(Reason);
    }

    public static ReplyInput From(ApplicationReply reply) => new()
    {
        OutcomeCode = reply.OutcomeCode,
        LegalBasis = reply.LegalBasis,
        Reason = reply.Reason,
        OtherBody = reply.OtherBody,
        LetterText = Text.HtmlCleaner.ToText(reply.LetterHtml),
        Parts = [.. reply.WithheldParts.OrderBy(p => p.Number).Select(p => new PartInput { Description = p.Description, GroundCode = p.GroundCode, Reason = p.Reason })],
    };

    /// <summary>
    /// The draft this form describes. The basis defaults to the outcome's when left blank, or when it is
    /// still another outcome's default (the handler changed the outcome, not the basis).
    /// </summary>
    public ReplyDraft ToDraft()
    {
        var outcome = Outcome.Find(OutcomeCode);
        var basis = LegalBasis?.Trim();
        if (outcome is not null && (string.IsNullOrEmpty(basis) || Outcome.All.Any(o => o != outcome && o.DefaultBasis == basis)))
        {
            basis = outcome.DefaultBasis;
        }
        var parts = outcome == Outcome.Partial ? Parts.Where(p => !p.IsBlank).Select(p => new WithheldPartDraft(p.Description, p.GroundCode, p.Reason)).ToList() : [];
        return new ReplyDraft(OutcomeCode, basis, Reason, OtherBody, parts, Paragraphs(LetterText));
    }

    /// <summary>Each line a paragraph; what is typed is text, never markup.</summary>
    public static string Paragraphs(string? text) =>
        string.Concat((text ?? "").Replace("\r", "", StringComparison.Ordinal).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => $"<p>{System.Net.WebUtility.HtmlEncode(line)}</p>"));

    /// <summary>The parts filled in, then blank rows to add more.</summary>
    public IEnumerable<PartInput> PartsWithBlanks => Parts.Where(p => !p.IsBlank).Concat(Enumerable.Range(0, BlankParts).Select(_ => new PartInput()));
}
