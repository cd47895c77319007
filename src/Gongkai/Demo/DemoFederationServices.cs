using Gongkai.Bodies;
using Gongkai.Catalogue;
using Gongkai.Items;

namespace Gongkai.Demo;

/// <summary>The Federation's support and relief items, budgets and final accounts, inspection and rectification.</summary>
public sealed partial class DemoSeeder
{
    private async Task SeedFederationSupportAsync(Body body, List<CatalogueCategory> catalogue, CancellationToken ct)
    {
        var support = Find(catalogue, "扶持救助");
        await ItemAsync(body, support, Meta(body, "2023年度残疾儿童康复救助定点机构名单", Day(2023, 3, 20),
            Table("定点康复机构", ["机构名称", "服务类别", "地址"],
            [
                ["示范市残疾人康复中心", "听力言语、肢体、智力、孤独症", "示范市和平路88号"],
                ["示范市妇幼保健院儿童康复科", "肢体、智力", "示范市健康路3号"],
                ["示范县特殊教育学校康复部", "听力言语、智力", "示范县城关镇育英路5号"],
            ]) + "<p>定点机构实行动态管理，年度考核不合格的取消定点资格。</p>") with
        {
            Summary = "2023年度承担残疾儿童康复救助服务的定点机构名单。",
            SubjectClass = "社会保障",
            Genre = "公告",
            Keywords = "残疾儿童 康复救助 定点机构",
        }, At(2023, 3, 22), ct);

        (int Year, int Living, int CareOne, int CareTwo, string Number)[] standards =
        [
            (2024, 90, 110, 80, "示残联发[2024]1号"),
            (2025, 100, 120, 90, "示残联发〔2025〕1号"),
            (2026, 110, 130, 100, "示残联发（2026）2号"),
        ];
        foreach (var s in standards)
        {
            await ItemAsync(body, support, Meta(body, $"关于调整{s.Year}年困难残疾人生活补贴和重度残疾人护理补贴标准的通告", Day(s.Year, 1, 5),
                $"<p>经市人民政府同意，自{s.Year}年1月1日起调整两项补贴标准：</p>"
                + Table("两项补贴标准（元/人/月）", ["补贴", "调整后标准"],
                [
                    ["困难残疾人生活补贴", s.Living.ToString()],
                    ["一级重度残疾人护理补贴", s.CareOne.ToString()],
                    ["二级重度残疾人护理补贴", s.CareTwo.ToString()],
                ]) + "<p>补贴对象无需重新申请，由乡镇（街道）按月通过社会保障卡发放。</p>") with
            {
                Summary = $"{s.Year}年困难残疾人生活补贴调整为每人每月{s.Living}元，一级重度残疾人护理补贴调整为{s.CareOne}元。",
                SubjectClass = "社会保障",
                Genre = "通告",
                DocumentNumber = s.Number,
                Keywords = "两项补贴 标准 调整 低保",
            }, At(s.Year, 1, 8), ct, Channel.GovernmentWebsite, Channel.WeiboWeChatApp, Channel.TargetedPush);
        }

        await ItemAsync(body, support, Meta(body, "关于开展2024年残疾人职业技能培训的通知", Day(2024, 4, 1), """
            <p>2024年计划开设电商直播、中式面点、盲人医疗按摩、计算机操作四个培训班，每班30人，培训期间免费提供午餐和交通补助。</p>
            <p>报名条件：16—59周岁、持有残疾人证、有就业意愿的本市残疾人。报名截止时间：2024年4月30日。</p>
            """) with
        {
            Summary = "开设四类免费职业技能培训班，4月30日前报名。",
            SubjectClass = "社会保障",
            Genre = "通知",
            Keywords = "职业技能培训 就业 报名",
        }, At(2024, 4, 2), ct, Channel.GovernmentWebsite, Channel.WeiboWeChatApp);

        await ItemAsync(body, support, Meta(body, "2024年困难重度残疾人家庭无障碍改造实施对象公示（重新公示）", Day(2024, 6, 6),
            "<p>6月5日发布的同名公示因个人信息未脱敏已撤回，现重新公示，公示期7个工作日。本批共180户，分布在各乡镇（街道），姓名已作脱敏处理。</p>"
            + Table("实施对象（摘录）", ["姓名", "所在乡镇（街道）", "残疾类别"],
            [
                ["赵某某", "清河镇", "肢体一级"],
                ["钱某某", "城关街道", "视力二级"],
                ["孙某某", "东湖街道", "肢体二级"],
            ])) with
        {
            Summary = "2024年家庭无障碍改造对象180户，脱敏后重新公示。",
            SubjectClass = "社会保障",
            Genre = "公示",
            Keywords = "无障碍改造 公示 困难重度残疾人",
        }, At(2024, 6, 7), ct, Channel.GovernmentWebsite, Channel.NoticeBoard);

        await ItemAsync(body, support, Meta(body, "2025年困难重度残疾人家庭无障碍改造实施对象公示", Day(2025, 6, 10),
            "<p>经本人申请、乡镇（街道）初审、县级残联入户评估，拟确定以下对象实施家庭无障碍改造，公示期7个工作日。</p>"
            + Table("实施对象（姓名已作脱敏处理）", ["姓名", "所在乡镇（街道）", "残疾类别", "改造内容"],
            [
                ["张某某", "清河镇", "肢体一级", "卫生间扶手、坡道"],
                ["李某某", "城关街道", "视力一级", "语音提示、盲道"],
                ["王某某", "清河镇", "肢体二级", "门槛改造、防滑地面"],
                ["周某某", "东湖街道", "听力一级", "闪光门铃、可视对讲"],
            ]) + "<p>对公示对象有异议的，请在公示期内向市残联维权部反映，电话0000-12340007。</p>") with
        {
            Summary = "2025年第一批家庭无障碍改造拟实施对象，公示7个工作日。",
            SubjectClass = "社会保障",
            Genre = "公示",
            Keywords = "无障碍改造 公示 困难重度残疾人",
        }, At(2025, 6, 12), ct, Channel.GovernmentWebsite, Channel.NoticeBoard);

        await ItemAsync(body, support, Meta(body, "关于开展2025年度残疾学生和残疾人家庭子女助学工作的通知", Day(2025, 8, 18), """
            <p>资助对象：考入全日制普通高校、中等职业学校的持证残疾学生，以及低保、低保边缘家庭中残疾人的子女。</p>
            <p>资助标准：本科及以上每人5000元，专科和中职每人3000元。申请截止时间：2025年10月31日。</p>
            """) with
        {
            Summary = "残疾学生和残疾人家庭子女助学的对象、标准和申请时间。",
            SubjectClass = "教育",
            Genre = "通知",
            Keywords = "助学 残疾学生 低保",
        }, At(2025, 8, 20), ct);

        await ItemAsync(body, support, Meta(body, "2026年残疾人辅助器具免费适配服务公告", Day(2026, 3, 2), """
            <p>2026年继续为低保、特困、低保边缘家庭残疾人免费适配基本型辅助器具，全年计划适配2000件。</p>
            <p>可通过本平台、“示范残联”微信公众号或乡镇（街道）残联申请，康复中心上门评估。</p>
            """) with
        {
            Summary = "低保、特困、低保边缘家庭残疾人免费适配基本型辅助器具。",
            SubjectClass = "社会保障",
            Genre = "公告",
            Keywords = "辅助器具 免费适配 低保",
        }, At(2026, 3, 4), ct, Channel.GovernmentWebsite, Channel.WeiboWeChatApp);
    }

