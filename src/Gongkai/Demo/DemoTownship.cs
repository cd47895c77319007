using Gongkai.Bodies;
using Gongkai.Catalogue;
using Gongkai.Items;

namespace Gongkai.Demo;

/// <summary>The township (seed 篇3): guide and key items ①–③; the rest are in the other DemoTownship files.</summary>
public sealed partial class DemoSeeder
{
    private async Task SeedTownshipAsync(Body body, IReadOnlyList<Body> villages, CancellationToken ct)
    {
        var catalogue = BuildCatalogue(body, Catalogue.ShippedTemplates.TownshipTenItems);
        var c = body.Contacts;
        AddGuide(body, At(2024, 3, 1), $"""
            <h2>一、公开原则和内容</h2>
            <p>本镇政务公开坚持“规范、明了、方便、实用”的原则，常年公开、定期公开与随时公开相结合，事前公开与事后公开相结合。公开内容按十项重点编排：农村政策法规、干部选任、为民办实事、财政和集体资产、重大工程招投标、农民负担、计划生育、办事指南、社会保障、重大案件和其他事项。</p>
            <h2>二、公开形式</h2>
            <p>政府大院和各站所公示栏、农村广播、会议、简报、电视和本平台；涉及组织人事的在镇村两级干部会议上公开，涉及农民切身利益的热点问题直接公开到户。设立“两簿一箱一线一室”：政务公开登记簿、意见登记簿、意见箱、监督电话和政务公开阅览室。</p>
            <h2>三、公开程序</h2>
            <p>列出公开清单→汇总审核→政务公开领导小组审定→各部门对照清单公布。重要政务活动民主议事在前、决策公布在后；财务收支审计理财在前、核实公布在后。</p>
            <h2>四、依申请公开</h2>
            <ul><li>受理机构：{c.OfficeName}</li><li>地址：{c.Address}</li><li>办公时间：{c.OfficeHours}</li><li>电话：{c.Phone}</li><li>传真：{c.Fax}</li><li>电子邮箱：{c.Email}</li></ul>
            <p>可当面、信函、传真或通过本平台提出申请；能够当场答复的当场答复，不能当场答复的自收到申请之日起20个工作日内答复。</p>
            <h2>五、监督</h2>
            <p>监督电话：{c.Hotline}。镇人大主席团、监督小组和各村村务监督委员会对政务公开、村务公开进行监督。</p>
            """);

        await SeedTownshipPolicyAsync(body, Find(catalogue, "①农村政策法规"), ct);
        await SeedTownshipCadresAsync(body, Find(catalogue, "②干部选任"), ct);
        await SeedTownshipProjectsAsync(body, Find(catalogue, "③为民办实事"), ct);
        await SeedTownshipFinanceAsync(body, catalogue, ct);
        await SeedTownshipServicesAsync(body, catalogue, ct);
        await SeedTownshipAssistanceAsync(body, Find(catalogue, "⑨社会保障"), ct);
        await SeedTownshipSummaryAsync(body, Find(catalogue, "⑩重大案件和其他"), ct);
        await SeedTownshipNonPublicAsync(body, catalogue, ct);
        for (var i = 0; i < villages.Count; i++)
        {
            await SeedVillageAsync(villages[i], i, ct);
        }
    }

