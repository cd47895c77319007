using Gongkai.Bodies;
using Gongkai.Catalogue;
using Gongkai.Items;

namespace Gongkai.Demo;

/// <summary>The township's key items ④ finance and audit, ⑤ tendering, ⑥ farmers' burden and ⑦ family planning.</summary>
public sealed partial class DemoSeeder
{
    private static readonly string[] QuarterNames = ["第一季度", "第二季度", "第三季度", "第四季度"];

    private async Task SeedTownshipFinanceAsync(Body body, List<CatalogueCategory> catalogue, CancellationToken ct)
    {
        var finance = Find(catalogue, "④财政和集体资产");
        for (var year = 2023; year <= 2026; year++)
        {
            for (var q = 1; q <= 4; q++)
            {
                var published = q == 4 ? Day(year + 1, 1, 20) : Day(year, (q * 3) + 1, 20);
                if (published > Day(2026, 11, 27))
                {
                    break;
                }
                var k = ((year - 2023) * 4) + q;
                var income = 1180m + (k * 37m) + (q == 4 ? 260m : 0m);
                var spending = income - 45m + (k % 3 * 12m);
                var reception = 2.6m - (k * 0.08m);
                var travel = 3.1m - (k * 0.05m);
                await ItemAsync(body, finance, Meta(body, $"清河镇{year}年{QuarterNames[q - 1]}财政收支及审计理财结果公开", published.AddDays(-3),
                    $"<p>经镇审计理财小组审核，现将{year}年{QuarterNames[q - 1]}镇级财政收支情况公开如下（单位：万元）：</p>"
                    + Table($"{year}年{QuarterNames[q - 1]}财政收支", ["项目", "金额"],
                    [
                        ["财政收入", income.ToString("0.0")],
                        ["财政支出", spending.ToString("0.0")],
                        ["其中：招待费", reception.ToString("0.00")],
                        ["其中：差旅费", travel.ToString("0.00")],
                        ["其中：专项经费（农村道路、饮水安全）", (spending * 0.21m).ToString("0.0")],
                    ]) + "<p>审计理财小组意见：各项支出手续齐全，招待费、差旅费控制在预算以内，专项经费专款专用。</p>") with
                {
                    Summary = $"{year}年{QuarterNames[q - 1]}财政收入{income:0.0}万元、支出{spending:0.0}万元，审计理财小组审核意见。",
                    SubjectClass = "财政",
                    Genre = "公告",
                    Keywords = "财政收支 审计理财 招待费 差旅费",
                    Timeliness = Timeliness.Periodic,
                    Period = Period.Quarterly,
                }, At(published), ct, Channel.GovernmentWebsite, Channel.NoticeBoard);
            }
        }

        foreach (var year in new[] { 2023, 2024, 2025 })
        {
            await ItemAsync(body, finance, Meta(body, $"关于{year}年度招待费、差旅费和专项经费专题审查情况的通报", Day(year, 12, 29),
                $"<p>{year}年12月，镇人大主席团和党政领导班子专题听取镇财政所全年财政收支情况报告，对招待费、差旅费和专项经费进行重点审查。</p>"
                + Bullets(
                    $"招待费全年支出{9.8m - ((year - 2023) * 1.1m):0.0}万元，同比下降{11 + (year - 2023)}%；",
                    "差旅费全部按标准报销，未发现超标准报销；",
                    "专项经费发现1笔跨项目列支，已责令调整账目。")
                + "<p>审查情况已在机关干部会议上通报。</p>") with
            {
                Summary = $"{year}年度招待费、差旅费和专项经费重点审查结果。",
                SubjectClass = "审计",
                Genre = "通报",
                Keywords = "审计 招待费 差旅费 专项经费",
                Timeliness = Timeliness.Periodic,
                Period = Period.Yearly,
            }, At(year + 1, 1, 6), ct);
        }

        var tenders = Find(catalogue, "⑤重大工程招投标");
        (string Road, decimal Km)[] roads = [("严狄—场西路", 6.8m), ("场东—十字桥路", 7.2m), ("天阳支线", 5.4m), ("清河—天阳路", 6.1m), ("十字桥—严狄路", 5.5m)];
        await ItemAsync(body, tenders, Meta(body, "清河镇通达工程施工招标公告", Day(2025, 3, 3),
            "<p>本镇通达工程共5个标段，采用公开招标，资金来源为县级财政和一事一议奖补资金。</p>"
            + Table("标段划分", ["标段", "里程（公里）"], roads.Select(r => new[] { r.Road, r.Km.ToString("0.0") }))
            + "<p>投标截止时间：2025年3月25日。纪检监察全过程监督。</p>") with
        {
            Summary = "通达工程5个标段公开招标。",
            SubjectClass = "城乡建设",
            Genre = "公告",
            DocumentNumber = "清政发［2025］5号",
            Keywords = "通达工程 招标公告",
        }, At(2025, 3, 4), ct, Channel.GovernmentWebsite, Channel.NoticeBoard);
        await ItemWithFilesAsync(body, tenders, Meta(body, "清河镇通达工程（5条路、31公里）公开招投标结果公告", Day(2025, 4, 15),
            "<p>经公开招标，全镇通达工程5个标段已确定中标单位，施工里程合计31公里，完工后组织检查验收。</p>"
            + Table("中标结果", ["标段", "里程（公里）", "中标单位", "中标价（万元）"],
                roads.Select((r, i) => new[] { r.Road, r.Km.ToString("0.0"), $"示范某某路桥工程有限公司（第{i + 1}标段）", (r.Km * 58.5m).ToString("0.0") }))) with
        {
            Summary = "全镇通达工程共5条路、施工里程31公里，全部公开招投标，纪检监察全过程监督。",
            SubjectClass = "城乡建设",
            Genre = "公告",
            DocumentNumber = "清政发(2025)12号",
            Keywords = "通达工程 招投标 道路",
        }, At(2025, 4, 18),
        [("通达工程中标结果.csv", "标段,里程（公里）,中标单位,中标价（万元）\n" + string.Join("\n", roads.Select((r, i) => $"{r.Road},{r.Km:0.0},示范某某路桥工程有限公司（第{i + 1}标段）,{r.Km * 58.5m:0.0}")))],
        ct, Channel.GovernmentWebsite, Channel.NoticeBoard);
        await ItemAsync(body, tenders, Meta(body, "清河镇通达工程竣工验收和决算情况公示", Day(2025, 12, 8), """
            <p>5条道路31公里已全部完工，经县交通运输局、镇纪委和群众代表联合验收，工程质量合格。</p>
            <p>工程决算总额1786.3万元，较中标价节约27.2万元，决算经县审计局审计。</p>
            """) with
        {
            Summary = "通达工程竣工验收合格，决算1786.3万元。",
            SubjectClass = "城乡建设",
            Genre = "公示",
            Keywords = "通达工程 竣工验收 决算",
        }, At(2025, 12, 10), ct, Channel.GovernmentWebsite, Channel.NoticeBoard);
        await ItemAsync(body, tenders, Meta(body, "清河镇综合文化站改造工程预算公示", Day(2024, 5, 13), """
            <p>综合文化站改造工程预算126.5万元，包括屋面防水、无障碍坡道和卫生间改造、多功能厅设备更新，采用竞争性磋商方式确定施工单位。</p>
            """) with
        {
            Summary = "文化站改造工程预算126.5万元。",
            SubjectClass = "城乡建设",
            Genre = "公示",
            Keywords = "文化站 改造 预算",
        }, At(2024, 5, 14), ct);

        var burden = Find(catalogue, "⑥农民负担");
        foreach (var year in new[] { 2024, 2025, 2026 })
        {
            await ItemAsync(body, burden, Meta(body, $"清河镇{year}年农民负担监督卡公示", Day(year, 3, 4), $"""
                <p>{year}年，除国家规定的项目外，任何单位和个人不得向农民收取费用。村内兴办集体生产公益事业实行一事一议，筹资每人每年不超过20元、筹劳每个劳动力每年不超过10个工日。</p>
                <p>农民负担监督电话：{body.Contacts.Hotline}（镇农经站）。</p>
                """) with
            {
                Summary = $"{year}年农民负担政策和监督电话。",
                SubjectClass = "农业农村",
                Genre = "公告",
                Keywords = "农民负担 监督卡 一事一议",
                Timeliness = Timeliness.Periodic,
                Period = Period.Yearly,
            }, At(year, 3, 5), ct, Channel.NoticeBoard, Channel.DoorToDoorOrOnSite, Channel.GovernmentWebsite);
        }
        await ItemAsync(body, burden, Meta(body, "场东村2025年一事一议筹资筹劳方案审核结果", Day(2025, 5, 19), """
            <p>场东村拟建设村内路灯80盏，经村民代表会议讨论通过，每人筹资15元，县级财政奖补60%。经镇农经站审核，符合规定，准予实施。</p>
            """) with
        {
            Summary = "场东村一事一议筹资方案经审核准予实施。",
            SubjectClass = "农业农村",
            Genre = "公告",
            Keywords = "一事一议 筹资筹劳 场东村",
        }, At(2025, 5, 20), ct);

        var family = Find(catalogue, "⑦计划生育");
        foreach (var year in new[] { 2023, 2024, 2025 })
        {
            await ItemAsync(body, family, Meta(body, $"{year}年农村部分计划生育家庭奖励扶助对象确认公示", Day(year, 4, 10),
                $"<p>经本人申报、村级初审、镇级审核，{year}年全镇新增奖励扶助对象{31 + (year - 2023) * 4}人，继续享受{412 + (year - 2023) * 25}人，标准每人每年960元。名单在各村公示栏公示，公示期7日，不公示身份证件号码。</p>") with
            {
                Summary = $"{year}年奖励扶助对象确认情况，标准每人每年960元。",
                SubjectClass = "人口与计划生育",
                Genre = "公示",
                Keywords = "计划生育 奖励扶助 计生奖励",
                Timeliness = Timeliness.Periodic,
                Period = Period.Yearly,
            }, At(year, 4, 12), ct, Channel.NoticeBoard, Channel.GovernmentWebsite);
        }
        await ItemAsync(body, family, Meta(body, "关于做好育儿补贴申领工作的通知", Day(2025, 9, 15), """
            <p>对3周岁以下婴幼儿按每孩每年3600元发放育儿补贴。家长可通过网上申领，也可到镇便民服务中心窗口申领，窗口工作人员提供帮办代办。</p>
            <p>计划生育特别扶助、奖励扶助资金的管理和使用情况每年公布一次。</p>
            """) with
        {
            Summary = "3周岁以下婴幼儿每孩每年3600元育儿补贴的申领方式。",
            SubjectClass = "人口与计划生育",
            Genre = "通知",
            Keywords = "育儿补贴 申领",
        }, At(2025, 9, 16), ct, Channel.GovernmentWebsite, Channel.ServiceCentre, Channel.TargetedPush);
    }
}
