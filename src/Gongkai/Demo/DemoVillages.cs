using Gongkai.Bodies;
using Gongkai.Items;

namespace Gongkai.Demo;

/// <summary>The five villages: quarterly general matters, monthly finances, 低保 notices, subsidies and immediate major matters.</summary>
public sealed partial class DemoSeeder
{
    private const string VillageMembers = "本村村民";

    /// <summary>One immediate major matter per village (村民委员会组织法 Art. 30: published at once).</summary>
    private static readonly (string Title, string Keywords, string Html)[] VillageMajorMatters =
    [
        ("严狄村2025年第二批农村宅基地审批结果公示", "宅基地 审批",
            "<p>经村民小组会议讨论、村委会审查、镇人民政府审批，本村第二批3户宅基地申请获得批准：第二村民小组张某某、第四村民小组王某某、第五村民小组刘某某，每户用地面积均不超过县规定标准。</p>"),
        ("场西村村道硬化工程公示", "村道硬化 工程",
            "<p>场西村至第六村民小组村道硬化工程长2.1公里、宽4.5米，预算63万元，由镇建设办组织公开招标，施工期间由村务监督委员会全程监督，欢迎村民监督工程质量。</p>"),
        ("场东村路灯安装工程实施及筹资使用情况公示", "一事一议 路灯 筹资",
            "<p>路灯80盏已全部安装完毕，总投资19.2万元，其中村民筹资2.9万元、县级奖补11.5万元、村集体4.8万元，收支明细已经村务监督委员会审核。</p>"),
        ("十字桥村危桥维修工程公示", "危桥 维修 工程",
            "<p>村东十字桥经县交通运输局检测为危桥，维修工程预算38.6万元，施工期间限行，请村民绕行新修村道。</p>"),
        ("天阳村集体土地流转方案公示", "土地流转 集体经济",
            "<p>村集体机动地120亩拟通过公开竞价方式流转，期限5年，底价每亩每年650元，流转收益纳入村集体经济收入。方案经村民代表会议三分之二以上代表同意。</p>"),
    ];

