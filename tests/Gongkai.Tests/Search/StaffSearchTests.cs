using System.Net;
using Gongkai.Items;
using Gongkai.Staff;
using Gongkai.Tests.Infrastructure;

namespace Gongkai.Tests.Search;

/// <summary>The back office's search: public items plus every item of the person's own bodies, on both databases.</summary>
public abstract class StaffSearchTests
{
    private readonly BackOfficeApp app;

    protected StaffSearchTests(BackOfficeApp app)
    {
        this.app = app;
        app.SkipUnlessAvailable();
    }

    private static string Search(string query, string extra = "") => $"/admin/search?q={SearchTestData.Encode(query)}{extra}";

    [DbFact]
    public async Task Staff_find_their_own_bodys_unpublished_items_but_not_another_bodys()
    {
        var (mine, myCategory) = await app.CreateBodyAsync();
        var (other, otherCategory) = await app.CreateBodyAsync();
        var word = SearchTestData.UniqueHan();
        var own = new Dictionary<TestData.Kind, DisclosureItem>();
        foreach (var kind in Enum.GetValues<TestData.Kind>())
        {
            own[kind] = await app.CreateItemAsync(mine, myCategory, $"{word}本机构{kind}", kind);
        }
        var otherDraft = await app.CreateItemAsync(other, otherCategory, $"{word}其他机构草稿", TestData.Kind.Draft);
        var otherWithdrawn = await app.CreateItemAsync(other, otherCategory, $"{word}其他机构撤回", TestData.Kind.Withdrawn);
        var otherPublic = await app.CreateItemAsync(other, otherCategory, $"{word}其他机构公开");
        var (_, browser) = await app.SignedInAsync((StaffRole.Drafter, mine));

        var html = await browser.GetOkAsync(Search(word));
        var ids = SearchTestData.ResultIds(html);
        Assert.Equal(own.Values.Select(i => i.Id).Append(otherPublic.Id).Order(), ids.Order());
        Assert.DoesNotContain(otherDraft.Id, ids);
        Assert.DoesNotContain(otherWithdrawn.Id, ids);
        Assert.DoesNotContain("其他机构草稿", html);
        Assert.DoesNotContain("其他机构撤回", html);
        // Their own items open in the back office, other bodies' public items on the portal.
        Assert.Contains($"<a href=\"/admin/items/{own[TestData.Kind.Draft].Id}\">", html);
        Assert.Contains($"<a href=\"/items/{otherPublic.Id}\">", html);
        foreach (var status in new[] { "草稿", "审核中", "已发布", "已撤回" })
        {
            Assert.Contains($"<span class=\"status\">{status}</span>", html);
        }
        Assert.Contains("公开属性：依申请公开", html);
        Assert.Contains("公开属性：不予公开", html);
        Assert.Contains("公开范围：特定群体", html);
        Assert.Contains("<body class=\"admin\">", html);
        Assert.DoesNotContain("&#x", html.Replace("&#xA;", "", StringComparison.Ordinal));
        // The facets count what the person may find, nothing more.
        Assert.Contains($"{mine.Name}</a> <span class=\"count\">（{own.Count}）</span>", html);
        Assert.Contains($"{other.Name}</a> <span class=\"count\">（1）</span>", html);

        // Someone of the other body finds theirs, not these.
        var (_, theirs) = await app.SignedInAsync((StaffRole.Drafter, other));
        var theirIds = SearchTestData.ResultIds(await theirs.GetOkAsync(Search(word)));
        Assert.Contains(otherDraft.Id, theirIds);
        Assert.DoesNotContain(own[TestData.Kind.Draft].Id, theirIds);
        Assert.Contains(own[TestData.Kind.Published].Id, theirIds);
    }

    [DbFact]
    public async Task A_drafts_number_and_index_number_lead_to_it_in_the_back_office()
    {
        var (mine, category) = await app.CreateBodyAsync();
        var agency = SearchTestData.UniqueHan(3) + "发";
        var draft = await app.CreateItemAsync(mine, category, "待发布的方案", TestData.Kind.UnderReview, change: b => b.Value = b.Value with { DocumentNumber = $"{agency}〔2025〕8号" });
        var withdrawn = await app.CreateItemAsync(mine, category, "撤回的方案", TestData.Kind.Withdrawn);
        var (_, browser) = await app.SignedInAsync((StaffRole.SectionHead, mine));
        var html = await browser.GetOkAsync(Search($"{agency}[2025]8号"));
        Assert.Equal([draft.Id], SearchTestData.ResultIds(html));
        Assert.Contains("文号完全匹配", html);
        using var response = await browser.GetAsync(Search(withdrawn.IndexNumber!));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/admin/items/{withdrawn.Id}", response.Headers.Location!.OriginalString);
    }

    [DbFact]
    public async Task The_public_search_of_a_signed_in_staff_member_still_shows_only_public_items()
    {
        var (mine, category) = await app.CreateBodyAsync();
        var word = SearchTestData.UniqueHan();
        var published = await app.CreateItemAsync(mine, category, $"{word}公开", TestData.Kind.Published);
        await app.CreateItemAsync(mine, category, $"{word}草稿", TestData.Kind.Draft);
        var (_, browser) = await app.SignedInAsync((StaffRole.Drafter, mine));
        Assert.Equal([published.Id], SearchTestData.ResultIds(await browser.GetOkAsync($"/search?q={SearchTestData.Encode(word)}")));
    }

    [DbFact]
    public async Task The_back_office_offers_the_search_and_anonymous_visitors_are_sent_to_sign_in()
    {
        var (mine, _) = await app.CreateBodyAsync();
        var (_, browser) = await app.SignedInAsync((StaffRole.Drafter, mine));
        var dashboard = await browser.GetOkAsync("/admin");
        Assert.Contains("<a href=\"/admin/search\">信息检索</a>", dashboard);
        Assert.Contains("action=\"/admin/search\"", dashboard);
        var empty = await browser.GetOkAsync("/admin/search");
        Assert.Contains("<h1>信息检索</h1>", empty);
        Assert.Contains("<label for=\"search-q\">", empty);
        using var anonymous = await app.CookieBrowser().GetAsync("/admin/search?q=x");
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.StartsWith("/account/signin", anonymous.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }
}

public sealed class StaffSearchTests_Sqlite(BackOfficeSqliteApp app) : StaffSearchTests(app), IClassFixture<BackOfficeSqliteApp>;

public sealed class StaffSearchTests_Postgres(BackOfficePostgresApp app) : StaffSearchTests(app), IClassFixture<BackOfficePostgresApp>;
