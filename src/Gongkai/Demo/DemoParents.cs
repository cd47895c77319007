using Gongkai.Bodies;
using Gongkai.Catalogue;
using Gongkai.Items;

namespace Gongkai.Demo;

/// <summary>The parent bodies (city, education bureau, county): a short guide, a small catalogue and a couple of items each.</summary>
public sealed partial class DemoSeeder
{
    private async Task SeedParentsAsync(Body city, Body education, Body county, CancellationToken ct)
    {
        foreach (var body in new[] { city, education, county })
        {
            AddGuide(body, At(2024, 1, 10), ShortGuide(body));
        }

        var cityCatalogue = SimpleCatalogue(city, ("政策文件", ["规范性文件", "其他文件"]), ("政务公开", ["年度报告", "工作动态"]));
        await ItemAsync(city, Find(cityCatalogue, "其他文件"), Meta(city, "示范市人民政府办公室关于进一步做好基层政务公开工作的通知", Day(2024, 4, 8), """
            <p>各县（区）人民政府，市政府各部门：</p>
            <p>一、各单位要对照基层政务公开标准目录，梳理本单位公开事项清单，做到应公开尽公开；信息自形成或者变更之日起20个工作日内公开。</p>
            <p>二、学校、村（居）委会等公共企事业单位和基层群众性自治组织要健全校务公开、村务公开制度，公开后及时收集意见、答复并公开整改结果。</p>
            <p>三、发布前严格进行保密审查和个人信息检查，公示名单不得公开完整身份证件号码、银行账号和手机号码。</p>
            """) with
        {
            Summary = "对照标准目录梳理公开清单，落实20个工作日时限，加强保密审查和个人信息保护。",
            SubjectClass = "综合政务",
            Genre = "通知",
            DocumentNumber = "示政办发(2024)8号",
            Keywords = "政务公开 标准目录 个人信息保护",
        }, At(2024, 4, 10), ct, Channel.GovernmentWebsite, Channel.GovernmentGazette);
        await ItemAsync(city, Find(cityCatalogue, "年度报告"), Meta(city, "示范市人民政府2024年政府信息公开工作年度报告", Day(2025, 3, 20), """
            <h2>一、总体情况</h2><p>2024年，全市主动公开政府信息1.2万条，受理政府信息公开申请316件。</p>
            <h2>二、存在的主要问题及改进情况</h2><p>部分基层单位公开栏目更新不及时，已纳入年度考核。</p>
            """) with
        {
            Summary = "2024年全市政府信息公开工作情况。",
            SubjectClass = "综合政务",
            Genre = "报告",
            Keywords = "年度报告 政府信息公开",
            Timeliness = Timeliness.Periodic,
            Period = Period.Yearly,
        }, At(2025, 3, 25), ct);

        var educationCatalogue = SimpleCatalogue(education, ("义务教育", ["招生范围", "收费管理"]));
        await ItemAsync(education, Find(educationCatalogue, "招生范围"), Meta(education, "2025年示范市义务教育学校招生范围", Day(2025, 4, 18),
            Table("城区公办小学招生范围（摘录）", ["学校", "招生范围"],
            [
                ["示范市实验小学", "育才路社区、文昌社区、和平社区"],
                ["示范市人民路小学", "人民路社区、东湖社区"],
            ]) + "<p>各校招生计划和报名办法由学校另行公布。不得以任何形式的考试选拔学生。</p>") with
        {
            Summary = "2025年城区公办小学的招生范围（学区）。",
            SubjectClass = "教育",
            Genre = "通知",
            DocumentNumber = "示教发〔2025〕6号",
            Keywords = "招生范围 学区 义务教育",
        }, At(2025, 4, 22), ct, Channel.GovernmentWebsite, Channel.WeiboWeChatApp);
        await ItemAsync(education, Find(educationCatalogue, "收费管理"), Meta(education, "关于规范义务教育阶段学校服务性收费和代收费管理的通知", Day(2023, 8, 14), """
            <p>义务教育阶段学校免收学杂费。作业本费按代收费管理，午餐费、课后服务费按服务性收费管理，坚持学生自愿、非营利原则，收费项目和标准在校内公开栏和学校网站公示。</p>
            """) with
        {
            Summary = "义务教育阶段学校代收费、服务性收费的项目和公示要求。",
            SubjectClass = "教育",
            Genre = "通知",
            DocumentNumber = "示教发[2023]12号",
            Keywords = "收费 代收费 服务性收费",
        }, At(2023, 8, 16), ct);

        var countyCatalogue = SimpleCatalogue(county, ("政策文件", ["规范性文件"]), ("政务公开", ["工作要点"]));
        await ItemAsync(county, Find(countyCatalogue, "规范性文件"), Meta(county, "示范县人民政府关于公布实施征地区片综合地价的通知", Day(2023, 3, 1), """
            <p>全县划分为三类征地区片，区片综合地价分别为每亩56000元、51000元、48000元，自2023年4月1日起实施。各乡镇应将本辖区标准在村务公开栏公布。</p>
            """) with
        {
            Summary = "全县三类征地区片综合地价标准。",
            SubjectClass = "农业农村",
            Genre = "通知",
            DocumentNumber = "示县政发[2023]6号",
            Keywords = "征地 区片综合地价 补偿标准",
            ValidFrom = Day(2023, 4, 1),
        }, At(2023, 3, 3), ct, Channel.GovernmentWebsite, Channel.GovernmentGazette);
        await ItemAsync(county, Find(countyCatalogue, "工作要点"), Meta(county, "示范县2025年政务公开工作要点", Day(2025, 3, 17), """
            <p>推进乡镇政务公开标准化规范化，实现村务公开栏目全覆盖；低保、临时救助等社会救助信息审核后10个工作日内公开、公示7个工作日；年底前完成乡镇政务公开专栏适老化和无障碍改造。</p>
            """) with
        {
            Summary = "2025年全县政务公开重点任务。",
            SubjectClass = "综合政务",
            Genre = "通知",
            DocumentNumber = "示县政办发（2025）3号",
            Keywords = "政务公开 工作要点 低保",
        }, At(2025, 3, 19), ct);
    }

