using Gongkai.Bodies;
using Gongkai.Catalogue;
using Gongkai.Items;
using Gongkai.Search;
using Gongkai.Tests.Infrastructure;
using Gongkai.Visibility;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Tests.Search;

/// <summary>
/// The search index of each database, used directly: it follows every change of an item at once
/// (publish, new version, withdrawal, validity), finds only what the reach allows, agrees with
/// its own filters and facets, sorts and pages stably, matches the way Chinese users type, and a
/// rebuild gives the same answers. Each test works in bodies of its own, so tests sharing the
/// database never see each other's items.
/// </summary>
public abstract class IndexLifecycleTests
{
    private static readonly SearchReach Public = SearchReach.For(Viewer.Anonymous);

    private readonly GongkaiApp app;

    protected IndexLifecycleTests(GongkaiApp app)
    {
        this.app = app;
        app.SkipUnlessAvailable();
    }

    private Task<SearchHits> SearchAsync(string query, SearchFilters? filters = null, SearchReach? reach = null, SearchSort sort = SearchSort.Date,
        int page = 1, int pageSize = 100) =>
        app.WithDbAsync((db, _) => db.SearchIndex.SearchAsync(new SearchRequest(SearchQuery.Parse(query), reach ?? Public, filters ?? SearchFilters.None, sort, page, pageSize)));

    /// <summary>The ids found for <paramref name="query"/> among <paramref name="body"/>'s items, newest first.</summary>
    private async Task<IReadOnlyList<int>> FindAsync(string query, Body body, SearchReach? reach = null, SearchSort sort = SearchSort.Date)
    {
        var hits = await SearchAsync(query, new SearchFilters(BodyId: body.Id), reach, sort);
        Assert.Equal(hits.Total, hits.ItemIds.Count);
        return hits.ItemIds;
    }

    private Task<DisclosureItem> ItemAsync(Body body, CatalogueCategory category, string title, string html, TestData.Kind kind = TestData.Kind.Published,
        DateTimeOffset? publishedAt = null, Func<ItemMetadata, ItemMetadata>? change = null) =>
        app.CreateItemAsync(body, category, title, kind, b => b.Value = (change ?? (m => m))(b.Value with { BodyHtml = html }), publishedAt);

    private Task<int> WithdrawAsync(int itemId) =>
        app.WithDbAsync(async (db, _) =>
        {
            var item = await db.Items.SingleAsync(i => i.Id == itemId);
            item.Withdraw(WithdrawalReason.Superseded, "已被新文件替代", TestData.Now.AddDays(3));
            return await db.SaveChangesAsync();
        });

    [DbFact]
    public async Task A_published_item_is_found_at_once_by_two_and_four_character_words_and_single_characters()
    {
        var (body, category) = await app.CreateBodyAsync();
        var item = await ItemAsync(body, category, "关于做好城乡低保审核工作的通知", "<p>各村要按照政务公开要求，在村务公开栏公示审核结果。</p>");
        foreach (var query in new[] { "低保", "城乡低保", "低保审核", "保审核", "政务公开", "村务公开栏", "审", "知", "公示 审核", "通知" })
        {
            Assert.True((await FindAsync(query, body)).SequenceEqual([item.Id]), query);
        }
        foreach (var query in new[] { "审核低保", "低保公开", "特困", "务村", "城乡 特困" })
        {
            Assert.True((await FindAsync(query, body)).Count == 0, query);
        }
    }

    [DbFact]
    public async Task A_new_version_replaces_the_old_text_in_the_index()
    {
        var (body, category) = await app.CreateBodyAsync();
        var item = await ItemAsync(body, category, "清河镇改水工程上半年进展", "<p>管网铺设完成七成，入户工程同步推进。</p>");
        Assert.Equal([item.Id], await FindAsync("管网铺设", body));
        await app.ReviseAsync(item.Id, m => m with { Title = "清河镇改水工程完成情况", BodyHtml = "<p>全部入户通水，水质检测合格。</p>" }, "工程完工", TestData.Now.AddDays(2));
        Assert.Empty(await FindAsync("管网铺设", body));
        Assert.Empty(await FindAsync("上半年进展", body));
        Assert.Equal([item.Id], await FindAsync("水质检测", body));
        Assert.Equal([item.Id], await FindAsync("完成情况", body));
        Assert.Equal([item.Id], await FindAsync("改水工程", body)); // one entry per item, not one per version
    }

