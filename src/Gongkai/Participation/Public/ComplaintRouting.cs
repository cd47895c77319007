using Gongkai.Bodies;

namespace Gongkai.Participation.Public;

/// <summary>
/// Who handles a complaint or a report sent on the portal (ADR 0012). A complaint that a body failed
/// to disclose or to answer goes to its supervising body. A report goes to the body chosen, which
/// receives reports in its field, unless the person says it is about that body or its staff: then,
/// like a complaint, to the supervising body, so nobody handles a report about themselves.
/// </summary>
public static class ComplaintRouting
{
    /// <param name="concerned">The body chosen on the form, with its <see cref="Body.Parent"/> loaded.</param>
    public static (Body HandledBy, OpinionSubject Subject) Route(OpinionKind kind, Body concerned, bool reportAboutTheBody) => kind switch
    {
        OpinionKind.Complaint => (Opinion.ComplaintHandler(concerned), new OpinionSubject(AgainstBodyId: concerned.Id)),
        OpinionKind.Report when reportAboutTheBody => (Opinion.ComplaintHandler(concerned), new OpinionSubject(AgainstBodyId: concerned.Id)),
        OpinionKind.Report => (concerned, OpinionSubject.None),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "只有投诉和举报经此分送。"),
    };
}
