using System.Linq.Expressions;
using Gongkai.Data;
using Gongkai.Items;
using Gongkai.Portal;
using Gongkai.Visibility;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Search.Public;

/// <summary>
/// Who searches: the public (through the visibility rule, as the item pages show items) or staff
/// in the back office, who also find every item of the bodies they work for.
/// </summary>
public sealed record SearchAudience(Viewer Viewer, IReadOnlyList<int>? StaffBodyIds)
{
    public static SearchAudience Public(Viewer viewer) => new(viewer, null);

    public static SearchAudience Staff(IEnumerable<int> bodyIds) => new(Viewer.Anonymous, bodyIds.Distinct().Order().ToList());

    public bool IsStaff => StaffBodyIds is not null;

    public SearchReach Reach => StaffBodyIds is { } bodies ? SearchReach.Staff(bodies) : SearchReach.For(Viewer);
}

/// <summary>The filters of a search once their values are known to exist, with their names.</summary>
public sealed record ResolvedFilters(FacetOption? Body, int? Year, FacetOption? Category, string? Genre, Validity? Validity)
{
    public SearchFilters ToIndex(int? withinBodyId) =>
        new(withinBodyId ?? (Body is null ? null : int.Parse(Body.Key, System.Globalization.CultureInfo.InvariantCulture)), Year,
            Category is null ? null : int.Parse(Category.Value, System.Globalization.CultureInfo.InvariantCulture), Genre, Validity);
}

/// <summary>One value of a facet: what the link or filter carries, what is shown, and how many results have it.</summary>
/// <param name="Value">The query-string value (a body's slug, a year, a category id, a genre, a validity token).</param>
/// <param name="Key">The value as the index knows it (a body's id; otherwise as <paramref name="Value"/>).</param>
public sealed record FacetOption(string Value, string Label, int Count, string Key = "");

public sealed record SearchFacetView(
    IReadOnlyList<FacetOption> Bodies,
    IReadOnlyList<FacetOption> Years,
    IReadOnlyList<FacetOption> Categories,
    IReadOnlyList<FacetOption> Genres,
    IReadOnlyList<FacetOption> Validities,
    int Counted,
    bool IsSample)
{
    public static readonly SearchFacetView Empty = new([], [], [], [], [], 0, false);
}

/// <summary>One result as shown: highlighted title and snippet (HTML built from encoded pieces) and its metadata.</summary>
public sealed record SearchResult(
    int Id,
    string Title,
    string TitleHtml,
    string SnippetHtml,
    int BodyId,
    string BodySlug,
    string BodyName,
    DateTimeOffset? PublishedAt,
    DateTimeOffset UpdatedAt,
    string? DocumentNumber,
    string? IndexNumber,
    string? Genre,
    Validity Validity,
    ItemStatus Status,
    DisclosureAttribute Attribute,
    Audience Audience);

/// <summary>What a search found, ready to show.</summary>
public sealed record SearchOutcome(
    SearchQuery Query,
    ResolvedFilters Filters,
    SearchSort Sort,
    IReadOnlyList<string> Notices,
    bool Searched,
    int Total,
    int Page,
    int PageSize,
    IReadOnlyList<SearchResult> Pinned,
    IReadOnlyList<SearchResult> Items,
    SearchFacetView Facets,
    bool TotalIsCapped = false)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public int Skip => (Page - 1) * PageSize;
}

/// <summary>
/// The search people use, public and in the back office, on top of <see cref="ISearchIndex"/>:
/// reads the query, finds an item by its 索引号 or 文号 typed whole, asks the index for a page of
/// matches and the facets, and loads the page's items again through the visibility rule (public)
/// or the staff's bodies (back office), so that an item the rule rejects is never shown even if
/// the index were behind.
/// </summary>
public sealed class SiteSearch(GongkaiDb db, ISearchIndex index)
{
    public const string PinnedLabel = "文号完全匹配";