    [DbFact]
    public async Task A_withdrawn_item_leaves_public_search_but_stays_in_its_body_back_office_search()
    {
        var (body, category) = await app.CreateBodyAsync();
        var (other, _) = await app.CreateBodyAsync();
        var item = await ItemAsync(body, category, "关于临时救助标准的公告", "<p>临时救助按急难程度分档。</p>");
        Assert.Equal([item.Id], await FindAsync("临时救助", body));
        Assert.Equal([item.Id], await FindAsync("临时救助", body, SearchReach.Staff([other.Id]))); // public items are in every back office's reach
        await WithdrawAsync(item.Id);
        Assert.Empty(await FindAsync("临时救助", body));
        Assert.Empty(await FindAsync("临时救助", body, SearchReach.For(new Viewer([body.Id]))));
        Assert.Empty(await FindAsync("临时救助", body, SearchReach.Staff([other.Id])));
        Assert.Equal([item.Id], await FindAsync("临时救助", body, SearchReach.Staff([body.Id])));
        Assert.Equal([item.Id], await FindAsync("临时救助", body, SearchReach.Staff([other.Id, body.Id])));
    }

    [DbFact]
    public async Task A_change_of_validity_moves_the_item_between_filters_and_facets()
    {
        var (body, category) = await app.CreateBodyAsync();
        var item = await ItemAsync(body, category, "清河镇宅基地审批管理办法", "<p>一户只能拥有一处宅基地。</p>");
        var valid = await SearchAsync("宅基地", new SearchFilters(BodyId: body.Id, Validity: Validity.Valid));
        Assert.Equal([item.Id], valid.ItemIds);
        Assert.Equal([new FacetCount<Validity>(Validity.Valid, 1)], valid.Facets.Validities);
        await app.ReviseAsync(item.Id, m => m with { Validity = Validity.Expired, ValidUntil = new DateOnly(2025, 12, 31) }, "办法失效", TestData.Now.AddDays(2));
        Assert.Empty((await SearchAsync("宅基地", new SearchFilters(BodyId: body.Id, Validity: Validity.Valid))).ItemIds);
        var expired = await SearchAsync("宅基地", new SearchFilters(BodyId: body.Id, Validity: Validity.Expired));
        Assert.Equal([item.Id], expired.ItemIds);
        Assert.Equal([new FacetCount<Validity>(Validity.Expired, 1)], (await SearchAsync("宅基地", new SearchFilters(BodyId: body.Id))).Facets.Validities);
    }

    [DbTheory]
    [InlineData(TestData.Kind.Draft)]
    [InlineData(TestData.Kind.UnderReview)]
    [InlineData(TestData.Kind.OnApplication)]
    [InlineData(TestData.Kind.Withheld)]
    [InlineData(TestData.Kind.Withdrawn)]
    public async Task A_non_public_item_is_found_only_by_the_back_office_of_its_body(TestData.Kind kind)
    {
        var (body, category) = await app.CreateBodyAsync();
        var (other, _) = await app.CreateBodyAsync();
        var marker = TestData.Unique("np");
        var item = await ItemAsync(body, category, $"不公开的优抚对象名册 {marker}", $"<p>优抚对象名册 {marker}</p>", kind);
        Assert.Empty((await SearchAsync(marker)).ItemIds);
        Assert.Empty((await SearchAsync(marker, reach: SearchReach.For(new Viewer([body.Id])))).ItemIds);
        Assert.Empty((await SearchAsync(marker, reach: SearchReach.Staff([other.Id]))).ItemIds);
        Assert.Empty((await SearchAsync("优抚对象", new SearchFilters(BodyId: body.Id))).ItemIds);
        var staff = await SearchAsync(marker, reach: SearchReach.Staff([body.Id]));
        Assert.Equal([item.Id], staff.ItemIds);
        Assert.Equal([new FacetCount<int>(body.Id, 1)], staff.Facets.Bodies);
        // Facets count only what the reach finds.
        Assert.Equal(0, (await SearchAsync(marker)).Total);
        Assert.Empty((await SearchAsync(marker)).Facets.Bodies);
    }

    [DbFact]
    public async Task A_draft_edit_and_then_its_publication_are_followed()
    {
        var (body, category) = await app.CreateBodyAsync();
        var draft = await ItemAsync(body, category, "清河镇2027年为民办实事项目（初稿）", "<p>村道维修</p>", TestData.Kind.Draft);
        var staff = SearchReach.Staff([body.Id]);
        Assert.Equal([draft.Id], await FindAsync("村道维修", body, staff));
        await app.WithDbAsync(async (db, services) =>
        {
            var item = await db.Items.SingleAsync(i => i.Id == draft.Id);
            item.EditDraft(item.Metadata with { BodyHtml = "<p>农村饮水提质</p>" }, TestData.Now.AddDays(1));
            return await db.SaveChangesAsync();
        });
        Assert.Empty(await FindAsync("村道维修", body, staff));
        Assert.Equal([draft.Id], await FindAsync("饮水提质", body, staff));
        Assert.Empty(await FindAsync("饮水提质", body));
        await app.WithDbAsync(async (db, services) =>
        {
            var item = await db.Items.Include(i => i.Body).SingleAsync(i => i.Id == draft.Id);
            item.Publish(await services.GetRequiredService<IndexNumberAllocator>().NextAsync(item.Body, 2025), TestData.Now.AddDays(2));
            return await db.SaveChangesAsync();
        });
        Assert.Equal([draft.Id], await FindAsync("饮水提质", body));
        Assert.Equal([draft.Id], await FindAsync("饮水提质", body, SearchReach.Staff([body.Id + 100_000])));
    }