    private async Task SeedFederationMoneyAsync(Body body, List<CatalogueCategory> catalogue, CancellationToken ct)
    {
        var money = Find(catalogue, "预算决算");
        (int Year, decimal Total, decimal Basic, decimal Project, decimal Reception, decimal Cars, decimal Abroad)[] figures =
        [
            (2022, 2856.4m, 612.3m, 2244.1m, 1.2m, 3.8m, 0m),
            (2023, 3012.7m, 640.5m, 2372.2m, 1.0m, 3.6m, 0m),
            (2024, 3188.9m, 655.0m, 2533.9m, 0.9m, 3.5m, 0m),
            (2025, 3265.0m, 668.2m, 2596.8m, 0.8m, 3.4m, 0m),
            (2026, 3340.0m, 680.0m, 2660.0m, 0.8m, 3.3m, 0m),
        ];
        foreach (var f in figures)
        {
            string[][] rows =
            [
                ["支出合计", f.Total.ToString("0.0")],
                ["基本支出", f.Basic.ToString("0.0")],
                ["项目支出", f.Project.ToString("0.0")],
                ["公务接待费", f.Reception.ToString("0.0")],
                ["公务用车购置及运行费", f.Cars.ToString("0.0")],
                ["因公出国（境）费", f.Abroad.ToString("0.0")],
            ];
            if (f.Year >= 2023)
            {
                await ItemAsync(body, money, Meta(body, $"示范市残疾人联合会{f.Year}年部门预算", Day(f.Year, 2, 1),
                    "<p>部门预算经市人民代表大会审查批准，现予公开。</p>" + Table($"{f.Year}年预算（万元）", ["项目", "金额"], rows)
                    + "<p>项目支出主要用于残疾人康复救助、两项补贴、就业培训和无障碍改造。</p>") with
                {
                    Summary = $"{f.Year}年部门预算支出{f.Total}万元，其中“三公”经费{f.Reception + f.Cars + f.Abroad}万元。",
                    SubjectClass = "财政",
                    Genre = "报告",
                    Keywords = $"{f.Year}年 部门预算 三公经费",
                    Timeliness = Timeliness.Periodic,
                    Period = Period.Yearly,
                }, At(f.Year, 2, 20), ct);
            }
            if (f.Year <= 2025)
            {
                var actual = rows.Select(r => new[] { r[0], (decimal.Parse(r[1]) * 0.97m).ToString("0.0") });
                await ItemAsync(body, money, Meta(body, $"示范市残疾人联合会{f.Year}年部门决算", Day(f.Year + 1, 7, 20),
                    "<p>部门决算经市财政局批复，现予公开。</p>" + Table($"{f.Year}年决算（万元）", ["项目", "金额"], actual)
                    + "<p>决算支出较预算减少，主要是严格落实过紧日子要求，压减一般性支出。</p>") with
                {
                    Summary = $"{f.Year}年部门决算及“三公”经费支出情况说明。",
                    SubjectClass = "财政",
                    Genre = "报告",
                    Keywords = $"{f.Year}年 部门决算 三公经费",
                    Timeliness = Timeliness.Periodic,
                    Period = Period.Yearly,
                }, At(f.Year + 1, 8, 5), ct);
            }
        }
    }

