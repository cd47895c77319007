using Gongkai.Bodies;
using Gongkai.Catalogue;
using Gongkai.Items;

namespace Gongkai.Demo;

/// <summary>The primary school (seed 篇2): its guide and the items for students, parents and society.</summary>
public sealed partial class DemoSeeder
{
    private async Task SeedSchoolAsync(Body body, CancellationToken ct)
    {
        var catalogue = BuildCatalogue(body, Catalogue.ShippedTemplates.SchoolPublic, Catalogue.ShippedTemplates.SchoolStaff);
        AddGuide(body, At(2024, 9, 1), $"""
            <h2>一、公开内容</h2>
            <p>本校校务公开分为对校内公开和对学生、家长、社会公开两部分。对校内公开的信息仅本校教职工登录后可查看。</p>
            <h2>二、公开形式</h2>
            <p>校务公开专用橱窗、永久性公开栏、校门口每周工作公开黑板、教职工代表大会和本平台。每周一在校门口黑板和本平台公布本周工作安排。</p>
            <h2>三、工作机构</h2>
            <p>学校成立以校长为组长、工会主席和副校长为副组长的校务公开工作领导小组，办公室设在校长室。</p>
            <ul><li>地址：{body.Contacts.Address}</li><li>电话：{body.Contacts.Phone}</li><li>办公时间：{body.Contacts.OfficeHours}</li><li>电子邮箱：{body.Contacts.Email}</li></ul>
            <h2>四、意见反馈</h2>
            <p>对公开内容有疑问或意见的，可在本平台留言、投入校门口意见箱或致电校长室。学校在10个工作日内答复，整改意见及结果再次公开。</p>
            """);

        await SeedSchoolProfileAsync(body, catalogue, ct);
        await SeedSchoolFeesAndAdmissionsAsync(body, catalogue, ct);
        await SeedSchoolStudentsAsync(body, catalogue, ct);
        await SeedSchoolWeeklyAsync(body, Find(catalogue, "每周工作"), ct);
        await SeedSchoolStaffAsync(body, catalogue, ct);
        await SeedSchoolNonPublicAsync(body, catalogue, ct);
    }