    [DbFact]
    public async Task A_group_only_item_is_found_only_by_staff_of_its_body()
    {
        var (body, category) = await app.CreateBodyAsync();
        var (other, _) = await app.CreateBodyAsync();
        var marker = TestData.Unique("go");
        var item = await ItemAsync(body, category, $"机关干部年度考核安排 {marker}", $"<p>仅限本机关工作人员 {marker}</p>", TestData.Kind.StaffOnly);
        Assert.Empty((await SearchAsync(marker)).ItemIds);
        Assert.Empty((await SearchAsync(marker, reach: SearchReach.For(new Viewer([other.Id])))).ItemIds);
        Assert.Empty((await SearchAsync(marker, reach: SearchReach.Staff([other.Id]))).ItemIds);
        Assert.Equal([item.Id], (await SearchAsync(marker, reach: SearchReach.For(new Viewer([body.Id])))).ItemIds);
        Assert.Equal([item.Id], (await SearchAsync(marker, reach: SearchReach.For(new Viewer([other.Id, body.Id])))).ItemIds);
        Assert.Equal([item.Id], (await SearchAsync(marker, reach: SearchReach.Staff([body.Id]))).ItemIds);
    }

    [DbFact]
    public async Task Filters_and_facet_counts_agree_with_the_hits()
    {
        var (first, firstCategory) = await app.CreateBodyAsync();
        var (second, secondCategory) = await app.CreateBodyAsync();
        var otherCategory = await app.CreateCategoryAsync(first, "财政预决算");
        var marker = TestData.Unique("fc");
        (Body Body, CatalogueCategory Category, int Year, string? Genre, Validity Validity)[] plan =
        [
            (first, firstCategory, 2023, "通知", Validity.Valid),
            (first, firstCategory, 2024, "通知", Validity.Expired),
            (first, otherCategory, 2024, "公告", Validity.Valid),
            (first, otherCategory, 2025, null, Validity.Valid),
            (second, secondCategory, 2025, "通知", Validity.Repealed),
            (second, secondCategory, 2025, "公告", Validity.Valid),
            (second, secondCategory, 2022, "报告", Validity.Valid),
        ];
        var ids = new List<int>();
        foreach (var p in plan)
        {
            var item = await ItemAsync(p.Body, p.Category, $"邻里互助 {marker}", "<p>邻里互助点</p>", publishedAt: new DateTimeOffset(p.Year, 6, 1, 2, 0, 0, TimeSpan.Zero),
                change: m => m with { Genre = p.Genre, Validity = p.Validity, ValidUntil = p.Validity == Validity.Valid ? null : new DateOnly(p.Year, 12, 31) });
            ids.Add(item.Id);
        }
        // A draft and a withdrawn item of the same bodies must not be counted.
        await ItemAsync(first, firstCategory, $"邻里互助 {marker}", "<p>草稿</p>", TestData.Kind.Draft);
        await ItemAsync(second, secondCategory, $"邻里互助 {marker}", "<p>撤回</p>", TestData.Kind.Withdrawn);

        var all = await SearchAsync(marker);
        Assert.Equal(plan.Length, all.Total);
        Assert.Equal(ids.Order(), all.ItemIds.Order());
        Assert.False(all.Facets.IsSample);
        Assert.Equal(plan.Length, all.Facets.Counted);
        var facets = all.Facets;
        Assert.Equal([new FacetCount<int>(first.Id, 4), new FacetCount<int>(second.Id, 3)], facets.Bodies.OrderByDescending(f => f.Count));
        Assert.Equal([2025, 2024, 2023, 2022], facets.Years.Select(f => f.Value));
        Assert.Equal([3, 2, 1, 1], facets.Years.Select(f => f.Count));
        Assert.Equal(new Dictionary<int, int> { [firstCategory.Id] = 2, [otherCategory.Id] = 2, [secondCategory.Id] = 3 }, facets.Categories.ToDictionary(f => f.Value, f => f.Count));
        Assert.Equal(new Dictionary<string, int> { ["通知"] = 3, ["公告"] = 2, ["报告"] = 1 }, facets.Genres.ToDictionary(f => f.Value, f => f.Count));
        Assert.Equal([new(Validity.Valid, 5), new(Validity.Expired, 1), new FacetCount<Validity>(Validity.Repealed, 1)], facets.Validities);

        // Each facet value, used as a filter, finds exactly as many items as it counted, all among the hits.
        var filters = facets.Bodies.Select(f => (new SearchFilters(BodyId: f.Value), f.Count))
            .Concat(facets.Years.Select(f => (new SearchFilters(Year: f.Value), f.Count)))
            .Concat(facets.Categories.Select(f => (new SearchFilters(CategoryId: f.Value), f.Count)))
            .Concat(facets.Genres.Select(f => (new SearchFilters(Genre: f.Value), f.Count)))
            .Concat(facets.Validities.Select(f => (new SearchFilters(Validity: f.Value), f.Count)));
        foreach (var (filter, count) in filters)
        {
            var hits = await SearchAsync(marker, filter);
            Assert.True(count == hits.Total, $"{filter}: facet {count}, hits {hits.Total}");
            Assert.Equal(count, hits.ItemIds.Count);
            Assert.Subset(all.ItemIds.ToHashSet(), hits.ItemIds.ToHashSet());
            Assert.Equal(count, hits.Facets.Counted);
        }

        // Filters combine, and the facets of a filtered search describe the filtered hits.
        var combined = await SearchAsync(marker, new SearchFilters(BodyId: second.Id, Year: 2025));
        Assert.Equal([ids[5], ids[4]], combined.ItemIds);
        Assert.Equal(new Dictionary<string, int> { ["通知"] = 1, ["公告"] = 1 }, combined.Facets.Genres.ToDictionary(f => f.Value, f => f.Count));
        Assert.Equal([new FacetCount<int>(2025, 2)], combined.Facets.Years);
        Assert.Empty((await SearchAsync(marker, new SearchFilters(BodyId: second.Id, Year: 2023))).ItemIds);
        Assert.Empty((await SearchAsync(marker, new SearchFilters(Genre: "不存在的体裁"))).ItemIds);
    }