    /// <summary>Checks that the body and category filters exist; the ones that do not are left out and described.</summary>
    public async Task<(ResolvedFilters Filters, List<string> Problems)> ResolveAsync(SearchInput input, Bodies.Body? within, CancellationToken ct = default)
    {
        var problems = new List<string>();
        FacetOption? body = null;
        if (input.Body is { } slug && within is null)
        {
            var found = await db.Bodies.AsNoTracking().Where(b => b.Slug == slug).Select(b => new { b.Id, b.Name }).FirstOrDefaultAsync(ct);
            if (found is null)
            {
                problems.Add($"机构“{SearchInput.Shown(slug)}”不存在。");
            }
            else
            {
                body = new FacetOption(slug, found.Name, 0, Key(found.Id));
            }
        }
        FacetOption? category = null;
        if (input.CategoryId is { } categoryId)
        {
            var found = await db.CatalogueCategories.AsNoTracking().Where(c => c.Id == categoryId)
                .Select(c => new { c.Name, c.BodyId, BodyName = c.Body.ShortName != "" ? c.Body.ShortName : c.Body.Name }).FirstOrDefaultAsync(ct);
            if (found is null || (within is not null && found.BodyId != within.Id))
            {
                problems.Add($"目录栏目“{categoryId}”不存在。");
            }
            else
            {
                var label = within is null && body is null ? $"{found.Name}（{found.BodyName}）" : found.Name;
                category = new FacetOption(Key(categoryId), label, 0, Key(categoryId));
            }
        }
        return (new ResolvedFilters(body, input.Year, category, input.Genre, input.Validity), problems);
    }

    /// <summary>
    /// The item whose 索引号 is exactly what was typed (spaces around it ignored, full-width
    /// letters and digits read as ASCII), when the audience may find it; null otherwise.
    /// </summary>
    public async Task<SearchResult?> FindByIndexNumberAsync(string? text, SearchAudience audience, Bodies.Body? within, CancellationToken ct = default)
    {
        var candidate = IndexNumberCandidate(text);
        if (candidate is null)
        {
            return null;
        }
        // Every body's id in the condition lets both databases use the unique (body, 索引号) index.
        var bodyIds = within is not null ? [within.Id] : await db.Bodies.AsNoTracking().Select(b => b.Id).ToListAsync(ct);
        var rows = await LoadAsync(audience, i => bodyIds.Contains(i.BodyId) && i.IndexNumber == candidate, [], ct);
        return rows.Count == 1 ? rows[0] : null;
    }

    /// <summary>What was typed, read as a possible 索引号: one word with a digit, at most 64 characters; null when it cannot be one.</summary>
    public static string? IndexNumberCandidate(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        var folded = new string(text.Trim().Select(c => c is >= '！' and <= '～' ? (char)(c - 0xFEE0) : c).ToArray());
        return folded.Length <= 64 && folded.Any(char.IsAsciiDigit) && !folded.Any(char.IsWhiteSpace) && !folded.Any(char.IsControl) ? folded : null;
    }