    private static string ShortGuide(Body body)
    {
        var c = body.Contacts;
        return $"""
            <h2>一、主动公开</h2>
            <p>{body.Name}主动公开的政府信息按本机关政府信息公开目录分类编排，通过本平台公开，自信息形成或者变更之日起20个工作日内公开。</p>
            <h2>二、依申请公开</h2>
            <ul><li>受理机构：{c.OfficeName}</li><li>地址：{c.Address}</li><li>办公时间：{c.OfficeHours}</li><li>电话：{c.Phone}</li><li>传真：{c.Fax ?? "无"}</li><li>电子邮箱：{c.Email}</li></ul>
            <p>可当面、信函、传真或网上申请；自收到申请之日起20个工作日内答复，需要延长的最长不超过20个工作日。</p>
            <h2>三、监督</h2>
            <p>监督电话：{c.Hotline}。</p>
            """;
    }

    /// <summary>A small catalogue without template rows, for bodies the shipped templates do not cover.</summary>
    private List<CatalogueCategory> SimpleCatalogue(Body body, params (string Name, string[] Children)[] groups)
    {
        var roots = new List<CatalogueCategory>();
        foreach (var (name, children) in groups)
        {
            var root = new CatalogueCategory(body, name) { SortOrder = roots.Count + 1 };
            foreach (var child in children)
            {
                root.Children.Add(new CatalogueCategory(body, child, root) { SortOrder = root.Children.Count + 1 });
            }
            roots.Add(root);
        }
        db.CatalogueCategories.AddRange(roots);
        return roots;
    }
}
