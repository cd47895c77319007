using Gongkai.Bodies;
using Gongkai.Data;
using Gongkai.Portal;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Search.Public;

/// <summary>
/// The public search: platform-wide at <c>/search</c>, within one body at
/// <c>/bodies/{slug}/search</c>. A malformed parameter is described and left out, a page past
/// the end shows the last page, and a 索引号 typed whole opens its item.
/// </summary>
public sealed class SearchPageModel(GongkaiDb db, SiteSearch search) : PortalPageModel
{
    public Body? Within { get; private set; }
    public SearchOutcome Outcome { get; private set; } = null!;
    public SearchLinks Links { get; private set; } = null!;
    public string Action => Within is null ? SearchLinks.PlatformSearch : SearchLinks.BodySearch(Within.Slug);

    public string Example(string query) => $"{Action}?q={Uri.EscapeDataString(query)}";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        // The slug comes from the path only: /search?slug=… is the platform-wide search.
        if (RouteData.Values.TryGetValue("slug", out var slug) && slug is string s)
        {
            Within = await db.Bodies.AsNoTracking().FirstOrDefaultAsync(b => b.Slug == s, ct);
            if (Within is null)
            {
                return NotFound();
            }
        }
        HeaderBody = Within;
        StartCrumbs(Within);
        var audience = SearchAudience.Public(Viewer);
        var (input, problems) = SearchInput.Parse(Request.Query);
        if (await search.FindByIndexNumberAsync(input.Text, audience, Within, ct) is { } hit)
        {
            return Redirect(Portal.Links.Item(hit.Id));
        }
        var (filters, filterProblems) = await search.ResolveAsync(input, Within, ct);
        var outcome = await search.RunAsync(input, filters, audience, Within, ct);
        var ignored = problems.Concat(filterProblems).Select(p => p + "已忽略这一条件。");
        Outcome = outcome with { Notices = ignored.Concat(outcome.Notices).ToList() };
        Links = SearchLinks.Of(Action, Outcome);
        PageTitle = Outcome.Searched ? $"“{Outcome.Query.Text}”的检索结果" : Within is null ? "全站搜索" : "本机构信息搜索";
        Crumbs.Add(new Crumb(Within is null ? "全站搜索" : "信息搜索"));
        return Page();
    }
}