    [DbFact]
    public async Task Date_order_is_newest_first_and_same_day_items_by_id()
    {
        var (body, category) = await app.CreateBodyAsync();
        var dates = new[] { new DateTimeOffset(2024, 3, 1, 2, 0, 0, TimeSpan.Zero), new(2026, 1, 5, 2, 0, 0, TimeSpan.Zero), new(2022, 7, 9, 2, 0, 0, TimeSpan.Zero), new(2026, 1, 5, 2, 0, 0, TimeSpan.Zero), new(2025, 12, 31, 20, 0, 0, TimeSpan.Zero) };
        var created = new List<(int Id, DateTimeOffset At)>();
        foreach (var at in dates)
        {
            created.Add(((await ItemAsync(body, category, "困难群众慰问补助发放情况", "<p>慰问金</p>", publishedAt: at)).Id, at));
        }
        var expected = created.OrderByDescending(c => c.At).ThenByDescending(c => c.Id).Select(c => c.Id).ToList();
        Assert.Equal(expected, await FindAsync("慰问", body));
        Assert.Equal(expected, await FindAsync("慰问", body, sort: SearchSort.Relevance)); // every title holds the word: relevance falls back to date
        var years = (await SearchAsync("慰问", new SearchFilters(BodyId: body.Id))).Facets.Years;
        Assert.Equal([new(2026, 3), new(2024, 1), new FacetCount<int>(2022, 1)], years); // 2025-12-31 20:00 UTC is 2026 in China
    }

    [DbFact]
    public async Task Relevance_puts_title_matches_first_newest_first_within_each()
    {
        var (body, category) = await app.CreateBodyAsync();
        DateTimeOffset Day(int d) => new(2025, 3, d, 2, 0, 0, TimeSpan.Zero);
        var oldTitle = await ItemAsync(body, category, "残疾人两项补贴标准", "<p>标准说明</p>", publishedAt: Day(1));
        var newBody = await ItemAsync(body, category, "社会救助工作要点", "<p>落实残疾人两项补贴。</p>", publishedAt: Day(20));
        var newTitle = await ItemAsync(body, category, "关于提高残疾人两项补贴的通知", "<p>自四月起执行</p>", publishedAt: Day(10));
        var oldBody = await ItemAsync(body, category, "民政办工作总结", "<p>发放残疾人两项补贴。</p>", publishedAt: Day(2));
        var partly = await ItemAsync(body, category, "两项补贴资金下达", "<p>对象为残疾人。</p>", publishedAt: Day(25));
        Assert.Equal([newTitle.Id, oldTitle.Id, newBody.Id, oldBody.Id], await FindAsync("残疾人两项补贴", body, sort: SearchSort.Relevance));
        Assert.Equal([newBody.Id, newTitle.Id, oldBody.Id, oldTitle.Id], await FindAsync("残疾人两项补贴", body));
        // Several words: the title must hold every one of them to come first.
        Assert.Equal([newTitle.Id, oldTitle.Id, partly.Id, newBody.Id, oldBody.Id], await FindAsync("残疾人 补贴", body, sort: SearchSort.Relevance));
    }