    public async Task<SearchOutcome> RunAsync(SearchInput input, ResolvedFilters filters, SearchAudience audience, Bodies.Body? within, CancellationToken ct = default)
    {
        var query = SearchQuery.Parse(input.Text);
        var notices = query.Notices.ToList();
        if (query.IsEmpty)
        {
            return new SearchOutcome(query, filters, input.Sort, notices, false, 0, 1, input.PageSize, [], [], SearchFacetView.Empty);
        }
        var reach = audience.Reach;
        var highlights = query.Highlights.ToList();
        var number = DocumentNumber.Problem(query.Text) is null ? DocumentNumber.Normalise(query.Text) : null;
        if (number is not null)
        {
            // A 文号 is highlighted whole, not its parts (every 号, every 2025).
            highlights = [ChineseFolding.Fold(number)];
        }
        var indexFilters = filters.ToIndex(within?.Id);

        // A 文号 typed whole, with whatever brackets: its items first.
        var pinned = new List<SearchResult>();
        if (number is not null)
        {
            var candidates = await index.SearchAsync(new SearchRequest(SearchQuery.Parse(number), reach, indexFilters, SearchSort.Date, 1, SearchInput.MaxPageSize), ct);
            var rows = await LoadAsync(audience, candidates.ItemIds, highlights, ct);
            pinned = rows.Where(r => DocumentNumber.Normalise(r.DocumentNumber) == number).ToList();
        }

        var page = Math.Clamp(input.Page, 1, SearchInput.MaxPage);
        var request = new SearchRequest(query, reach, indexFilters, input.Sort, page, input.PageSize);
        var hits = await index.SearchAsync(request, ct);
        var pageCount = Math.Max(1, (hits.Total + input.PageSize - 1) / input.PageSize);
        if (page > pageCount)
        {
            if (hits.Total > 0)
            {
                notices.Add($"没有第 {page} 页：共 {pageCount} 页，已显示最后一页。");
                hits = await index.SearchAsync(request with { Page = pageCount }, ct);
            }
            page = pageCount;
        }
        if (hits.IsTotalCapped)
        {
            notices.Add($"找到的信息超过 {hits.Total} 条，只能翻阅前 {pageCount} 页。请增加检索词，或按机构、年份等筛选。");
        }
        var pinnedIds = pinned.Select(p => p.Id).ToHashSet();
        var items = (await LoadAsync(audience, hits.ItemIds, highlights, ct)).Where(r => !pinnedIds.Contains(r.Id)).ToList();
        var facets = await LabelAsync(hits.Facets, within is not null || filters.Body is not null, ct);
        return new SearchOutcome(query, filters, input.Sort, notices, true, hits.Total, page, input.PageSize, page == 1 ? pinned : [], items, facets, hits.IsTotalCapped);
    }

    private sealed record Row(
        int Id, string Title, string BodyHtml, string? Summary, int BodyId, string BodySlug, string BodyName, DateTimeOffset? PublishedAt, DateTimeOffset UpdatedAt,
        string? DocumentNumber, string? IndexNumber, string? Genre, Validity Validity, ItemStatus Status, DisclosureAttribute Attribute, Audience Audience);

    private static readonly Expression<Func<DisclosureItem, Row>> Projection = i => new Row(
        i.Id, i.Title, i.BodyHtml, i.Summary, i.BodyId, i.Body.Slug, i.Body.Name, i.PublishedAt, i.UpdatedAt,
        i.DocumentNumber, i.IndexNumber, i.Genre, i.Validity, i.Status, i.Attribute, i.Audience);

    /// <summary>The items with <paramref name="ids"/> the audience may find, in that order, highlighted.</summary>
    private async Task<List<SearchResult>> LoadAsync(SearchAudience audience, IReadOnlyList<int> ids, IReadOnlyCollection<string> highlights, CancellationToken ct)
    {
        if (ids.Count == 0)
        {
            return [];
        }
        var idList = ids.ToList();
        var rows = await LoadAsync(audience, i => idList.Contains(i.Id), highlights, ct);
        var order = idList.Select((id, n) => (id, n)).ToDictionary(p => p.id, p => p.n);
        return rows.OrderBy(r => order[r.Id]).ToList();
    }