    private async Task SeedFederationOversightAsync(Body body, List<CatalogueCategory> catalogue, CancellationToken ct)
    {
        var oversight = Find(catalogue, "检查与整改");
        await ItemAsync(body, oversight, Meta(body, "市残联政府信息公开工作制度", Day(2023, 4, 10), "<p>经理事会研究，制定以下政府信息公开工作制度：</p>"
            + Bullets(
                "《市残联政府信息公开工作人员工作职责》",
                "《市残联政府信息审核、报送制度》",
                "《市残联政府信息公开工作检查评议、责任追究制度》",
                "《市残联政府信息公开接待、办理制度》",
                "《市残联政府信息发布保密审查制度》",
                "《市残联依申请办理政府信息公开工作程序》")
            + "<p>所有信息按照主动公开、依申请公开、不予公开三类确定公开属性，逐级审核后发布。</p>") with
        {
            Summary = "政府信息公开的工作职责、审核报送、检查评议和责任追究、接待办理、保密审查和依申请公开六项制度。",
            SubjectClass = "综合政务",
            Genre = "通知",
            DocumentNumber = "示残联发[2023]4号",
            Keywords = "制度 保密审查 责任追究 依申请公开",
            Timeliness = Timeliness.Standing,
        }, At(2023, 4, 12), ct);

        await ItemAsync(body, oversight, Meta(body, "关于设立政务公开监督举报电话的公告", Day(2024, 1, 8), $"""
            <p>为接受干部职工和社会各界监督，市残联设立政务公开监督举报电话：{body.Contacts.Hotline}（工作日办公时间），也可发送电子邮件至 {body.Contacts.Email}。</p>
            <p>对应当公开而未公开、公开不及时、内容不准确等问题，本机关在5个工作日内核实，10个工作日内答复。支持匿名举报。</p>
            """) with
        {
            Summary = $"政务公开监督举报电话{body.Contacts.Hotline}，支持匿名举报。",
            SubjectClass = "综合政务",
            Genre = "公告",
            Keywords = "举报电话 监督 政务公开",
            Timeliness = Timeliness.Standing,
        }, At(2024, 1, 10), ct, Channel.GovernmentWebsite, Channel.ReadingPoint, Channel.ServiceCentre);

        (DateOnly Created, string Title, string[] Problems, string Result)[] checks =
        [
            (Day(2023, 12, 18), "市残联2023年政务公开工作自查及整改情况", ["“扶持救助”栏目个别信息超过20个工作日才发布", "部分规范性文件未同步发布政策解读"], "已补发政策解读3件，建立信息发布时限台账。"),
            (Day(2024, 9, 23), "关于市政务公开第三方评估反馈问题的整改情况报告", ["政府信息公开指南未写明传真号码", "2份附件为扫描图片，读屏软件无法朗读", "6月发布的一份公示名单含未脱敏个人信息"], "指南已更新；附件已改为可朗读的文字版本；该名单已撤回并脱敏后重新公示，保密审查环节增加个人信息检查。"),
            (Day(2025, 7, 14), "市残联2025年上半年政务公开自查及整改情况", ["预算决算栏目“三公”经费说明不够详细"], "已补充“三公”经费增减原因说明。"),
            (Day(2026, 7, 13), "市残联2026年上半年政务公开自查及整改情况", ["部分数据表格缺少标题和表头说明，读屏软件无法正确朗读"], "已为全部表格补充标题和表头，发布前增加无障碍检查。"),
        ];
        foreach (var c in checks)
        {
            await ItemAsync(body, oversight, Meta(body, c.Title, c.Created,
                "<p>按照市政务公开办部署，市残联组织开展检查，发现以下问题：</p>" + Bullets(c.Problems)
                + $"<p>整改情况：{c.Result}</p><p>欢迎继续通过举报电话 {body.Contacts.Hotline} 提出意见建议。</p>") with
            {
                Summary = $"发现问题{c.Problems.Length}个，已全部整改。",
                SubjectClass = "综合政务",
                Genre = "报告",
                Keywords = "自查 整改 政务公开",
            }, At(c.Created, 2), ct);
        }

        var other = Find(catalogue, "其他事项");
        foreach (var year in new[] { 2023, 2024, 2025 })
        {
            await ItemAsync(body, other, Meta(body, $"示范市残疾人联合会{year}年政府信息公开工作年度报告", Day(year + 1, 1, 20), $"""
                <h2>一、总体情况</h2><p>{year}年，市残联坚持以公开为常态、不公开为例外，围绕残疾人关心的康复、就业、补贴等事项做好信息公开。</p>
                <h2>二、主动公开政府信息情况</h2><p>全年主动公开政府信息{40 + ((year - 2023) * 6)}条，其中规范性文件{2 + (year - 2023)}件。</p>
                <h2>三、收到和处理政府信息公开申请情况</h2><p>全年收到申请{5 + (year - 2023)}件，均在法定期限内答复。</p>
                <h2>四、行政复议、行政诉讼情况</h2><p>未发生因政府信息公开引起的行政复议和行政诉讼。</p>
                <h2>五、存在的主要问题及改进情况</h2><p>信息发布的及时性和解读的通俗性仍需提高，将加强信息员培训。</p>
                <h2>六、其他需要报告的事项</h2><p>本年度未收取信息处理费。</p>
                """) with
            {
                Summary = $"{year}年政府信息公开工作情况、依申请公开办理情况和存在问题。",
                SubjectClass = "综合政务",
                Genre = "报告",
                Keywords = "年度报告 政府信息公开",
                Timeliness = Timeliness.Periodic,
                Period = Period.Yearly,
            }, At(year + 1, 1, 22), ct);
        }

        await ItemAsync(body, other, Meta(body, "关于开展第三十四次全国助残日活动的公告", Day(2024, 5, 6), """
            <p>5月19日为第三十四次全国助残日。活动期间，市残联将在市民广场开展政策咨询、义诊、辅助器具展示和残疾人就业招聘会。</p>
            <p>现场设手语翻译和无障碍通道，欢迎残疾人朋友及其亲友参加。</p>
            """) with
        {
            Summary = "全国助残日政策咨询、义诊和招聘会安排。",
            SubjectClass = "社会保障",
            Genre = "公告",
            Keywords = "助残日 活动 招聘会",
        }, At(2024, 5, 8), ct, Channel.GovernmentWebsite, Channel.WeiboWeChatApp, Channel.RadioTelevision);
    }

