using Gongkai.Bodies;
using Gongkai.Catalogue;
using Gongkai.Data;
using Gongkai.Items;
using Gongkai.Portal;
using Gongkai.Text;
using Gongkai.Visibility;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Api;

/// <summary>
/// The read API under <c>/api/v1</c>: bodies, catalogues and items with their metadata.
/// Every item query goes through the visibility rule; unknown or hidden records are 404.
/// </summary>
public static class PublicApi
{
    public static IEndpointRouteBuilder MapPublicApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").WithTags("公开信息").AllowAnonymous();
        api.MapGet("/bodies", ListBodies).WithSummary("全部机构");
        api.MapGet("/bodies/{slug}", GetBody).WithSummary("机构详情：联系方式、查阅点、公开指南");
        api.MapGet("/bodies/{slug}/guide", GetGuide).WithSummary("机构现行的政府信息公开指南");
        api.MapGet("/bodies/{slug}/catalogue", GetCatalogue).WithSummary("机构的政府信息公开目录（树）");
        api.MapGet("/bodies/{slug}/items", ListItems).WithSummary("机构已公开的信息，可按目录栏目、年份、有效性筛选，分页，每页 20 条");
        api.MapGet("/items/{id:int}", GetItem).WithSummary("一条已公开信息的全部属性、正文、附件和版本");
        api.MapSearch();
        return app;
    }

    private static ProblemHttpResult NotFound(string what) => TypedResults.Problem(title: $"{what}不存在或尚未公开。", statusCode: 404);

    private static BodySummary Summary(Body b, string? parentSlug) =>
        new(b.Slug, b.Code, b.Name, b.ShortName, b.Type, b.Type.Chinese(), parentSlug, Links.Body(b.Slug));

    private static async Task<Ok<List<BodySummary>>> ListBodies(GongkaiDb db, CancellationToken ct)
    {
        var bodies = await db.Bodies.AsNoTracking().Include(b => b.Parent).OrderBy(b => b.Id).ToListAsync(ct);
        return TypedResults.Ok(bodies.Select(b => Summary(b, b.Parent?.Slug)).ToList());
    }

    private static async Task<IResult> GetBody(string slug, GongkaiDb db, CancellationToken ct)
    {
        var body = await db.Bodies.AsNoTracking().Include(b => b.Parent).Include(b => b.ReadingRooms).FirstOrDefaultAsync(b => b.Slug == slug, ct);
        if (body is null)
        {
            return NotFound("机构");
        }
        var guide = await db.GuideVersions.AsNoTracking().Where(g => g.BodyId == body.Id).OrderByDescending(g => g.Number)
            .Select(g => new GuideSummary(g.Number, g.PublishedAt, Links.Guide(slug), null)).FirstOrDefaultAsync(ct);
        var subordinates = await db.Bodies.AsNoTracking().Where(b => b.ParentId == body.Id).OrderBy(b => b.SortOrder).ToListAsync(ct);
        return TypedResults.Ok(new BodyDetail(Summary(body, body.Parent?.Slug), body.Contacts,
            body.ReadingRooms.Select(r => new ReadingRoomDto(r.Name, r.Address, r.OpeningHours, r.Phone)).ToList(),
            guide, subordinates.Select(s => Summary(s, slug)).ToList()));
    }

    private static async Task<IResult> GetGuide(string slug, GongkaiDb db, CancellationToken ct)
    {
        var guide = await db.GuideVersions.AsNoTracking().Where(g => g.Body.Slug == slug).OrderByDescending(g => g.Number)
            .Select(g => new GuideSummary(g.Number, g.PublishedAt, Links.Guide(slug), g.ContentHtml)).FirstOrDefaultAsync(ct);
        return guide is null ? NotFound("公开指南") : TypedResults.Ok(guide);
    }

    private static async Task<IResult> GetCatalogue(string slug, HttpContext context, GongkaiDb db, CancellationToken ct)
    {
        var body = await db.Bodies.AsNoTracking().FirstOrDefaultAsync(b => b.Slug == slug, ct);
        if (body is null)
        {
            return NotFound("机构");
        }
        var tree = await CatalogueTree.LoadAsync(db, body.Id, Viewer.From(context.User), ct);
        return TypedResults.Ok(tree.Select(n => CatalogueNode.From(slug, n)).ToList());
    }

    private static async Task<IResult> ListItems(string slug, HttpContext context, GongkaiDb db, CancellationToken ct)
    {
        var body = await db.Bodies.AsNoTracking().FirstOrDefaultAsync(b => b.Slug == slug, ct);
        if (body is null)
        {
            return NotFound("机构");
        }
        var (query, problem) = ListQuery.Parse(context.Request.Query);
        if (query is null)
        {
            return TypedResults.Problem(title: problem, statusCode: 400);
        }
        var viewer = Viewer.From(context.User);
        var items = db.Visible(viewer).Where(i => i.BodyId == body.Id);
        if (context.Request.Query.TryGetValue("category", out var c) && c.ToString() is { Length: > 0 } categoryText)
        {
            var tree = await CatalogueTree.LoadAsync(db, body.Id, viewer, ct);
            if (!int.TryParse(categoryText, out var categoryId) || CatalogueTree.Find(tree, categoryId) is not { } node)
            {
                return TypedResults.Problem(title: $"目录栏目“{categoryText}”不属于该机构。", statusCode: 400);
            }
            var ids = node.SubtreeIds.ToList();
            items = items.Where(i => ids.Contains(i.CategoryId));
        }
        items = query.Filter(items);
        var total = await items.CountAsync(ct);
        var paging = new Paging(query.Page, total, _ => "");
        var page = await items.OrderByDescending(i => i.PublishedAt).ThenByDescending(i => i.Id).Skip(paging.Skip).Take(ListQuery.PageSize)
            .Select(i => new ItemSummary(i.Id, i.IndexNumber, i.Title, i.DocumentNumber, i.PublishedAt, i.Validity, slug, "/items/" + i.Id))
            .ToListAsync(ct);
        return TypedResults.Ok(new ItemPage(query.Page, ListQuery.PageSize, total, paging.PageCount, page));
    }

    private static async Task<IResult> GetItem(int id, HttpContext context, GongkaiDb db, CancellationToken ct)
    {
        var found = await PublicItemLookup.FindAsync(db, id, Viewer.From(context.User), ct, withVersions: true);
        if (found.Item is not { } i)
        {
            return NotFound("信息");
        }
        return TypedResults.Ok(new ItemDetail(i.Id, i.IndexNumber, i.Body.Slug, i.Body.Name, i.CategoryId, i.Category.Name, i.Metadata,
            i.PublishedAt, i.UpdatedAt, i.Channels,
            i.Attachments.Select(a => new AttachmentDto(a.Id, a.FileName, a.ContentType, a.Length, Links.Attachment(i.Id, a.Id))).ToList(),
            i.Versions.OrderBy(v => v.Number).Select(v => new VersionDto(v.Number, v.PublishedAt, v.Note, Links.ItemVersion(i.Id, v.Number))).ToList(),
            Links.Item(i.Id)));
    }
}