    /// <summary>
    /// The items matching <paramref name="where"/> that the audience may find: the public through
    /// the visibility rule; staff every item of their own bodies and, of other bodies, what the
    /// rule shows anyone (the reach <see cref="SearchReach.Staff"/> gives the index).
    /// </summary>
    private async Task<List<SearchResult>> LoadAsync(SearchAudience audience, Expression<Func<DisclosureItem, bool>> where, IReadOnlyCollection<string> highlights, CancellationToken ct)
    {
        List<Row> rows;
        if (audience.StaffBodyIds is { } staff)
        {
            rows = await db.Items.AsNoTracking().Where(i => staff.Contains(i.BodyId)).Where(where).Select(Projection).ToListAsync(ct);
            rows.AddRange(await db.Visible(Viewer.Anonymous).Where(i => !staff.Contains(i.BodyId)).Where(where).Select(Projection).ToListAsync(ct));
        }
        else
        {
            rows = await db.Visible(audience.Viewer).Where(where).Select(Projection).ToListAsync(ct);
        }
        return rows.Select(r => new SearchResult(r.Id, r.Title, SearchText.Highlight(r.Title, highlights), Snippet(r, highlights), r.BodyId, r.BodySlug, r.BodyName,
            r.PublishedAt, r.UpdatedAt, r.DocumentNumber, r.IndexNumber, r.Genre, r.Validity, r.Status, r.Attribute, r.Audience)).ToList();
    }

    private static string Snippet(Row row, IReadOnlyCollection<string> highlights)
    {
        // PlainText already ends table cells and list terms like blocks, so their texts do not run together.
        var text = SearchDocument.PlainText(row.BodyHtml);
        var folded = ChineseFolding.Fold(text);
        // The body text when the words are in it (or there is no summary); otherwise the summary, where they may be.
        if (!string.IsNullOrWhiteSpace(row.Summary) && (string.IsNullOrWhiteSpace(text) || !highlights.Any(h => folded.Contains(h, StringComparison.Ordinal))))
        {
            var summary = SearchText.Snippet(row.Summary, highlights);
            if (string.IsNullOrWhiteSpace(text) || summary.Contains("<mark>", StringComparison.Ordinal))
            {
                return summary;
            }
        }
        return SearchText.Snippet(text, highlights);
    }

    /// <summary>Names for the facet values: bodies and categories from the database, the rest in words.</summary>
    private async Task<SearchFacetView> LabelAsync(SearchFacets facets, bool oneBody, CancellationToken ct)
    {
        var bodyIds = facets.Bodies.Select(f => f.Value).ToList();
        var bodies = bodyIds.Count == 0 ? [] : await db.Bodies.AsNoTracking().Where(b => bodyIds.Contains(b.Id))
            .Select(b => new { b.Id, b.Slug, b.Name, b.ShortName }).ToDictionaryAsync(b => b.Id, ct);
        var categoryIds = facets.Categories.Select(f => f.Value).ToList();
        var categories = categoryIds.Count == 0 ? [] : await db.CatalogueCategories.AsNoTracking().Where(c => categoryIds.Contains(c.Id))
            .Select(c => new { c.Id, c.Name, BodyName = c.Body.ShortName != "" ? c.Body.ShortName : c.Body.Name }).ToDictionaryAsync(c => c.Id, ct);
        return new SearchFacetView(
            facets.Bodies.Where(f => bodies.ContainsKey(f.Value)).Select(f => new FacetOption(bodies[f.Value].Slug, bodies[f.Value].Name, f.Count, Key(f.Value))).ToList(),
            facets.Years.Select(f => new FacetOption(Key(f.Value), $"{f.Value}年", f.Count, Key(f.Value))).ToList(),
            facets.Categories.Where(f => categories.ContainsKey(f.Value))
                .Select(f => new FacetOption(Key(f.Value), oneBody ? categories[f.Value].Name : $"{categories[f.Value].Name}（{categories[f.Value].BodyName}）", f.Count, Key(f.Value))).ToList(),
            facets.Genres.Select(f => new FacetOption(f.Value, f.Value, f.Count, f.Value)).ToList(),
            facets.Validities.Select(f => new FacetOption(ListQuery.ValidityToken(f.Value), f.Value.Chinese(), f.Count, f.Value.ToString())).ToList(),
            facets.Counted,
            facets.IsSample);
    }

    private static string Key(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
