using Gongkai.Bodies;
using Gongkai.Catalogue;
using Gongkai.Items;

namespace Gongkai.Demo;

/// <summary>The township's key items ⑧ office guides, ⑨ social assistance (低保) and ⑩ cases, and its non-public items.</summary>
public sealed partial class DemoSeeder
{
    private static readonly string[] VillageNames = ["严狄村", "场西村", "场东村", "十字桥村", "天阳村"];

    private async Task SeedTownshipServicesAsync(Body body, List<CatalogueCategory> catalogue, CancellationToken ct)
    {
        var guides = Find(catalogue, "⑧办事指南");
        var promise = await ItemAsync(body, guides, Meta(body, "清河镇便民服务中心服务承诺", Day(2023, 5, 8),
            Table("各站所职责、收费和承诺时限", ["站所", "主要事项", "收费标准", "承诺时限", "责任人"],
            [
                ["民政办", "低保、特困供养、临时救助、优抚", "不收费", "受理后20个工作日内审核", "民政办主任 贾某某"],
                ["农经站", "土地承包合同管理、一事一议审核", "不收费", "5个工作日", "农经站站长 石某某"],
                ["财政所", "惠农补贴“一卡通”", "不收费", "即办", "财政所所长 贾某某"],
                ["社保所", "城乡居民养老保险、医疗保险参保", "不收费", "即办", "社保所所长 翟某某"],
                ["计生办", "生育登记、奖励扶助", "不收费", "即办", "计生办主任 周某某"],
            ]) + "<p>实行首问负责、一次性告知和限时办结。服务不到位的，可拨打监督电话投诉。</p>") with
        {
            Summary = "便民服务中心各站所的职责、收费标准、承诺时限和责任人。",
            SubjectClass = "综合政务",
            Genre = "公告",
            Keywords = "服务承诺 办事指南 收费标准 责任人",
            Timeliness = Timeliness.Standing,
        }, At(2023, 5, 10), ct, Channel.GovernmentWebsite, Channel.ServiceCentre, Channel.NoticeBoard);
        promise.PublishRevision(promise.Metadata with
        {
            BodyHtml = promise.BodyHtml + "<p>自2025年3月起，每周六上午提供延时服务，行动不便的老年人、残疾人可预约上门办理。</p>",
        }, At(2025, 3, 3), "增加周六延时服务和上门办理。");

        (DateOnly Created, string Title, string Keywords, string Html)[] offices =
        [
            (Day(2023, 5, 8), "民政办办事指南：低保、特困供养和临时救助", "低保 最低生活保障 特困供养 临时救助 办事指南",
                "<p>申请低保（最低生活保障）：户主向户籍所在村委会或镇便民服务中心提出书面申请，提供户口簿、身份证和家庭收入情况说明；镇民政办入户调查、民主评议后，审核结果在村务公开栏公示7个工作日，报县民政局审批。</p><p>临时救助：遭遇急难的，可直接向镇民政办申请，紧急情况先行救助。全程不收费。</p>"),
            (Day(2023, 5, 8), "农经站办事指南：土地承包合同鉴证和流转备案", "土地承包 流转 农经站",
                "<p>土地流转双方持流转合同、承包经营权证到镇农经站备案，5个工作日内办结，不收费。</p>"),
            (Day(2024, 3, 11), "财政所办事指南：惠农补贴“一卡通”", "一卡通 惠农补贴 财政所",
                "<p>各类惠农补贴统一通过“一卡通”发放。补贴未到账、卡片丢失的，持身份证到镇财政所窗口查询、挂失，即时办理。</p>"),
            (Day(2024, 3, 11), "社保所办事指南：城乡居民养老保险参保缴费", "养老保险 参保 社保所",
                "<p>年满16周岁、不属于职工基本养老保险覆盖范围的城乡居民可参保，缴费档次自选；低保对象、重度残疾人由政府代缴最低档次保费。</p>"),
        ];
        foreach (var o in offices)
        {
            await ItemAsync(body, guides, Meta(body, o.Title, o.Created, o.Html) with
            {
                Summary = "办理条件、程序、时限和收费标准。",
                SubjectClass = "综合政务",
                Genre = "其他",
                Keywords = o.Keywords,
                Timeliness = Timeliness.Standing,
            }, At(o.Created, 2), ct, Channel.GovernmentWebsite, Channel.ServiceCentre);
        }

        var cases = Find(catalogue, "⑩重大案件和其他");
        (DateOnly Created, string Title, string Genre, string Html)[] items =
        [
            (Day(2024, 9, 9), "关于某村原报账员违规列支集体资金问题查处情况的通报", "通报",
                "<p>经镇纪委调查，某村原报账员张某某在2022年至2023年间违规列支集体资金1.86万元。张某某受到党内警告处分，违规资金已全部追缴入账。</p><p>各村要严格执行“审计理财在前、核实公布在后”的规定。</p>"),
            (Day(2024, 12, 16), "2024年镇人大代表联系选民意见建议办理情况", "报告",
                "<p>全镇42名镇人大代表每人联系5—10户选民，共收集意见建议263条，涉及道路、饮水、低保、医疗等方面。已办结241条，正在办理22条。</p>"),
            (Day(2025, 11, 17), "关于镇农经站工作人员违反工作纪律问题的处理通报", "通报",
                "<p>镇农经站工作人员李某某在办理土地流转备案时推诿拖延，经核实，给予诫勉谈话处理，并在全镇通报。</p>"),
            (Day(2025, 12, 15), "2025年镇人大代表联系选民意见建议办理情况", "报告",
                "<p>2025年共收集意见建议288条，已办结270条。群众反映集中的村道破损问题已纳入2026年为民办实事项目。</p>"),
            (Day(2026, 1, 19), "2025年度镇属站所行风评议结果通报", "通报",
                "<p>结合政务公开、服务承诺和目标考核，组织群众代表对7个站所开展行风评议，便民服务中心、民政办评为满意单位，农经站评为基本满意并限期整改。</p>"),
        ];
        foreach (var item in items)
        {
            await ItemAsync(body, cases, Meta(body, item.Title, item.Created, item.Html) with
            {
                Summary = item.Title,
                SubjectClass = "综合政务",
                Genre = item.Genre,
                Keywords = "查处 通报 人大代表 行风评议",
            }, At(item.Created, 1), ct, Channel.GovernmentWebsite, Channel.NoticeBoard);
        }
    }