    private async Task SeedFederationNonPublicAsync(Body body, List<CatalogueCategory> catalogue, CancellationToken ct)
    {
        var support = Find(catalogue, "扶持救助");
        await DraftAsync(body, support, Meta(body, "2027年残疾人职业技能培训计划", Day(2026, 11, 20),
            "<p>拟开设培训班五期，具体项目待调研后确定。</p>") with
        { SubjectClass = "社会保障", Genre = "通知" }, ct);

        await UnderReviewAsync(body, support, Meta(body, "关于调整2027年两项补贴标准的通告（送审稿）", Day(2026, 11, 18),
            "<p>拟自2027年1月1日起提高困难残疾人生活补贴和重度残疾人护理补贴标准，具体金额待市政府批准。</p>") with
        {
            SubjectClass = "社会保障",
            Genre = "通告",
            Keywords = "两项补贴 送审稿",
        }, At(2026, 11, 19), ct);

        await OnApplicationAsync(body, support, Meta(body, "市残联与定点康复机构签订的2025年度服务协议", Day(2025, 3, 1),
            "<p>协议约定了康复服务项目、结算价格和考核办法，涉及机构经营信息，依申请公开。</p>") with
        {
            SubjectClass = "社会保障",
            Genre = "其他",
        }, At(2025, 3, 5), ct);

        await WithheldAsync(body, Find(catalogue, "其他事项"), Meta(body, "关于市残联信访件处理情况的内部请示", Day(2025, 5, 6),
            "<p>本请示为过程性信息。</p>"), WithholdingGround.ProcessInformation, Day(2026, 5, 6), At(2025, 5, 8), ct);

        await WithdrawnAsync(body, support, Meta(body, "2024年困难重度残疾人家庭无障碍改造实施对象公示", Day(2024, 6, 3),
            "<p>原公示名单未按规定脱敏，已撤回。</p>") with
        {
            SubjectClass = "社会保障",
            Genre = "公示",
        }, At(2024, 6, 5), WithdrawalReason.PrivacyConcern, "公示名单误含未脱敏的个人信息，已撤回，脱敏后重新公示。", At(2024, 6, 6), ct);

        await StaffOnlyAsync(body, Find(catalogue, "机构设置"), Meta(body, "市残联机关2025年度干部职工考核结果", Day(2026, 1, 26),
            "<p>机关干部职工年度考核结果，仅在机关内部公示。</p>") with
        { SubjectClass = "综合政务", Genre = "公示" },
            "市残联机关干部职工", At(2026, 1, 28), ct);
    }
}