    [DbFact]
    public async Task Relevance_title_matches_keep_to_the_exclusions_the_filters_and_the_reach()
    {
        var (body, category) = await app.CreateBodyAsync();
        var (other, otherCategory) = await app.CreateBodyAsync();
        var marker = TestData.Unique("tt");
        DateTimeOffset Day(int d) => new(2025, 5, d, 2, 0, 0, TimeSpan.Zero);
        var titled = await ItemAsync(body, category, $"临时救助审批结果 {marker}", "<p>本月审批情况。</p>", publishedAt: Day(1));
        var excluded = await ItemAsync(body, category, $"临时救助审批结果（更正） {marker}", "<p>此前公示有误，予以撤回。</p>", publishedAt: Day(2));
        var hidden = await ItemAsync(body, category, $"临时救助审批名单 {marker}", "<p>内部名单。</p>", TestData.Kind.Draft, publishedAt: Day(3));
        var elsewhere = await ItemAsync(other, otherCategory, $"临时救助审批流程 {marker}", "<p>流程说明。</p>", publishedAt: Day(4));
        var inText = await ItemAsync(body, category, $"社会救助工作动态 {marker}", "<p>做好临时救助审批。</p>", publishedAt: Day(5));

        Assert.Equal([elsewhere.Id, excluded.Id, titled.Id, inText.Id], (await SearchAsync($"临时救助 {marker}", sort: SearchSort.Relevance)).ItemIds);
        Assert.Equal([elsewhere.Id, titled.Id, inText.Id], (await SearchAsync($"临时救助 {marker} -撤回", sort: SearchSort.Relevance)).ItemIds);
        Assert.Equal([excluded.Id, titled.Id, inText.Id],
            (await SearchAsync($"临时救助 {marker}", new SearchFilters(BodyId: body.Id), sort: SearchSort.Relevance)).ItemIds);
        // The draft sorts by its creation date; what matters is that its title puts it before the text match.
        var staff = (await SearchAsync($"临时救助 {marker}", new SearchFilters(BodyId: body.Id), SearchReach.Staff([body.Id]), SearchSort.Relevance)).ItemIds;
        Assert.Equal(4, staff.Count);
        Assert.Contains(hidden.Id, staff);
        Assert.Equal([excluded.Id, titled.Id, inText.Id], staff.Where(id => id != hidden.Id));
        Assert.Equal(inText.Id, staff[^1]);
        // Three characters, and single characters (each a prefix: 审 begins 审批), rank by the title too.
        Assert.Equal([elsewhere.Id, excluded.Id, titled.Id, inText.Id], (await SearchAsync($"{marker} 救助审", sort: SearchSort.Relevance)).ItemIds);
        Assert.Equal([elsewhere.Id, excluded.Id, titled.Id, inText.Id], (await SearchAsync($"{marker} 救 审", sort: SearchSort.Relevance)).ItemIds);
    }

    [DbFact]
    public async Task Deep_paging_is_stable_pages_join_into_the_full_list_without_repeats()
    {
        var (body, category) = await app.CreateBodyAsync();
        var start = new DateTimeOffset(2024, 1, 1, 2, 0, 0, TimeSpan.Zero);
        for (var i = 0; i < 45; i++)
        {
            // Several items share each date, and about a third hold the word in the title.
            var title = i % 3 == 0 ? $"农村低保对象审核结果公示第{i}期" : $"第{i}期公示";
            await ItemAsync(body, category, title, "<p>农村低保对象变动情况。</p>", publishedAt: start.AddDays(i / 4));
        }
        foreach (var sort in new[] { SearchSort.Date, SearchSort.Relevance })
        {
            var full = await SearchAsync("农村低保", new SearchFilters(BodyId: body.Id), sort: sort, pageSize: 100);
            Assert.Equal(45, full.Total);
            Assert.Equal(45, full.ItemIds.Distinct().Count());
            foreach (var size in new[] { 1, 7, 10, 44, 45 })
            {
                var joined = new List<int>();
                for (var page = 1; page <= (45 + size - 1) / size; page++)
                {
                    var hits = await SearchAsync("农村低保", new SearchFilters(BodyId: body.Id), sort: sort, page: page, pageSize: size);
                    Assert.Equal(45, hits.Total);
                    Assert.Equal(page * size <= 45 ? size : 45 % size, hits.ItemIds.Count);
                    joined.AddRange(hits.ItemIds);
                }
                Assert.Equal(full.ItemIds, joined);
            }
            // A page past the end is empty and still tells how many there are.
            var beyond = await SearchAsync("农村低保", new SearchFilters(BodyId: body.Id), sort: sort, page: 8, pageSize: 7);
            Assert.Empty(beyond.ItemIds);
            Assert.Equal(45, beyond.Total);
            // The same page asked twice is the same page.
            Assert.Equal((await SearchAsync("农村低保", new SearchFilters(BodyId: body.Id), sort: sort, page: 4, pageSize: 7)).ItemIds,
                (await SearchAsync("农村低保", new SearchFilters(BodyId: body.Id), sort: sort, page: 4, pageSize: 7)).ItemIds);
        }
    }

