using Gongkai.BackOffice;
using Gongkai.Search.Public;
using Microsoft.AspNetCore.Mvc;

namespace Gongkai.Search.Admin;

/// <summary>
/// The staff's own search: everything the public finds, plus every item of the bodies the person
/// works for, whatever its state (drafts, under review, withdrawn, not proactively disclosed).
/// Each result shows its state and opens in the back office when it is one of theirs.
/// </summary>
public sealed class StaffSearchModel(SiteSearch search) : AdminPageModel
{
    public SearchOutcome Outcome { get; private set; } = null!;
    public SearchLinks Links { get; private set; } = null!;
    public IReadOnlySet<int> OwnBodies { get; private set; } = new HashSet<int>();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var reach = await Access.ReachAsync(ct);
        OwnBodies = reach.MemberOf;
        var audience = SearchAudience.Staff(OwnBodies);
        var (input, problems) = SearchInput.Parse(Request.Query);
        if (await search.FindByIndexNumberAsync(input.Text, audience, null, ct) is { } hit)
        {
            return Redirect(OwnBodies.Contains(hit.BodyId) ? $"/admin/items/{hit.Id}" : Portal.Links.Item(hit.Id));
        }
        var (filters, filterProblems) = await search.ResolveAsync(input, null, ct);
        var outcome = await search.RunAsync(input, filters, audience, null, ct);
        Outcome = outcome with { Notices = problems.Concat(filterProblems).Select(p => p + "已忽略这一条件。").Concat(outcome.Notices).ToList() };
        Links = SearchLinks.Of(SearchLinks.StaffSearch, Outcome);
        PageTitle = Outcome.Searched ? $"“{Outcome.Query.Text}”的检索结果" : "信息检索";
        return Page();
    }
}