    private async Task SeedTownshipPolicyAsync(Body body, CatalogueCategory policy, CancellationToken ct)
    {
        await ItemAsync(body, policy, Meta(body, "示范县征地区片综合地价和青苗补偿标准（清河镇适用部分）", Day(2023, 3, 13),
            Table("清河镇征地区片综合地价（元/亩）", ["区片", "范围", "区片综合地价"],
            [
                ["Ⅰ类区片", "镇区及场西村、场东村", "56000"],
                ["Ⅱ类区片", "严狄村、十字桥村", "51000"],
                ["Ⅲ类区片", "天阳村", "48000"],
            ]) + "<p>青苗补偿：粮食作物每亩1200元，蔬菜每亩2000元。地上附着物按县统一标准评估补偿。</p><p>依据：示范县人民政府关于公布实施征地区片综合地价的通知。</p>") with
        {
            Summary = "清河镇范围内三类区片的征地综合地价和青苗补偿标准。",
            SubjectClass = "农业农村",
            Genre = "公告",
            DocumentNumber = "示县政发[2023]6号",
            IssuingBody = "示范县人民政府",
            Keywords = "征地 补偿标准 区片综合地价 青苗补偿",
            Timeliness = Timeliness.Standing,
        }, At(2023, 3, 15), ct, Channel.GovernmentWebsite, Channel.NoticeBoard);

        await ItemAsync(body, policy, Meta(body, "清河镇通达公路配套工程征收土地补偿安置方案（征求意见稿）", Day(2024, 8, 12), """
            <p>拟征收场东村、十字桥村集体土地共计46.3亩，按Ⅰ类、Ⅱ类区片综合地价补偿，被征地农民纳入社会保障。</p>
            <p>现公开征求被征地村集体经济组织和农户意见，期限30日（2024年8月13日至9月11日）。过半数被征地农户认为方案不符合法律法规规定的，将组织听证。</p>
            <p>意见可书面提交镇党政办公室，或在各村村务公开栏旁意见箱投递。</p>
            """) with
        {
            Summary = "征收场东、十字桥两村土地46.3亩的补偿安置方案，征求意见30日。",
            SubjectClass = "农业农村",
            Genre = "公告",
            DocumentNumber = "清政【2024】21号",
            Keywords = "征地 补偿安置方案 征求意见",
            Timing = Timing.BeforeDecision,
        }, At(2024, 8, 13), ct, Channel.GovernmentWebsite, Channel.NoticeBoard, Channel.DoorToDoorOrOnSite);

        await ItemAsync(body, policy, Meta(body, "清河镇通达公路配套工程征收土地补偿安置方案", Day(2024, 10, 8), """
            <p>征求意见期间收到意见12条，采纳5条：青苗补偿按实际种植作物计算、补偿款在签约后15日内直接支付到户等。</p>
            <p>补偿安置方案已经县人民政府批准，补偿款由镇财政所通过“一卡通”直接发放到户。</p>
            """) with
        {
            Summary = "补偿安置方案定稿及征求意见采纳情况。",
            SubjectClass = "农业农村",
            Genre = "公告",
            DocumentNumber = "清政(2024)27号",
            Keywords = "征地 补偿安置方案",
        }, At(2024, 10, 10), ct, Channel.GovernmentWebsite, Channel.NoticeBoard);

        await ItemAsync(body, policy, Meta(body, "2025年耕地地力保护补贴政策公告", Day(2025, 4, 7), """
            <p>补贴对象为拥有耕地承包权的种地农民，补贴标准每亩105元，以二轮承包面积为基础核定。</p>
            <p>撂荒地、已改变用途的耕地不予补贴。补贴资金通过惠农“一卡通”发放，各村张榜公示7日。</p>
            """) with
        {
            Summary = "耕地地力保护补贴标准每亩105元，通过“一卡通”发放。",
            SubjectClass = "农业农村",
            Genre = "公告",
            Keywords = "耕地地力保护补贴 惠农补贴",
        }, At(2025, 4, 9), ct, Channel.GovernmentWebsite, Channel.NoticeBoard, Channel.RadioTelevision);

        await ItemAsync(body, policy, Meta(body, "清河镇农村宅基地审批管理办法", Day(2025, 6, 16), """
            <p>一户只能拥有一处宅基地，面积不超过县规定标准。申请程序：农户申请→村民小组会议讨论并公示→村委会审查→镇人民政府审批，审批结果在村务公开栏公示。</p>
            <p>镇人民政府自受理之日起20个工作日内作出审批决定，不收取任何费用。</p>
            """) with
        {
            Summary = "宅基地申请条件、审批程序和时限。",
            SubjectClass = "农业农村",
            Genre = "通知",
            DocumentNumber = "清政发 (2025) 8号",
            Keywords = "宅基地 审批",
            Timeliness = Timeliness.Standing,
        }, At(2025, 6, 18), ct);

        await ItemAsync(body, policy, Meta(body, "关于开展第二轮土地承包到期后再延长三十年试点工作的公告", Day(2026, 3, 9), """
            <p>根据县统一部署，本镇场西村、天阳村开展第二轮土地承包到期后再延长三十年试点，坚持“大稳定、小调整”，原则上保持承包地块不变。</p>
            <p>延包方案须经本集体经济组织成员的村民会议三分之二以上成员或者三分之二以上村民代表同意，并在村务公开栏公示。</p>
            """) with
        {
            Summary = "场西村、天阳村开展二轮延包试点。",
            SubjectClass = "农业农村",
            Genre = "公告",
            Keywords = "土地承包 延包 试点",
        }, At(2026, 3, 11), ct, Channel.GovernmentWebsite, Channel.NoticeBoard);
    }