    private async Task SeedSchoolProfileAsync(Body body, List<CatalogueCategory> catalogue, CancellationToken ct)
    {
        var profile = Find(catalogue, "章程与规划");
        var charter = await ItemAsync(body, profile, Meta(body, "示范市实验小学章程", Day(2023, 9, 8), """
            <p>第一条 本校是示范市教育局举办的全日制公办小学，实施六年制义务教育。</p>
            <p>第二条 学校实行校长负责制，设教职工代表大会，重大事项经教职工代表大会审议。</p>
            <p>第三条 学校实行校务公开，通过公开栏、校门口公开黑板、网站等形式公开校务，接受教职工、学生、家长和社会监督。</p>
            <p>第四条 学校设家长委员会，参与学校管理，对收费、校服、课后服务等事项提出意见。</p>
            """) with
        {
            Summary = "学校的性质、管理体制、校务公开和家长委员会等基本制度。",
            SubjectClass = "教育",
            Genre = "其他",
            Keywords = "学校章程 校务公开 家长委员会",
            Timeliness = Timeliness.Standing,
        }, At(2023, 9, 12), ct, Channel.GovernmentWebsite, Channel.NoticeBoard);
        charter.PublishRevision(charter.Metadata with
        {
            BodyHtml = charter.BodyHtml + "<p>第五条 学校建立校务公开信息反馈制度，每次公开后收集意见，答复、整改并再次公开整改结果。</p>",
        }, At(2025, 6, 20), "经教职工代表大会审议，增加第五条校务公开信息反馈制度。");

        await ItemAsync(body, profile, Meta(body, "示范市实验小学发展规划（2024—2028年）", Day(2024, 3, 15), """
            <p>发展目标：建设“书香校园、健康校园、智慧校园”，到2028年成为全市义务教育优质均衡发展示范校。</p>
            <p>主要措施：推进课堂教学改革，每个学科培养2名以上市级骨干教师；落实学生每天校内体育活动不少于1小时；完成录播教室和智慧图书馆建设。</p>
            """) with
        {
            Summary = "学校五年发展目标和主要措施，经教职工代表大会审议通过。",
            SubjectClass = "教育",
            Genre = "其他",
            Keywords = "发展规划 优质均衡",
            Timeliness = Timeliness.Standing,
        }, At(2024, 3, 18), ct);

        await ItemAsync(body, profile, Meta(body, "2025年学校师资配备和办学成果", Day(2025, 9, 15),
            Table("2025—2026学年师资配备", ["项目", "人数"],
            [
                ["在编专任教师", "86"],
                ["其中：高级教师", "19"],
                ["其中：市级骨干教师", "12"],
                ["心理健康教育专职教师", "2"],
                ["教学班（个）", "36"],
            ]) + "<p>2024—2025学年，学生在市级科技、艺术、体育竞赛中获奖152人次，学校获评市级“书香校园”。</p>") with
        {
            Summary = "专任教师86人，教学班36个，学生获市级奖励152人次。",
            SubjectClass = "教育",
            Genre = "其他",
            Keywords = "师资配备 办学成果",
        }, At(2025, 9, 18), ct);

        var decisions = Find(catalogue, "重大决策和制度改革");
        (DateOnly Created, string Title, string Summary, string Html)[] items =
        [
            (Day(2023, 9, 4), "关于实施课后服务的决定", "课后服务每周5天、每天不少于2小时，学生自愿参加。",
                "<p>经家长委员会征求意见和校务会研究，自2023年9月起开展课后服务，每周5天，每天16:00—17:30，内容为作业辅导和社团活动，学生自愿参加。</p><p>课后服务收费按市发展改革委、市教育局核定标准执行，家庭经济困难学生免收。</p>"),
            (Day(2024, 10, 21), "关于调整冬季作息时间的通知", "11月至次年2月上午到校时间推迟至8:10。",
                "<p>根据家长代表座谈会意见，自2024年11月1日起执行冬季作息：上午8:10到校，下午13:50到校，其他时间不变。</p>"),
            (Day(2025, 3, 10), "关于建立校务公开信息反馈制度的决定", "每次公开后收集意见，10个工作日内答复，整改结果再次公开。",
                "<p>针对以往校务公开“公开后没有及时听取群众意见”的问题，学校决定建立信息反馈制度：</p><ul><li>每项公开内容均可在本平台留言或投入意见箱；</li><li>校长室每周汇总，10个工作日内答复；</li><li>需要整改的明确责任人和期限，整改结果再次公开并继续征求意见。</li></ul>"),
            (Day(2025, 5, 26), "家长委员会关于2025年校服选用的决定", "校服由家长自愿购买，款式和价格经家长委员会投票确定。",
                "<p>家长委员会组织全体家长投票，参与率91%，确定选用运动款校服，夏装每套85元、冬装每套168元，家长自愿购买，学校不经手费用。</p>"),
            (Day(2025, 12, 22), "2025年校务公开意见整改结果公示", "本年度收到意见37条，已答复37条，整改9项。",
                "<p>2025年通过留言、意见箱和家长会共收到意见37条，均已答复。其中需要整改的9项已全部完成，主要包括：放学时段校门口增派护导教师、午餐增加蔬菜品种、每周工作黑板增加学生活动预告。</p><p>欢迎继续提出意见建议。</p>"),
        ];
        foreach (var d in items)
        {
            await ItemAsync(body, decisions, Meta(body, d.Title, d.Created, d.Html) with
            {
                Summary = d.Summary,
                SubjectClass = "教育",
                Genre = d.Title.Contains("公示", StringComparison.Ordinal) ? "公示" : d.Title.Contains("通知", StringComparison.Ordinal) ? "通知" : "决定",
                Keywords = "重大决策 校务公开",
            }, At(d.Created, 1), ct, Channel.GovernmentWebsite, Channel.NoticeBoard);
        }

        var teachers = Find(catalogue, "骨干教师简历");
        (string Name, string Subject, int Since, string Honours)[] cvs =
        [
            ("刘某某", "语文", 2006, "市级学科带头人；执教的《秋天的雨》获省优质课一等奖。"),
            ("陈某某", "数学", 2010, "市级骨干教师；主持市级课题“小学数学作业设计研究”。"),
            ("杨某某", "体育", 2013, "市级骨干教师；带领校足球队获全市小学生足球联赛冠军。"),
            ("孙某某", "英语", 2012, "市级骨干教师；市英语学科中心组成员。"),
        ];
        for (var i = 0; i < cvs.Length; i++)
        {
            var t = cvs[i];
            await ItemAsync(body, teachers, Meta(body, $"骨干教师简历：{t.Subject}教师{t.Name}", Day(2024 + (i / 2), 9, 10),
                $"<p>{t.Name}，{t.Subject}教师，{t.Since}年参加工作，高级教师。</p><p>主要荣誉：{t.Honours}</p><p>现任{t.Subject}教研组长，承担青年教师培养工作。</p>") with
            {
                Summary = $"{t.Subject}骨干教师{t.Name}的工作经历和主要荣誉。",
                SubjectClass = "教育",
                Genre = "其他",
                Keywords = $"骨干教师 简历 {t.Subject}",
            }, At(2024 + (i / 2), 9, 12), ct);
        }
    }