    [DbFact]
    public async Task Traditional_and_simplified_find_each_other_both_ways()
    {
        var (body, category) = await app.CreateBodyAsync();
        var traditional = await ItemAsync(body, category, "關於調整政務公開工作領導小組成員的通知", "<p>實行政務公開，是讓人民群眾了解殘疾人工作，監督殘聯依法行政的有效途經。</p>");
        var simplified = await ItemAsync(body, category, "乡镇政务公开工作要点", "<p>推进乡镇政务公开标准化规范化。</p>");
        foreach (var query in new[] { "政务公开", "政務公開", "政务公開", "\"政務公开\"" })
        {
            Assert.Equal([traditional.Id, simplified.Id], (await FindAsync(query, body)).Order());
        }
        Assert.Equal([traditional.Id], await FindAsync("领导小组", body));
        Assert.Equal([traditional.Id], await FindAsync("残联 监督", body));
        Assert.Equal([simplified.Id], await FindAsync("鄉鎮", body));
        Assert.Equal([simplified.Id], await FindAsync("標準化規範化", body));
        Assert.Equal([simplified.Id, traditional.Id], await FindAsync("政務公開", body, sort: SearchSort.Relevance)); // both titles hold it: newest (highest id) first
    }

    [DbFact]
    public async Task Words_phrases_exclusions_and_document_numbers_match_as_people_type_them()
    {
        var (body, category) = await app.CreateBodyAsync();
        var rules = await ItemAsync(body, category, "关于印发城乡低保审核办法的通知", "<p>低保审核结果在村务公开栏公示。</p>",
            change: m => m with { DocumentNumber = "示民发〔2025〕12号" });
        var support = await ItemAsync(body, category, "特困人员供养标准", "<p>特困人员和低保边缘家庭的供养标准。</p>");
        var allowance = await ItemAsync(body, category, "残疾人两项补贴标准", "<p>低保家庭中的残疾人享受生活补贴。</p>",
            change: m => m with { DocumentNumber = "示残联发[2025]2号" });
        var english = await ItemAsync(body, category, "规则汇编", "<p>Rules AND Regulations OR NOT NEAR title:x</p>");
        (string Query, int[] Expected)[] cases =
        [
            ("低保", [rules.Id, support.Id, allowance.Id]),
            ("低保 特困", [support.Id]),
            ("低保 -特困", [rules.Id, allowance.Id]),
            ("低保 -特困 -残疾人", [rules.Id]),
            ("-特困 低保", [rules.Id, allowance.Id]),
            ("低保 -\"低保家庭\"", [rules.Id, support.Id]),
            ("\"低保家庭\"", [allowance.Id]),
            ("\"家庭 低保\"", []),
            ("低保家庭", [allowance.Id]),
            ("家庭", [support.Id, allowance.Id]),
            ("标准 补贴", [allowance.Id]),
            ("贴", [allowance.Id]),
            ("示民发[2025]12号", [rules.Id]),
            ("示民发【2025】12号", [rules.Id]),
            ("示民发（2025）12号", [rules.Id]),
            ("示民发(2025)12号", [rules.Id]),
            ("示民发〔2025〕12号", [rules.Id]),
            ("示民发［２０２５］１２号", [rules.Id]),
            ("示民發〔2025〕12號", [rules.Id]),
            ("示民发〔2025〕2号", []),
            ("示残联发〔2025〕2号", [allowance.Id]),
            ("示残联发[2025]2号", [allowance.Id]),
            ("示殘聯發【2025】2號", [allowance.Id]),
            ("示残联发〔2025〕12号", []),
            ("2025 12号", [rules.Id]),
            ("rules", [english.Id]),
            ("AND", [english.Id]),
            ("or", [english.Id]),
            ("NOT", [english.Id]),
            ("near", [english.Id]),
            ("title:x", [english.Id]),
            ("\"and regulations\"", [english.Id]),
            ("regulations -rules", []),
        ];
        foreach (var (query, expected) in cases)
        {
            Assert.True(expected.Order().SequenceEqual((await FindAsync(query, body)).Order()), $"「{query}」 → {string.Join(",", await FindAsync(query, body))}, expected {string.Join(",", expected)}");
        }
    }

