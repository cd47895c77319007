using Gongkai.Bodies;
using Gongkai.Data;
using Gongkai.Portal;
using Gongkai.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Catalogue;

/// <summary>The items of one catalogue category and its sub-categories, paged, filterable by year and validity.</summary>
public sealed class CategoryListingModel(GongkaiDb db) : PortalPageModel
{
    public Body Body { get; private set; } = null!;
    public CatalogueTree.Node Node { get; private set; } = null!;
    public IReadOnlyList<CatalogueTree.Node> Tree { get; private set; } = [];
    public ListQuery Query { get; private set; } = new(1, null, null);
    public IReadOnlyList<ItemLine> Items { get; private set; } = [];
    public IReadOnlyList<int> Years { get; private set; } = [];
    public Paging Paging { get; private set; } = null!;
    public int? RequestedPage { get; private set; }
    public string? Problem { get; private set; }
    public string EmptyText => Query.Year is null && Query.Validity is null ? "本栏目暂无公开信息。" : "没有符合筛选条件的信息。";

    public async Task<IActionResult> OnGetAsync(string slug, int categoryId, CancellationToken ct)
    {
        var body = await db.Bodies.AsNoTracking().FirstOrDefaultAsync(b => b.Slug == slug, ct);
        if (body is null)
        {
            return NotFound();
        }
        Body = HeaderBody = body;
        Tree = await CatalogueTree.LoadAsync(db, body.Id, Viewer, ct);
        var node = CatalogueTree.Find(Tree, categoryId);
        if (node is null)
        {
            return NotFound();
        }
        Node = node;
        PageTitle = node.Category.Name;
        StartCrumbs(body);
        Crumbs.Add(new Crumb("政府信息公开目录", Links.Catalogue(slug)));
        Crumbs.Add(new Crumb(node.Category.Name));

        var (query, problem) = ListQuery.Parse(Request.Query);
        if (query is null)
        {
            Problem = problem;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        Query = query;
        var ids = node.SubtreeIds.ToList();
        var inCategory = db.Visible(Viewer).Where(i => i.BodyId == body.Id && ids.Contains(i.CategoryId));
        Years = (await inCategory.Select(i => i.PublishedAt!.Value).ToListAsync(ct))
            .Select(p => p.ChinaDate().Year).Distinct().OrderDescending().ToList();
        var filtered = query.Filter(inCategory);
        var total = await filtered.CountAsync(ct);
        var paging = new Paging(query.Page, total, PageLink);
        if (query.Page > paging.PageCount)
        {
            RequestedPage = query.Page;
            paging = paging with { Page = paging.PageCount };
        }
        Paging = paging;
        Items = await filtered.Lines().Skip(paging.Skip).Take(ListQuery.PageSize).ToListAsync(ct);
        return Page();
    }

    private string PageLink(int page)
    {
        var parts = new List<string>();
        if (Query.Year is { } y)
        {
            parts.Add($"year={y}");
        }
        if (Query.Validity is { } v)
        {
            parts.Add($"validity={ListQuery.ValidityToken(v)}");
        }
        if (page > 1)
        {
            parts.Add($"page={page}");
        }
        var link = Links.Category(Body.Slug, Node.Category.Id);
        return parts.Count == 0 ? link : link + "?" + string.Join('&', parts);
    }
}
