using Gongkai.Bodies;
using Gongkai.Items;

namespace Gongkai.Demo;

public sealed partial class DemoSeeder
{
    private async Task SeedSchoolAsync(Body body, CancellationToken ct)
    {
        var catalogue = BuildCatalogue(body, Catalogue.ShippedTemplates.SchoolPublic, Catalogue.ShippedTemplates.SchoolStaff);
        AddGuide(body, At(2024, 9, 1), """
            <h2>一、公开内容</h2>
            <p>本校校务公开分为对校内公开和对学生、家长、社会公开两部分。对校内公开的信息仅本校教职工登录后可查看。</p>
            <h2>二、公开形式</h2>
            <p>校务公开专用橱窗、永久性公开栏、校门口每周工作公开黑板、教职工代表大会和本平台。</p>
            """);

        await ItemAsync(body, Find(catalogue, "收费依据、项目和标准"), new ItemMetadata
        {
            Title = "2025年秋季学期收费项目和收费标准公示",
            Summary = "按照物价和教育部门核定的项目和标准收取代收费，严禁擅自设立收费项目。",
            SubjectClass = "教育",
            Genre = "公告",
            IssuingBody = body.Name,
            CreatedOn = new DateOnly(2025, 8, 20),
            Timeliness = Timeliness.Periodic,
            Period = Period.SchoolTerm,
            Keywords = "收费 学费 公示",
            BodyHtml = """
                <p>收费依据：市发展改革委、市教育局关于义务教育阶段学校服务性收费和代收费的规定。</p>
                <table><caption>收费项目和标准</caption><thead><tr><th scope="col">项目</th><th scope="col">标准</th><th scope="col">性质</th></tr></thead>
                <tbody><tr><td>学杂费</td><td>免收</td><td>义务教育</td></tr><tr><td>作业本费</td><td>每生每学期30元</td><td>代收费</td></tr><tr><td>午餐费</td><td>每生每天8元，按实际就餐天数收取</td><td>服务性收费（自愿）</td></tr></tbody></table>
                <p>投诉电话：0000-12350001（市教育局）。</p>
                """,
        }, At(2025, 8, 25), ct, Channel.GovernmentWebsite, Channel.NoticeBoard);

        await ItemAsync(body, Find(catalogue, "财务收支"), new ItemMetadata
        {
            Title = "2024—2025学年第二学期学校财务收支情况",
            IssuingBody = body.Name,
            CreatedOn = new DateOnly(2025, 7, 10),
            Audience = Audience.SpecificGroup,
            AudienceGroup = "本校教职工",
            Timeliness = Timeliness.Periodic,
            Period = Period.SchoolTerm,
            BodyHtml = "<p>【演示：对校内公开】本学期公用经费收入与支出明细，仅本校教职工可见。</p>",
        }, At(2025, 7, 12), ct, Channel.NoticeBoard);
    }
}