    [DbFact]
    public async Task Query_syntax_typed_by_people_never_breaks_the_index()
    {
        var (body, category) = await app.CreateBodyAsync();
        var item = await ItemAsync(body, category, "低保审核结果公示", "<p>低保对象</p>");
        string[] queries =
        [
            "'; DROP TABLE items; --", "\" OR 1=1 --", "NEAR(低保", "NEAR(低保 审核, 2)", "低保*", "*", "低保^", "^低保", "title:低保", "{title}:低保",
            "低保 AND", "AND 低保", "OR", "NOT 低保", "低保 NOT", "\"低保", "低保\"", "\"\"", "(低保)", "低保 & 审核 | !公示", "低保:*", "低保 <-> 审核",
            "%低保%", "低保_", "\\低保", "低保'", "'低保'", "低保;", "-", "--", "-低保", "+低保", "@@ 低保", "低保 ~ 审核", "低保\u0000审核",
        ];
        foreach (var query in queries)
        {
            foreach (var sort in new[] { SearchSort.Date, SearchSort.Relevance })
            {
                var hits = await SearchAsync(query, new SearchFilters(BodyId: body.Id), sort: sort);
                Assert.True(hits.ItemIds.Count <= 1, query);
                Assert.All(hits.ItemIds, id => Assert.Equal(item.Id, id));
            }
        }
        // The operators are plain words: they must be in the text like any other word.
        foreach (var query in new[] { "低保*", "(低保)", "+低保", "低保'", "低保\u0000审核", "\"低保", "低保:*" })
        {
            Assert.True((await FindAsync(query, body)).SequenceEqual([item.Id]), query);
        }
        foreach (var query in new[] { "NOT 低保", "低保 AND", "title:低保", "NEAR(低保", "-低保", "'; DROP TABLE items; --" })
        {
            Assert.True((await FindAsync(query, body)).Count == 0, query);
        }
    }

