using System.Globalization;
using System.Text;
using Gongkai.Portal;

namespace Gongkai.Search.Public;

/// <summary>
/// The addresses of a search page with the current query, sort and filters, and the same with
/// one thing changed: a facet added or removed, another sort, another page. Every changed
/// search starts again at page 1.
/// </summary>
public sealed record SearchLinks(string Path, string Query, SearchSort Sort, string? Body, int? Year, int? Category, string? Genre, Items.Validity? Validity)
{
    public static SearchLinks Of(string path, SearchOutcome outcome) => new(
        path, outcome.Query.Text, outcome.Sort, outcome.Filters.Body?.Value, outcome.Filters.Year,
        outcome.Filters.Category is { } c ? int.Parse(c.Value, CultureInfo.InvariantCulture) : null, outcome.Filters.Genre, outcome.Filters.Validity);

    public static string PlatformSearch => "/search";

    public static string BodySearch(string slug) => Portal.Links.Search(slug);

    public static string StaffSearch => "/admin/search";

    public bool HasFilters => Body is not null || Year is not null || Category is not null || Genre is not null || Validity is not null;

    public string Page(int page) => Build(this, page);

    public string WithSort(SearchSort sort) => Build(this with { Sort = sort }, 1);

    public string WithBody(string? slug) => Build(this with { Body = slug }, 1);

    public string WithYear(int? year) => Build(this with { Year = year }, 1);

    public string WithCategory(int? id) => Build(this with { Category = id }, 1);

    public string WithGenre(string? genre) => Build(this with { Genre = genre }, 1);

    public string WithValidity(Items.Validity? validity) => Build(this with { Validity = validity }, 1);

    public string WithoutFilters() => Build(this with { Body = null, Year = null, Category = null, Genre = null, Validity = null }, 1);

    /// <summary>The same query searched on another page (the whole platform instead of one body), without filters.</summary>
    public string Elsewhere(string path) => Build(new SearchLinks(path, Query, Sort, null, null, null, null, null), 1);

    /// <summary>A facet's link: the value chosen (or, when it is the current filter, removed).</summary>
    public string Facet(string facet, string value, bool current) => facet switch
    {
        "body" => WithBody(current ? null : value),
        "year" => WithYear(current ? null : int.Parse(value, CultureInfo.InvariantCulture)),
        "category" => WithCategory(current ? null : int.Parse(value, CultureInfo.InvariantCulture)),
        "genre" => WithGenre(current ? null : value),
        "validity" => WithValidity(current ? null : SearchInput.ValidityOf(value)),
        _ => throw new ArgumentOutOfRangeException(nameof(facet), facet, null),
    };

    private static string Build(SearchLinks l, int page)
    {
        var url = new StringBuilder(l.Path);
        var first = true;
        void Add(string key, string? value)
        {
            if (string.IsNullOrEmpty(value))
            {
                return;
            }
            url.Append(first ? '?' : '&').Append(key).Append('=').Append(Uri.EscapeDataString(value));
            first = false;
        }
        Add("q", l.Query);
        Add("sort", l.Sort == SearchSort.Date ? "date" : null);
        Add("body", l.Body);
        Add("year", l.Year?.ToString(CultureInfo.InvariantCulture));
        Add("category", l.Category?.ToString(CultureInfo.InvariantCulture));
        Add("genre", l.Genre);
        Add("validity", l.Validity is { } v ? ListQuery.ValidityToken(v) : null);
        Add("page", page > 1 ? page.ToString(CultureInfo.InvariantCulture) : null);
        return url.ToString();
    }
}
