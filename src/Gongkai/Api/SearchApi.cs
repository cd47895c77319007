using Gongkai.Items;
using Gongkai.Portal;
using Gongkai.Search.Public;
using Gongkai.Text;
using Gongkai.Visibility;

namespace Gongkai.Api;

public sealed record SearchBodyDto(string Slug, string Name);

public sealed record SearchItemDto(
    int Id,
    string Title,
    string TitleHtml,
    string SnippetHtml,
    SearchBodyDto Body,
    DateOnly? PublishedOn,
    string? DocumentNumber,
    string? IndexNumber,
    string? Genre,
    Validity Validity,
    string Url);

public sealed record SearchDirectHitDto(int Id, string IndexNumber, string Url);

public sealed record BodyFacetDto(string Slug, string Name, int Count);

public sealed record YearFacetDto(int Year, int Count);

public sealed record CategoryFacetDto(int Id, string Name, int Count);

public sealed record GenreFacetDto(string Genre, int Count);

public sealed record ValidityFacetDto(Validity Validity, string Name, int Count);

public sealed record SearchFacetsDto(
    IReadOnlyList<BodyFacetDto> Bodies,
    IReadOnlyList<YearFacetDto> Years,
    IReadOnlyList<CategoryFacetDto> Categories,
    IReadOnlyList<GenreFacetDto> Genres,
    IReadOnlyList<ValidityFacetDto> Validities,
    int Counted,
    bool IsSample);

public sealed record SearchResponse(
    string Query,
    IReadOnlyList<string> Notices,
    int Total,
    bool TotalIsCapped,
    int Page,
    int PageSize,
    int PageCount,
    SearchDirectHitDto? DirectHit,
    IReadOnlyList<SearchItemDto> Pinned,
    IReadOnlyList<SearchItemDto> Items,
    SearchFacetsDto Facets);

/// <summary>
/// <c>GET /api/v1/search</c>: the public search as JSON, through the visibility rule like the
/// search page. A malformed or unknown parameter answers 400 with a Chinese <c>error</c> (and the
/// same text as the problem's title); what is typed as the query is never an error: what cannot
/// be searched is explained in <c>notices</c>. A page past the end answers the last page.
/// </summary>
public static class SearchApi
{
    public static readonly string Summary =
        "全文检索已公开的信息：简体繁体互通，两个字即可检索；多个词用空格分开（须同时出现），引号内为完整短语，词前加减号表示排除；"
        + "文号的括号写法不限，文号完全匹配的信息列在 pinned；输入完整索引号时 directHit 给出该信息。"
        + "参数：q 检索词；body 机构 slug；year 年份；category 目录栏目 id；genre 体裁；validity 为 valid、expired 或 repealed；"
        + "sort 为 relevance（默认，标题命中在前）或 date（发布日期从新到旧）；page 页码（超出时返回最后一页）；pageSize 每页条数 1–50，默认 20。"
        + $"匹配超过 {Gongkai.Search.ISearchIndex.CountLimit} 条时 total 为 {Gongkai.Search.ISearchIndex.CountLimit}、totalIsCapped 为 true。"
        + "参数格式错误或机构、栏目不存在时返回 400，error 说明原因；检索词本身无法检索时返回 200，notices 说明原因。facets 为各维度的结果数。";

    public static RouteHandlerBuilder MapSearch(this RouteGroupBuilder api) =>
        api.MapGet("/search", SearchAsync).WithSummary(Summary);

    private static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult BadRequest(IEnumerable<string> problems)
    {
        var error = string.Join(" ", problems);
        return TypedResults.Problem(title: error, statusCode: 400, extensions: new Dictionary<string, object?> { ["error"] = error });
    }

    private static async Task<IResult> SearchAsync(HttpContext context, SiteSearch search, CancellationToken ct)
    {
        var (input, problems) = SearchInput.Parse(context.Request.Query, allowPageSize: true);
        if (problems.Count > 0)
        {
            return BadRequest(problems);
        }
        var (filters, filterProblems) = await search.ResolveAsync(input, null, ct);
        if (filterProblems.Count > 0)
        {
            return BadRequest(filterProblems);
        }
        var audience = SearchAudience.Public(Viewer.From(context.User));
        var hit = await search.FindByIndexNumberAsync(input.Text, audience, null, ct);
        var o = await search.RunAsync(input, filters, audience, null, ct);
        var f = o.Facets;
        var facets = new SearchFacetsDto(
            f.Bodies.Select(b => new BodyFacetDto(b.Value, b.Label, b.Count)).ToList(),
            f.Years.Select(y => new YearFacetDto(int.Parse(y.Value, System.Globalization.CultureInfo.InvariantCulture), y.Count)).ToList(),
            f.Categories.Select(c => new CategoryFacetDto(int.Parse(c.Value, System.Globalization.CultureInfo.InvariantCulture), c.Label, c.Count)).ToList(),
            f.Genres.Select(g => new GenreFacetDto(g.Value, g.Count)).ToList(),
            f.Validities.Select(v => new ValidityFacetDto(Enum.Parse<Validity>(v.Key), v.Label, v.Count)).ToList(),
            f.Counted,
            f.IsSample);
        return TypedResults.Ok(new SearchResponse(
            o.Query.Text, o.Notices, o.Total, o.TotalIsCapped, o.Page, o.PageSize, o.PageCount,
            hit is null ? null : new SearchDirectHitDto(hit.Id, hit.IndexNumber!, Links.Item(hit.Id)),
            o.Pinned.Select(Dto).ToList(), o.Items.Select(Dto).ToList(), facets));
    }

    private static SearchItemDto Dto(SearchResult r) => new(
        r.Id, r.Title, r.TitleHtml, r.SnippetHtml, new SearchBodyDto(r.BodySlug, r.BodyName), r.PublishedAt?.ChinaDate(),
        r.DocumentNumber, r.IndexNumber, r.Genre, r.Validity, Links.Item(r.Id));
}
