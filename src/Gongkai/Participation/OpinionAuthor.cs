namespace Gongkai.Participation;

/// <summary>
/// Who wrote, as far as they chose to say: everything is optional, and a report may be fully anonymous.
/// Shown only to the staff handling the opinion, never on the portal; no network address is kept.
/// </summary>
public sealed record OpinionAuthor(string? Name, string? Phone, string? Email)
{
    /// <summary>A new instance each time: EF Core cannot share one owned instance between two opinions.</summary>
    public static OpinionAuthor Anonymous => new(null, null, null);

    public bool IsAnonymous => Name is null && Phone is null && Email is null;

    /// <summary>How the portal names the author of a shown comment: the surname and asterisks, or 网友.</summary>
    public string PublicName => Name is { Length: > 0 } n ? n[..1] + new string('*', Math.Clamp(n.Length - 1, 1, 3)) : "网友";
}
