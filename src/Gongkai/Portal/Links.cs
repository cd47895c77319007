namespace Gongkai.Portal;

/// <summary>The portal's URLs, in one place, so they stay readable and stable.</summary>
public static class Links
{
    public static string Body(string slug) => $"/bodies/{slug}";
    public static string Guide(string slug) => $"/bodies/{slug}/guide";
    public static string GuideVersion(string slug, int number) => $"/bodies/{slug}/guide?version={number}";
    public static string Catalogue(string slug) => $"/bodies/{slug}/catalogue";
    public static string Category(string slug, int categoryId) => $"/bodies/{slug}/catalogue/{categoryId}";
    public static string Feed(string slug) => $"/bodies/{slug}/feed.atom";
    public static string Search(string slug) => $"/bodies/{slug}/search";
    public static string Apply(string slug) => $"/bodies/{slug}/apply";
    public static string Track(string token) => $"/track/{token}";
    public static string Item(int id) => $"/items/{id}";
    public static string ItemPrint(int id) => $"/items/{id}/print";
    public static string ItemHistory(int id) => $"/items/{id}/history";
    public static string ItemVersion(int id, int number) => $"/items/{id}/versions/{number}";
    public static string Attachment(int itemId, int attachmentId) => $"/items/{itemId}/attachments/{attachmentId}";
}
