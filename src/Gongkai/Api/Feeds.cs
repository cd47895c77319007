using System.Xml;
using Gongkai.Data;
using Gongkai.Portal;
using Gongkai.Visibility;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Api;

/// <summary>An Atom feed of each body's latest public items.</summary>
public static class Feeds
{
    private const string AtomNs = "http://www.w3.org/2005/Atom";

    public static IEndpointRouteBuilder MapFeeds(this IEndpointRouteBuilder app)
    {
        app.MapGet("/bodies/{slug}/feed.atom", WriteBodyFeed).AllowAnonymous().ExcludeFromDescription();
        return app;
    }

    private static async Task WriteBodyFeed(string slug, HttpContext context, GongkaiDb db, PortalSettings settings, CancellationToken ct)
    {
        var body = await db.Bodies.AsNoTracking().FirstOrDefaultAsync(b => b.Slug == slug, ct);
        if (body is null)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        var items = await db.Visible(Viewer.From(context.User)).Where(i => i.BodyId == body.Id)
            .OrderByDescending(i => i.PublishedAt).ThenByDescending(i => i.Id).Take(20)
            .Select(i => new { i.Id, i.Title, i.Summary, i.DocumentNumber, i.IndexNumber, i.PublishedAt, i.UpdatedAt })
            .ToListAsync(ct);
        var origin = $"{context.Request.Scheme}://{context.Request.Host}";
        context.Response.ContentType = "application/atom+xml; charset=utf-8";
        await using var writer = XmlWriter.Create(context.Response.Body, new XmlWriterSettings { Async = true, Indent = true, Encoding = new System.Text.UTF8Encoding(false) });
        await writer.WriteStartDocumentAsync();
        writer.WriteStartElement("feed", AtomNs);
        writer.WriteElementString("title", AtomNs, $"{body.Name} — 最新公开信息");
        writer.WriteElementString("id", AtomNs, $"{origin}{Links.Body(slug)}");
        writer.WriteElementString("updated", AtomNs, XmlConvert.ToString(items.Count > 0 ? items.Max(i => i.UpdatedAt) : DateTimeOffset.UnixEpoch));
        WriteLink(writer, $"{origin}{Links.Feed(slug)}", "self");
        WriteLink(writer, $"{origin}{Links.Body(slug)}", "alternate");
        writer.WriteStartElement("author", AtomNs);
        writer.WriteElementString("name", AtomNs, body.Name);
        writer.WriteEndElement();
        if (settings.DemoMode)
        {
            writer.WriteElementString("subtitle", AtomNs, "演示内容，不是真实的政府信息。");
        }
        foreach (var item in items)
        {
            writer.WriteStartElement("entry", AtomNs);
            writer.WriteElementString("title", AtomNs, item.Title);
            writer.WriteElementString("id", AtomNs, $"{origin}{Links.Item(item.Id)}");
            writer.WriteElementString("published", AtomNs, XmlConvert.ToString(item.PublishedAt!.Value));
            writer.WriteElementString("updated", AtomNs, XmlConvert.ToString(item.UpdatedAt));
            WriteLink(writer, $"{origin}{Links.Item(item.Id)}", "alternate");
            var summary = string.Join("　", new[] { item.IndexNumber, item.DocumentNumber, item.Summary }.Where(s => !string.IsNullOrWhiteSpace(s)));
            if (summary.Length > 0)
            {
                writer.WriteElementString("summary", AtomNs, summary);
            }
            writer.WriteEndElement();
        }
        writer.WriteEndElement();
        await writer.WriteEndDocumentAsync();
        await writer.FlushAsync();
    }

    private static void WriteLink(XmlWriter writer, string href, string rel)
    {
        writer.WriteStartElement("link", AtomNs);
        writer.WriteAttributeString("rel", rel);
        writer.WriteAttributeString("href", href);
        writer.WriteEndElement();
    }
}