    [DbFact]
    public async Task Reindexing_gives_the_same_answers_and_drops_entries_of_items_that_are_gone()
    {
        var (body, category) = await app.CreateBodyAsync();
        var (other, otherCategory) = await app.CreateBodyAsync();
        var marker = TestData.Unique("ri");
        var revised = await ItemAsync(body, category, $"城乡低保标准 {marker}", "<p>城市低保每人每月720元</p>");
        await app.ReviseAsync(revised.Id, m => m with { BodyHtml = "<p>城市低保每人每月760元</p>", Validity = Validity.Expired, ValidUntil = new DateOnly(2025, 12, 31) }, "调整", TestData.Now.AddDays(1));
        await ItemAsync(body, category, $"低保对象审核结果公示 {marker}", "<p>本月新增低保对象3户</p>", publishedAt: TestData.Now.AddDays(-40));
        await ItemAsync(body, category, $"低保审核草稿 {marker}", "<p>草稿</p>", TestData.Kind.Draft);
        await ItemAsync(body, category, $"低保撤回公示 {marker}", "<p>撤回</p>", TestData.Kind.Withdrawn);
        await ItemAsync(body, category, $"低保内部纪要 {marker}", "<p>内部</p>", TestData.Kind.StaffOnly);
        await ItemAsync(other, otherCategory, $"關於低保標準的公告 {marker}", "<p>農村低保每人每月620元</p>", publishedAt: TestData.Now.AddDays(-400));
        // An entry whose item does not exist (as after a restore from an older backup).
        var orphan = new SearchDocument(int.MaxValue - 7, SearchDocument.SortKeyOf(TestData.Now, int.MaxValue - 7), body.Id, 2025, category.Id, "通知", Validity.Valid,
            SearchScope.Public, SearchTokens.OfDocument($"孤立条目 低保 {marker}"), []);
        await app.WithDbAsync(async (db, _) => { await db.SearchIndex.WriteAsync([orphan]); return 0; });

        (string Query, SearchReach Reach, SearchSort Sort, SearchFilters Filters)[] searches =
        [
            ($"低保 {marker}", Public, SearchSort.Date, SearchFilters.None),
            ($"低保 {marker}", Public, SearchSort.Relevance, SearchFilters.None),
            ($"低保 {marker}", SearchReach.Staff([body.Id]), SearchSort.Date, SearchFilters.None),
            ($"低保 {marker}", SearchReach.Staff([other.Id]), SearchSort.Relevance, SearchFilters.None),
            ($"低保 {marker}", SearchReach.For(new Viewer([body.Id])), SearchSort.Date, SearchFilters.None),
            ($"低保标准 {marker}", Public, SearchSort.Relevance, SearchFilters.None),
            ($"760 {marker}", Public, SearchSort.Date, SearchFilters.None),
            ($"720 {marker}", Public, SearchSort.Date, SearchFilters.None),
            ($"低保 {marker}", Public, SearchSort.Date, new SearchFilters(Validity: Validity.Expired)),
            ($"低保 {marker} -公示", SearchReach.Staff([body.Id]), SearchSort.Date, new SearchFilters(BodyId: body.Id)),
            ($"低保 {marker}", Public, SearchSort.Date, new SearchFilters(Year: 2024)),
        ];
        async Task<List<SearchHits>> RunAllAsync()
        {
            var results = new List<SearchHits>();
            foreach (var (query, reach, sort, filters) in searches)
            {
                results.Add(await SearchAsync(query, filters, reach, sort));
            }
            return results;
        }
        var before = await RunAllAsync();
        Assert.Contains(orphan.ItemId, before[0].ItemIds);
        Assert.Equal([revised.Id], before[6].ItemIds);
        Assert.Empty(before[7].ItemIds);

        // Rebuilt from nothing by the command, its progress shown as it goes.
        await app.WithDbAsync(async (db, _) => { await db.SearchIndex.ClearAsync(); return 0; });
        Assert.Equal(0, await app.WithDbAsync((db, _) => db.SearchIndex.CountEntriesAsync()));
        Assert.Empty((await SearchAsync($"低保 {marker}")).ItemIds);
        await app.WithDbAsync(async (db, _) => { await db.SearchIndex.WriteAsync([orphan]); return 0; });
        var output = new StringWriter();
        var code = await app.WithDbAsync((_, services) => SearchCommands.ReindexAsync([], services, output));
        Assert.Equal(0, code);
        Assert.Contains("100%", output.ToString());
        Assert.Contains("检索索引已重建", output.ToString());

        var after = await RunAllAsync();
        for (var i = 0; i < searches.Length; i++)
        {
            var expected = before[i].ItemIds.Where(id => id != orphan.ItemId).ToList();
            Assert.True(expected.SequenceEqual(after[i].ItemIds), $"{searches[i].Query} ({searches[i].Sort}): {string.Join(",", before[i].ItemIds)} before, {string.Join(",", after[i].ItemIds)} after");
            Assert.Equal(expected.Count, after[i].Total);
        }
        Assert.Equal(before[1].Facets.Bodies.Select(f => f.Value).Order(), after[1].Facets.Bodies.Select(f => f.Value).Order());
        Assert.Equal(await app.WithDbAsync((db, _) => db.Items.CountAsync()), await app.WithDbAsync((db, _) => db.SearchIndex.CountEntriesAsync()));

        // A second rebuild changes nothing.
        await app.WithDbAsync((_, services) => SearchCommands.ReindexAsync([], services, new StringWriter()));
        var again = await RunAllAsync();
        Assert.Equal(after.Select(h => h.ItemIds), again.Select(h => h.ItemIds));
    }

    [DbFact]
    public async Task A_phrase_deep_in_a_long_document_is_found()
    {
        var (body, category) = await app.CreateBodyAsync();
        // About 2,600 tokens, its most common words used 200 times each. (PostgreSQL keeps at most
        // 256 positions of a word and none past 16,383: much longer texts lose phrases there.)
        var paragraphs = string.Concat(Enumerable.Range(0, 200).Select(i => $"<p>第{i}项政务公开工作按期完成。</p>"));
        var item = await ItemAsync(body, category, "政务公开工作年度报告", paragraphs + "<p>附记：蓝莓种植合作社的财务收支已公开。</p>");
        Assert.Equal([item.Id], await FindAsync("蓝莓种植合作社", body));
        Assert.Equal([item.Id], await FindAsync("\"第199项政务公开工作\"", body));
        Assert.Equal([item.Id], await FindAsync("合作社的财务收支", body));
        Assert.Empty(await FindAsync("蓝莓种植公开", body));
    }

    [DbFact]
    public async Task An_empty_query_finds_nothing()
    {
        var (body, category) = await app.CreateBodyAsync();
        await ItemAsync(body, category, "低保审核结果公示", "<p>低保对象</p>");
        foreach (var query in new[] { "", "   ", "，。", "-低保" })
        {
            var hits = await SearchAsync(query, new SearchFilters(BodyId: body.Id));
            Assert.Equal(0, hits.Total);
            Assert.Empty(hits.ItemIds);
        }
    }
}

public sealed class IndexLifecycleTests_Sqlite(SqliteApp app) : IndexLifecycleTests(app), IClassFixture<SqliteApp>;

public sealed class IndexLifecycleTests_Postgres(PostgresApp app) : IndexLifecycleTests(app), IClassFixture<PostgresApp>;