    private async Task SeedTownshipCadresAsync(Body body, CatalogueCategory cadres, CancellationToken ct)
    {
        (DateOnly Created, string Title, string Summary, string Genre, string Html)[] items =
        [
            (Day(2023, 6, 19), "关于王某某等三名同志任职前公示", "经民主推荐、测评和考察，拟提拔任用王某某等三名年轻干部。", "公示",
                "<p>经民主推荐、民主测评、组织考察和镇党委研究，拟提拔王某某、钱某某、冯某某三名同志为镇属站所负责人。公示期5个工作日，对公示对象有意见的，可向镇纪委反映。</p>"),
            (Day(2023, 12, 11), "清河镇镇长人选推荐和民主测评情况通报", "镇长人选推荐和民主测评情况。", "通报",
                "<p>按照县委部署，在镇村两级干部会议上组织镇长人选民主推荐，应到126人、实到121人，测评结果已报县委组织部。</p>"),
            (Day(2024, 4, 15), "关于严狄、场西、场东、十字桥、天阳五个村村级班子调整情况的公告", "五个村村级班子调整结果。", "公告",
                Table("村级班子调整情况", ["村", "调整职务", "调整方式"],
                [
                    ["严狄村", "村委会主任", "村民代表会议补选"],
                    ["场西村", "村党支部副书记", "党员大会选举"],
                    ["场东村", "村委会委员（妇女委员）", "村民代表会议补选"],
                    ["十字桥村", "村党支部书记", "镇党委选派"],
                    ["天阳村", "村务监督委员会主任", "村民代表会议推选"],
                ]) + "<p>调整前广泛征求党员、村民代表意见，调整结果在各村村务公开栏同步公布。</p>"),
            (Day(2024, 6, 3), "清河镇2024年公开选调机关工作人员公告", "公开选调机关工作人员2名。", "公告",
                "<p>面向全县乡镇事业单位公开选调机关工作人员2名，报名时间6月4日至6月10日，考试成绩和拟选调人员名单将在本平台公示。</p>"),
            (Day(2026, 2, 24), "清河镇2026年村“两委”换届选举工作实施方案", "村“两委”换届选举的时间安排、任职条件和程序。", "通知",
                "<p>全镇5个村的村党组织和村民委员会于2026年3月至5月集中换届。村民委员会选举由村民直接提名候选人，差额选举，选举结果当场公布。</p>"),
            (Day(2026, 5, 25), "清河镇2026年村“两委”换届选举结果公告", "5个村换届全部一次选举成功。", "公告",
                "<p>全镇5个村村“两委”换届选举全部一次选举成功，参选率平均92.6%，“两委”成员平均年龄较上届下降4.3岁，大专以上学历占比提高到58%。</p>"),
        ];
        foreach (var item in items)
        {
            await ItemAsync(body, cadres, Meta(body, item.Title, item.Created, item.Html) with
            {
                Summary = item.Summary,
                SubjectClass = "人事",
                Genre = item.Genre,
                Keywords = "干部选任 村两委 换届",
            }, At(item.Created, 1), ct, Channel.GovernmentWebsite, Channel.NoticeBoard);
        }
    }

    private async Task SeedTownshipProjectsAsync(Body body, CatalogueCategory projects, CancellationToken ct)
    {
        foreach (var year in new[] { 2024, 2025, 2026 })
        {
            string[][] rows =
            [
                ["通达工程", year == 2025 ? "新建硬化道路5条、31公里" : "新建硬化道路8公里", "建设办", "建设办主任 朱某某"],
                ["改水工程", $"新增自来水入户{300 + ((year - 2024) * 150)}户", "水利站", "水利站站长 石某某"],
                ["有线电视", $"完成{400 + ((year - 2024) * 100)}户有线电视数字化改造", "文化站", "文化站站长 蔡某某"],
            ];
            await ItemAsync(body, projects, Meta(body, $"清河镇{year}年为民办实事项目及责任人", Day(year, 2, 20),
                Table($"{year}年为民办实事项目", ["项目", "目标任务", "责任单位", "责任人"], rows)
                + "<p>项目进展情况每半年公布一次，群众可通过监督电话反映问题。</p>") with
            {
                Summary = $"{year}年通达工程、改水、有线电视三项实事的目标任务和责任人。",
                SubjectClass = "城乡建设",
                Genre = "公告",
                Keywords = "为民办实事 通达工程 改水 有线电视 责任人",
            }, At(year, 2, 22), ct, Channel.GovernmentWebsite, Channel.NoticeBoard, Channel.RadioTelevision);

            int[] stages = year == 2026 ? [8] : [8, 12];
            foreach (var month in stages)
            {
                var done = month == 12;
                await ItemAsync(body, projects, Meta(body, $"清河镇{year}年为民办实事项目{(done ? "完成情况" : "上半年进展情况")}", Day(year, month, 10),
                    Table("项目进展", ["项目", "进展", "责任人"],
                    [
                        ["通达工程", done ? "全部完工并通过验收" : "完成路基60%、路面35%", "建设办主任 朱某某"],
                        ["改水工程", done ? "全部入户通水，水质检测合格" : "管网铺设完成70%", "水利站站长 石某某"],
                        ["有线电视", done ? "改造全部完成" : "完成改造55%", "文化站站长 蔡某某"],
                    ])) with
                {
                    Summary = $"{year}年三项为民办实事项目{(done ? "全部完成" : "上半年进展")}。",
                    SubjectClass = "城乡建设",
                    Genre = "通报",
                    Keywords = "为民办实事 进展 通达工程 改水 有线电视",
                }, At(year, month, 12), ct, Channel.GovernmentWebsite, Channel.NoticeBoard);
            }
        }
    }
}