    private async Task SeedSchoolFeesAndAdmissionsAsync(Body body, List<CatalogueCategory> catalogue, CancellationToken ct)
    {
        var fees = Find(catalogue, "收费依据、项目和标准");
        (int Year, string Term, int Book, int Lunch)[] terms =
        [
            (2024, "秋季", 30, 7),
            (2025, "春季", 30, 7),
            (2025, "秋季", 30, 8),
            (2026, "春季", 30, 8),
            (2026, "秋季", 32, 8),
        ];
        foreach (var t in terms)
        {
            var month = t.Term == "春季" ? 2 : 8;
            await ItemWithFilesAsync(body, fees, Meta(body, $"{t.Year}年{t.Term}学期收费项目和收费标准公示", Day(t.Year, month, 20),
                "<p>收费依据：市发展改革委、市教育局关于义务教育阶段学校服务性收费和代收费的规定。</p>"
                + Table("收费项目和标准", ["项目", "标准", "性质"],
                [
                    ["学杂费", "免收", "义务教育"],
                    ["作业本费", $"每生每学期{t.Book}元", "代收费"],
                    ["午餐费", $"每生每天{t.Lunch}元，按实际就餐天数收取", "服务性收费（自愿）"],
                ]) + "<p>投诉电话：0000-12350001（市教育局）。</p>") with
            {
                Summary = "按照物价和教育部门核定的项目和标准收取代收费，严禁擅自设立收费项目。",
                SubjectClass = "教育",
                Genre = "公告",
                Keywords = "收费 学费 公示",
                Timeliness = Timeliness.Periodic,
                Period = Period.SchoolTerm,
            }, At(t.Year, month, 25),
            [($"{t.Year}年{t.Term}学期收费标准.csv", $"项目,标准,性质\n学杂费,免收,义务教育\n作业本费,每生每学期{t.Book}元,代收费\n午餐费,每生每天{t.Lunch}元（按实际就餐天数）,服务性收费（自愿）\n")],
            ct, Channel.GovernmentWebsite, Channel.NoticeBoard);
        }

        var admissions = Find(catalogue, "招生办法和招生数目");
        foreach (var year in new[] { 2023, 2024, 2025, 2026 })
        {
            var classes = year == 2024 ? 7 : 6;
            await ItemAsync(body, admissions, Meta(body, $"示范市实验小学{year}年一年级招生工作方案", Day(year, 5, 8),
                $"<p>根据市教育局{year}年义务教育招生工作意见，本校{year}年秋季一年级计划招生{classes}个班、{classes * 45}人。</p>"
                + Table("招生范围（学区）", ["社区", "范围"],
                [
                    ["育才路社区", "育才路以东、文昌路以北"],
                    ["文昌社区", "文昌路以南、人民路以西"],
                    ["和平社区", "和平路1号至120号"],
                ]) + $"<p>招生对象：{year - 7}年9月1日至{year - 6}年8月31日出生、户籍和实际居住地均在学区内的适龄儿童。报名时间：{year}年6月10日至6月20日。</p><p>学区内报名人数超过计划的，按户籍和居住年限顺序录取，不举行任何形式的考试。</p>") with
            {
                Summary = $"{year}年一年级招生{classes}个班{classes * 45}人，学区为育才路、文昌、和平三个社区。",
                SubjectClass = "教育",
                Genre = "通知",
                Keywords = "招生 学区 一年级 招生范围",
            }, At(year, 5, 12), ct, Channel.GovernmentWebsite, Channel.NoticeBoard, Channel.WeiboWeChatApp);
        }
        await ItemAsync(body, admissions, Meta(body, "2025届六年级毕业生升学情况", Day(2025, 8, 28), """
            <p>2025届毕业生278人，全部升入初中就读：对口划片升入示范市第一中学231人，随迁回户籍地就读29人，经市教育局批准升入其他学校18人。</p>
            """) with
        {
            Summary = "2025届毕业生278人全部升入初中。",
            SubjectClass = "教育",
            Genre = "公告",
            Keywords = "升学 毕业生",
        }, At(2025, 8, 29), ct);
    }
}