    private async Task SeedVillageAsync(Body village, int index, CancellationToken ct)
    {
        var catalogue = BuildCatalogue(village, Catalogue.ShippedTemplates.Village);
        var general = Find(catalogue, "一般事项");
        var finance = Find(catalogue, "财务收支");
        var assistance = Find(catalogue, "低保与救助");
        var subsidies = Find(catalogue, "补贴发放");
        var major = Find(catalogue, "即时公开事项");
        var name = village.ShortName;

        for (var year = 2025; year <= 2026; year++)
        {
            for (var q = 1; q <= 4 && !(year == 2026 && q == 4); q++)
            {
                var posted = Day(year, q * 3, 25);
                await ItemAsync(village, general, Meta(village, $"{name}{year}年{QuarterNames[q - 1]}村务公开", posted,
                    $"<p>本季度召开村民代表会议{1 + ((q + index) % 2)}次，议定事项如下：</p>"
                    + Bullets(
                        q == 1 ? "讨论通过本年度村级公益事业建设计划" : q == 2 ? "讨论通过夏季防汛和防溺水工作安排" : q == 3 ? "讨论通过秋粮收购和秸秆禁烧工作安排" : "讨论通过村规民约修订稿",
                        "通报上季度村务监督委员会监督情况",
                        "通报低保、补贴等惠民政策落实情况")
                    + "<p>对公开内容有疑问的，请向村务监督委员会反映。</p>") with
                {
                    Summary = $"{name}{year}年{QuarterNames[q - 1]}村民代表会议决定事项及实施情况。",
                    SubjectClass = "农业农村",
                    Genre = "公告",
                    Keywords = "村务公开 一般事项 村民代表会议",
                    Timeliness = Timeliness.Periodic,
                    Period = Period.Quarterly,
                }, At(year, q * 3, 28), ct, Channel.NoticeBoard);

                await ItemAsync(village, assistance, Meta(village, $"{name}{year}年{QuarterNames[q - 1]}低保（最低生活保障）对象公示", Day(year, (q * 3) - 1, 20),
                    $"<p>经村民代表评议、镇人民政府审核，现将本季度低保对象予以公示，公示期7个工作日。</p><p>本村现有低保对象{11 + index + q}户{19 + (2 * index) + q}人，本季度新增{q % 2 + 1}户、停保{(q + index) % 2}户。户主姓名见村务公开栏，不公示身份证件号码。</p><p>对公示有异议的，可向村务监督委员会或镇民政办（0000-22340005）反映。</p>") with
                {
                    Summary = $"{name}本季度低保对象户数、人数和变动情况。",
                    SubjectClass = "社会保障",
                    Genre = "公示",
                    Keywords = "低保 最低生活保障 公示",
                    Timeliness = Timeliness.Periodic,
                    Period = Period.Quarterly,
                }, At(year, (q * 3) - 1, 24), ct, Channel.NoticeBoard, Channel.GovernmentWebsite);
            }
        }

        for (var month = new DateOnly(2026, 1, 1); month <= new DateOnly(2026, 10, 1); month = month.AddMonths(1))
        {
            var income = 3.2m + index + (month.Month * 0.35m);
            var spending = 2.7m + index + (month.Month * 0.31m);
            var posted = month.AddMonths(1).AddDays(4);
            await ItemAsync(village, finance, Meta(village, $"{name}{month.Year}年{month.Month}月财务收支公开", posted,
                Table($"{month.Month}月村级财务收支（万元）", ["项目", "金额"],
                [
                    ["收入：集体资产发包和租赁", (income * 0.6m).ToString("0.00")],
                    ["收入：上级转移支付", (income * 0.4m).ToString("0.00")],
                    ["支出：村干部报酬和办公经费", (spending * 0.55m).ToString("0.00")],
                    ["支出：公益事业和环境卫生", (spending * 0.45m).ToString("0.00")],
                    ["本月结余", (income - spending).ToString("0.00")],
                ]) + "<p>以上收支已经村务监督委员会逐笔审核，原始凭证可到村委会查阅。</p>") with
            {
                Summary = $"{name}{month.Year}年{month.Month}月集体经济收支，经村务监督委员会审核。",
                SubjectClass = "财政",
                Genre = "公告",
                Keywords = "村级财务 收支 村务监督委员会",
                Timeliness = Timeliness.Periodic,
                Period = Period.Monthly,
            }, At(posted), ct, Channel.NoticeBoard);
        }

        foreach (var year in new[] { 2025, 2026 })
        {
            var mu = 1860 + (index * 215) + ((year - 2025) * 12);
            await ItemAsync(village, subsidies, Meta(village, $"{name}{year}年耕地地力保护补贴发放公示", Day(year, 5, 12),
                $"<p>本村{year}年耕地地力保护补贴核定面积{mu}亩，标准每亩105元，合计{mu * 105}元，通过惠农“一卡通”发放到户。</p><p>分户面积和金额在村务公开栏公示7日，对面积有异议的请向村委会反映。</p>") with
            {
                Summary = $"{name}{year}年耕地地力保护补贴核定面积和发放金额。",
                SubjectClass = "农业农村",
                Genre = "公示",
                Keywords = "补贴 耕地地力保护补贴 一卡通",
                Audience = Audience.SpecificGroup,
                AudienceGroup = VillageMembers,
            }, At(year, 5, 14), ct, Channel.NoticeBoard);
        }

        var matter = VillageMajorMatters[index];
        await ItemAsync(village, major, Meta(village, matter.Title, Day(2025, 7, 7 + index), matter.Html) with
        {
            Summary = matter.Title,
            SubjectClass = "农业农村",
            Genre = "公示",
            Keywords = matter.Keywords,
        }, At(2025, 7, 8 + index), ct, Channel.NoticeBoard, Channel.DoorToDoorOrOnSite);
        await ItemAsync(village, major, Meta(village, $"{name}2026年村民委员会选举结果公告", Day(2026, 4, 20 + index),
            $"<p>{name}第十三届村民委员会选举于2026年4月{20 + index}日举行，登记选民参选率超过90%，选出村委会主任1名、委员4名，选举结果当场公布。</p>") with
        {
            Summary = $"{name}2026年村民委员会选举结果。",
            SubjectClass = "农业农村",
            Genre = "公告",
            Keywords = "村委会 选举 换届",
        }, At(2026, 4, 20 + index), ct, Channel.NoticeBoard);
    }
}
