using Gongkai.Search.Public;

namespace Gongkai.Shared;

/// <summary>
/// What the search result partial needs: the outcome, the links of the page it is on, and for
/// the back office the bodies whose items open in the back office (the rest open on the portal).
/// </summary>
public sealed record SearchResultsView(SearchOutcome Outcome, SearchLinks Links, bool ShowBody, IReadOnlySet<int>? StaffBodies = null)
{
    public bool Staff => StaffBodies is not null;

    public string ItemLink(SearchResult r) => StaffBodies is { } own && own.Contains(r.BodyId) ? $"/admin/items/{r.Id}" : Portal.Links.Item(r.Id);
}

/// <summary>The search form at the top of a search page.</summary>
public sealed record SearchFormView(string Action, string Query, Search.SearchSort Sort, string Label, string? ScopeNote = null);