    private async Task SeedTownshipAssistanceAsync(Body body, CatalogueCategory assistance, CancellationToken ct)
    {
        foreach (var year in new[] { 2024, 2025, 2026 })
        {
            var (urban, rural) = year switch { 2024 => (720, 580), 2025 => (760, 620), _ => (800, 660) };
            await ItemAsync(body, assistance, Meta(body, $"关于{year}年城乡低保标准和特困人员供养标准的公告", Day(year, 1, 8),
                Table($"{year}年保障标准（元/人/月）", ["项目", "标准"],
                [
                    ["城市低保", urban.ToString()],
                    ["农村低保", rural.ToString()],
                    ["特困人员基本生活标准", ((int)(rural * 1.3)).ToString()],
                ]) + $"<p>标准自{year}年1月1日起执行，由县民政局按月通过“一卡通”发放。</p>") with
            {
                Summary = $"{year}年城市低保每人每月{urban}元、农村低保{rural}元。",
                SubjectClass = "社会保障",
                Genre = "公告",
                DocumentNumber = $"示县民发〔{year}〕1号",
                IssuingBody = "示范县民政局",
                Keywords = "低保 最低生活保障 标准 特困供养",
            }, At(year, 1, 10), ct, Channel.GovernmentWebsite, Channel.NoticeBoard, Channel.RadioTelevision);
        }

        var month = new DateOnly(2025, 1, 1);
        var n = 0;
        while (month <= new DateOnly(2026, 10, 1))
        {
            var rows = VillageNames.Select((v, i) => new[] { v, ((n + i) % 3).ToString(), ((n + (2 * i)) % 2).ToString(), $"{(n + i) % 3 * 2}" });
            await ItemAsync(body, assistance, Meta(body, $"清河镇{month.Year}年{month.Month}月城乡低保对象审核结果公示", month.AddDays(7),
                "<p>经村民代表民主评议、镇民政办入户调查和审核，本月低保（最低生活保障）对象变动情况公示如下，公示期7个工作日：</p>"
                + Table("低保对象变动（户）", ["村", "新增", "停保", "调整保障金额"], rows)
                + "<p>新增对象户主姓名已在各村村务公开栏公示（仅公示户主姓名和保障人数，不公示身份证件号码等个人信息）。对公示结果有异议的，请拨打镇民政办电话 0000-22340005 或向镇纪委反映。</p>") with
            {
                Summary = $"{month.Year}年{month.Month}月城乡低保对象新增、停保和金额调整情况。",
                SubjectClass = "社会保障",
                Genre = "公示",
                Keywords = "低保 最低生活保障 公示",
                Timeliness = Timeliness.Periodic,
                Period = Period.Monthly,
            }, At(month.Year, month.Month, 12), ct, Channel.GovernmentWebsite, Channel.NoticeBoard);
            month = month.AddMonths(1);
            n++;
        }

        foreach (var (year, festival) in new[] { (2024, Day(2024, 2, 2)), (2025, Day(2025, 1, 20)), (2026, Day(2026, 2, 9)) })
        {
            await ItemAsync(body, assistance, Meta(body, $"{year}年春节困难群众慰问补助发放情况公示", festival,
                $"<p>春节前，镇党委、政府走访慰问低保户、特困供养人员、重点优抚对象和困难残疾人共{186 + (year - 2024) * 9}户，每户发放慰问金500元，合计{(186 + (year - 2024) * 9) * 500}元。</p><p>发放名单在各村村务公开栏张榜公布。</p>") with
            {
                Summary = "春节困难群众慰问补助的对象、标准和金额。",
                SubjectClass = "社会保障",
                Genre = "公示",
                Keywords = "困难补助 慰问 低保户 优抚对象",
            }, At(festival, 1), ct, Channel.NoticeBoard, Channel.GovernmentWebsite);
        }
        foreach (var year in new[] { 2024, 2025 })
        {
            await ItemAsync(body, assistance, Meta(body, $"{year}年重点优抚对象抚恤补助标准公示", Day(year, 8, 1),
                $"<p>根据国家和省提高部分优抚对象抚恤补助标准的规定，本镇在乡退役军人、烈士遗属等重点优抚对象{47 - (year - 2024) * 2}人，自{year}年8月1日起按新标准发放。具体标准见县退役军人事务局公告。</p>") with
            {
                Summary = "重点优抚对象人数和抚恤补助标准调整。",
                SubjectClass = "社会保障",
                Genre = "公示",
                Keywords = "优抚对象 抚恤补助",
            }, At(year, 8, 5), ct, Channel.NoticeBoard, Channel.GovernmentWebsite);
        }
    }

