using Gongkai.Demo;
using Gongkai.Items;
using Gongkai.Search;
using Gongkai.Tests.Infrastructure;
using Gongkai.Visibility;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Tests.Search;

/// <summary>
/// The checks as a new user makes them on the demo portal, through the index the portal
/// uses: 政務公開 and 政务公开 find each other's items, 低保 finds the social-assistance notices,
/// every 文号 of the demo is found typed with square brackets, and nothing non-public is found.
/// </summary>
public sealed class DemoSearchTests(DemoApp app) : IClassFixture<DemoApp>
{
    private static readonly SearchReach Public = SearchReach.For(Viewer.Anonymous);

    private Task<SearchHits> SearchAsync(string query, SearchReach? reach = null, SearchFilters? filters = null) =>
        app.WithDbAsync((db, _) => db.SearchIndex.SearchAsync(new SearchRequest(SearchQuery.Parse(query), reach ?? Public, filters ?? SearchFilters.None, SearchSort.Relevance, 1, 1000)));

    private Task<int> IdOfAsync(string title) =>
        app.WithDbAsync((db, _) => db.Items.Where(i => i.Title == title).Select(i => i.Id).SingleAsync());

    [Fact]
    public async Task Traditional_and_simplified_writings_of_the_same_words_find_each_other()
    {
        var traditional = await IdOfAsync(DemoSeeder.TraditionalSummaryTitle);
        var simplified = await IdOfAsync("关于调整市残联政务公开工作领导小组成员的通知");
        var bySimplified = await SearchAsync("政务公开");
        var byTraditional = await SearchAsync("政務公開");
        Assert.Contains(traditional, bySimplified.ItemIds);
        Assert.Contains(simplified, byTraditional.ItemIds);
        Assert.Equal(bySimplified.ItemIds, byTraditional.ItemIds);
        Assert.True(bySimplified.Total >= 5, $"政务公开 should find several demo items, found {bySimplified.Total}");
        // The Traditional item is found by Simplified words that appear in it only in Traditional.
        foreach (var query in new[] { "工作总结", "领导小组", "审计理财", "\"民主议事在前\"", "清政发[2026]2号", "党风廉政建设" })
        {
            Assert.Contains(traditional, (await SearchAsync(query)).ItemIds);
        }
        // Its title holds 政務公開, so relevance puts it among the title matches, before items that only mention it.
        var titled = await app.WithDbAsync((db, _) => db.Items.Where(i => bySimplified.ItemIds.Contains(i.Id)).Select(i => new { i.Id, i.Title }).ToListAsync());
        var titleMatches = titled.Count(t => Gongkai.Search.ChineseFolding.Fold(t.Title).Contains("政务公开", StringComparison.Ordinal));
        Assert.InRange(bySimplified.ItemIds.ToList().IndexOf(traditional), 0, titleMatches - 1);
    }

    [Fact]
    public async Task Dibao_finds_the_social_assistance_notices()
    {
        var hits = await SearchAsync("低保");
        foreach (var title in new[] { "关于2025年城乡低保标准和特困人员供养标准的公告", "清河镇2025年3月城乡低保对象审核结果公示", "民政办办事指南：低保、特困供养和临时救助" })
        {
            Assert.Contains(await IdOfAsync(title), hits.ItemIds);
        }
        Assert.True(hits.Total >= 30, $"低保 should find the monthly notices and standards, found {hits.Total}");
        // The category most of them are in is the township's social security (⑨社会保障) catalogue section.
        var top = hits.Facets.Categories[0].Value;
        Assert.Equal("⑨社会保障", await app.WithDbAsync((db, _) => db.CatalogueCategories.Where(c => c.Id == top).Select(c => c.Name).SingleAsync()));
    }

    [Fact]
    public async Task Every_public_document_number_is_found_typed_with_square_brackets()
    {
        var numbered = await app.WithDbAsync((db, _) => db.Items.VisibleTo(Viewer.Anonymous).Where(i => i.DocumentNumber != null)
            .Select(i => new { i.Id, i.DocumentNumber }).ToListAsync());
        Assert.True(numbered.Count >= 20, $"only {numbered.Count} numbered items");
        var brackets = new[] { "〔〕", "【】", "()", "（）", "［］", "﹝﹞", "[]" };
        foreach (var item in numbered)
        {
            var typed = item.DocumentNumber!.Replace(" ", "", StringComparison.Ordinal);
            foreach (var pair in brackets)
            {
                typed = typed.Replace(pair[0], '[').Replace(pair[1], ']');
            }
            Assert.True((await SearchAsync(typed)).ItemIds.Contains(item.Id), $"{typed} does not find item {item.Id} ({item.DocumentNumber})");
        }
        Assert.Equal([await IdOfAsync("示范市残疾人辅助器具适配补贴办法")], (await SearchAsync("示残联发[2025]2号")).ItemIds);
    }

    [Fact]
    public async Task Nothing_non_public_is_found_but_staff_find_their_own_bodys()
    {
        var hidden = await app.WithDbAsync((db, _) => db.Items.Where(i => i.Title.StartsWith(DemoSeeder.NonPublicMarkerPrefix)).Select(i => new { i.Id, i.BodyId }).ToListAsync());
        Assert.True(hidden.Count >= 18);
        var hiddenIds = hidden.Select(h => h.Id).ToHashSet();
        foreach (var query in new[] { "非公开演示", "低保", "为民办实事", "政务公开", "纪要", "标准", "公示" })
        {
            Assert.DoesNotContain((await SearchAsync(query)).ItemIds, hiddenIds.Contains);
        }
        Assert.Equal(0, (await SearchAsync("非公开演示")).Total);
        foreach (var body in hidden.GroupBy(h => h.BodyId))
        {
            var staff = await SearchAsync("非公开演示", SearchReach.Staff([body.Key]));
            Assert.Equal(body.Select(h => h.Id).Order(), staff.ItemIds.Order());
        }
    }

    [Fact]
    public async Task The_index_holds_one_entry_per_item()
    {
        var (items, entries) = await app.WithDbAsync(async (db, _) => (await db.Items.CountAsync(), await db.SearchIndex.CountEntriesAsync()));
        Assert.Equal(items, entries);
    }
}
