namespace Gongkai.Participation.Public;

/// <summary>The portal's URLs for comments, suggestions, complaints and their tracking.</summary>
public static class OpinionLinks
{
    public const string Complaints = "/complaints";
    public const string Lookup = "/feedback";
    public static string Track(string token) => $"/feedback/{token}";
    public static string Comment(int itemId) => $"/items/{itemId}/comment";
    public static string Suggestions(string slug) => $"/bodies/{slug}/suggestions";
    public static string Complain(string slug) => $"/bodies/{slug}/complain";
    public static string BodyFeedback(string slug) => $"/bodies/{slug}/feedback";
    public static string Rectification(string slug, int opinionId) => $"/bodies/{slug}/rectifications/{opinionId}";
}