    private async Task SeedTownshipNonPublicAsync(Body body, List<CatalogueCategory> catalogue, CancellationToken ct)
    {
        await DraftAsync(body, Find(catalogue, "③为民办实事"), Meta(body, "清河镇2027年为民办实事项目（初稿）", Day(2026, 11, 23),
            "<p>拟将村道维修、农村饮水提质和养老服务站建设列入2027年为民办实事项目，待民主议事后确定。</p>") with
        { SubjectClass = "城乡建设", Genre = "公告" }, ct);

        await UnderReviewAsync(body, Find(catalogue, "⑨社会保障"), Meta(body, "关于2027年城乡低保标准的公告（送审稿）", Day(2026, 11, 24),
            "<p>低保标准调整方案待县民政局批复后公布。</p>") with
        { SubjectClass = "社会保障", Genre = "公告", Keywords = "低保 标准" }, At(2026, 11, 25), ct);

        await OnApplicationAsync(body, Find(catalogue, "⑤重大工程招投标"), Meta(body, "清河镇通达工程第三标段施工合同", Day(2025, 4, 28),
            "<p>施工合同含企业报价明细等商业信息，依申请公开。</p>") with
        { SubjectClass = "城乡建设", Genre = "其他" }, At(2025, 5, 6), ct);

        await WithheldAsync(body, Find(catalogue, "⑩重大案件和其他"), Meta(body, "关于某村信访举报问题的调查核实材料", Day(2025, 10, 20),
            "<p>调查核实材料属于行政执法案卷信息，不予公开；查处结果按规定另行公开。</p>") with
        { SubjectClass = "综合政务" },
            WithholdingGround.EnforcementCaseFile, Day(2027, 3, 1), At(2025, 10, 22), ct);

        await WithdrawnAsync(body, Find(catalogue, "⑨社会保障"), Meta(body, "清河镇2025年8月城乡低保对象审核结果公示", Day(2025, 8, 6),
            "<p>本公示部分家庭保障金额计算有误，已撤回，更正后重新公示。</p>") with
        { SubjectClass = "社会保障", Genre = "公示", Keywords = "低保" },
            At(2025, 8, 7), WithdrawalReason.ContentError, "场东村两户保障金额计算有误，已撤回，更正后于8月12日重新公示。", At(2025, 8, 8), ct, Channel.NoticeBoard);

        await StaffOnlyAsync(body, Find(catalogue, "②干部选任"), Meta(body, "镇党政联席会议纪要（2026年第10次）", Day(2026, 10, 19),
            "<p>会议研究了机关干部年度考核工作安排，仅在镇机关内部传达。</p>") with
        { SubjectClass = "人事", Genre = "纪要" },
            "镇机关干部", At(2026, 10, 21), ct);
    }
}
