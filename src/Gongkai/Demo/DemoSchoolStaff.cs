using Gongkai.Bodies;
using Gongkai.Catalogue;
using Gongkai.Items;

namespace Gongkai.Demo;

/// <summary>The school's items for staff only (对校内公开) and its non-public demo items.</summary>
public sealed partial class DemoSeeder
{
    private const string SchoolStaff = "本校教职工";

    /// <summary>An item of the staff list: readable by signed-in staff of the school only.</summary>
    private Task<DisclosureItem> SchoolStaffItemAsync(Body body, CatalogueCategory category, ItemMetadata metadata, DateTimeOffset at, CancellationToken ct) =>
        ItemAsync(body, category, metadata with { Audience = Audience.SpecificGroup, AudienceGroup = SchoolStaff, SubjectClass = metadata.SubjectClass ?? "教育" },
            at, ct, Channel.NoticeBoard, Channel.Other);

    private async Task SeedSchoolStaffAsync(Body body, List<CatalogueCategory> catalogue, CancellationToken ct)
    {
        await SchoolStaffItemAsync(body, Find(catalogue, "发展规划和改革方案"), Meta(body, "学校整体改革方案（2024—2026年）", Day(2024, 2, 26), """
            <p>改革方向：推行年级组管理，实行中层干部竞聘上岗和任期制；完善绩效工资分配办法，向一线教学和班主任倾斜。</p>
            <p>本方案经2024年2月教职工代表大会审议通过，赞成票68票，反对票2票，弃权票3票。</p>
            """) with { Summary = "年级组管理、中层干部竞聘上岗和绩效工资改革。", Genre = "决定", Keywords = "改革方案 教代会" }, At(2024, 2, 28), ct);

        var finance = Find(catalogue, "财务收支");
        (string Term, DateOnly Created, decimal Income, decimal Spending)[] terms =
        [
            ("2023—2024学年第一学期", Day(2024, 1, 22), 186.4m, 179.8m),
            ("2023—2024学年第二学期", Day(2024, 7, 10), 192.1m, 188.6m),
            ("2024—2025学年第一学期", Day(2025, 1, 20), 195.3m, 190.2m),
            ("2024—2025学年第二学期", Day(2025, 7, 10), 198.0m, 196.5m),
            ("2025—2026学年第一学期", Day(2026, 1, 19), 201.6m, 197.9m),
            ("2025—2026学年第二学期", Day(2026, 7, 9), 203.2m, 201.4m),
        ];
        foreach (var t in terms)
        {
            await SchoolStaffItemAsync(body, finance, Meta(body, $"{t.Term}学校财务收支情况", t.Created,
                Table($"{t.Term}公用经费收支（万元）", ["项目", "金额"],
                [
                    ["收入合计（财政拨款）", t.Income.ToString("0.0")],
                    ["支出：教学业务和图书资料", (t.Spending * 0.42m).ToString("0.0")],
                    ["支出：水电物业和维修", (t.Spending * 0.31m).ToString("0.0")],
                    ["支出：教师培训", (t.Spending * 0.10m).ToString("0.0")],
                    ["支出：其他", (t.Spending * 0.17m).ToString("0.0")],
                    ["支出合计", t.Spending.ToString("0.0")],
                ]) + "<p>午餐费、作业本费等代收费单独核算，专款专用，收支明细每月在校内公开栏公布。</p>") with
            {
                Summary = $"本学期公用经费收入{t.Income}万元，支出{t.Spending}万元。",
                SubjectClass = "财政",
                Genre = "报告",
                Keywords = "财务收支 公用经费",
                Timeliness = Timeliness.Periodic,
                Period = Period.SchoolTerm,
            }, At(t.Created, 2), ct);
        }

        var research = Find(catalogue, "科研经费");
        foreach (var year in new[] { 2023, 2024, 2025 })
        {
            await SchoolStaffItemAsync(body, research, Meta(body, $"{year}—{year + 1}学年科研经费划拨和使用情况", Day(year + 1, 7, 5),
                Table("课题经费（元）", ["课题", "划拨", "已使用"],
                [
                    ["小学数学作业设计研究（市级）", "20000", year == 2025 ? "12600" : "19800"],
                    ["整本书阅读教学实践（区级）", "8000", "7650"],
                    ["校园足球课程开发（校级）", "5000", "4980"],
                ]) + "<p>经费主要用于资料印刷、专家指导和成果汇编，结余部分结转下学年使用。</p>") with
            {
                Summary = "各级课题经费划拨和使用明细。",
                Genre = "报告",
                Keywords = "科研经费 课题",
                Timeliness = Timeliness.Periodic,
                Period = Period.Yearly,
            }, At(year + 1, 7, 8), ct);
        }

        var purchases = Find(catalogue, "大宗物资采购");
        (DateOnly Created, string Title, string Html)[] buys =
        [
            (Day(2024, 7, 15), "学生课桌椅更新采购招标结果", "<p>采购课桌椅600套，采用公开招标方式，3家供应商参与投标，示范某某家具有限公司以每套312元中标，合同金额18.72万元。</p>"),
            (Day(2025, 6, 30), "多媒体教学一体机采购结果", "<p>通过市政府采购平台竞争性磋商采购教学一体机24台，成交金额33.6万元，纪检委员和教师代表全程监督。</p>"),
            (Day(2026, 4, 20), "食堂设备更新议标结果", "<p>更换蒸饭柜、消毒柜等设备8台，因金额较小采用议标方式，3家报价，最低价成交，金额4.86万元。</p>"),
        ];
        foreach (var b in buys)
        {
            await SchoolStaffItemAsync(body, purchases, Meta(body, b.Title, b.Created, b.Html) with
            {
                Summary = "大宗物资采购方式、参与单位和成交结果。",
                SubjectClass = "财政",
                Genre = "公告",
                Keywords = "采购 招投标 议标",
            }, At(b.Created, 1), ct);
        }

        await SchoolStaffItemAsync(body, Find(catalogue, "竞聘上岗与机构改革"), Meta(body, "2024年中层干部和年级组长竞聘上岗结果", Day(2024, 8, 26), """
            <p>经个人报名、竞聘演讲、民主测评和校务会研究，聘任教导主任1名、德育主任1名、年级组长6名，任期三年。</p>
            <p>民主测评在教职工大会上进行，参评人数79人。</p>
            """) with { Summary = "中层干部和年级组长竞聘上岗结果。", SubjectClass = "人事", Genre = "公示", Keywords = "竞聘上岗 年级组长" }, At(2024, 8, 28), ct);

        var titles = Find(catalogue, "职称评定与考核");
        await SchoolStaffItemAsync(body, titles, Meta(body, "2024年教师职称评定推荐人选公示", Day(2024, 9, 23), """
            <p>经个人申报、学校评审小组量化评分，推荐高级教师人选2名、一级教师人选5名，公示期5个工作日。</p>
            """) with { Summary = "推荐高级教师2名、一级教师5名。", SubjectClass = "人事", Genre = "公示", Keywords = "职称评定 推荐" }, At(2024, 9, 24), ct);
        await SchoolStaffItemAsync(body, titles, Meta(body, "教职工年度考核办法（2025年修订）", Day(2025, 11, 24), """
            <p>考核内容包括德、能、勤、绩、廉，考核结果分为优秀、合格、基本合格、不合格四个等次，优秀比例不超过20%。</p>
            <p>班主任、毕业班教师优秀比例单列。考核结果作为绩效工资、评先评优和职称晋升的依据。</p>
            """) with { Summary = "年度考核内容、等次和优秀比例。", SubjectClass = "人事", Genre = "通知", Keywords = "年度考核 办法" }, At(2025, 11, 26), ct);
        await SchoolStaffItemAsync(body, titles, Meta(body, "2025年度教职工考核结果", Day(2026, 1, 12), """
            <p>参加考核的教职工88人，其中优秀17人、合格70人、基本合格1人。优秀等次人员名单见校内公开栏。</p>
            """) with { Summary = "优秀17人、合格70人、基本合格1人。", SubjectClass = "人事", Genre = "公示", Keywords = "年度考核 结果" }, At(2026, 1, 14), ct);

        var awards = Find(catalogue, "评先评优与奖惩");
        await SchoolStaffItemAsync(body, awards, Meta(body, "2024年度优秀教师和优秀班主任评选结果", Day(2024, 9, 2), """
            <p>经教研组推荐、教职工代表评议，评选出校级优秀教师10名、优秀班主任8名，在教师节表彰大会上表彰。</p>
            """) with { Summary = "校级优秀教师10名、优秀班主任8名。", SubjectClass = "人事", Genre = "公示", Keywords = "评先评优 优秀教师" }, At(2024, 9, 3), ct);
        await SchoolStaffItemAsync(body, awards, Meta(body, "奖励性绩效工资分配办法（2025年修订）", Day(2025, 3, 17), """
            <p>奖励性绩效工资向班主任、一线教学和承担课后服务的教师倾斜，班主任津贴每月600元，课后服务按课时计发。</p>
            <p>本办法经2025年3月教职工代表大会审议通过。</p>
            """) with { Summary = "奖励性绩效工资向班主任和一线教学倾斜。", SubjectClass = "人事", Genre = "通知", Keywords = "绩效工资 奖惩办法" }, At(2025, 3, 19), ct);
    }

    private async Task SeedSchoolNonPublicAsync(Body body, List<CatalogueCategory> catalogue, CancellationToken ct)
    {
        await DraftAsync(body, Find(catalogue, "收费依据、项目和标准"), Meta(body, "2027年春季学期收费项目和收费标准公示", Day(2026, 11, 20),
            "<p>作业本费、午餐费标准待市教育局通知后确定。</p>") with
        { SubjectClass = "教育", Genre = "公告" }, ct);

        await UnderReviewAsync(body, Find(catalogue, "招生办法和招生数目"), Meta(body, "示范市实验小学2027年一年级招生工作方案（送审稿）", Day(2026, 11, 16),
            "<p>拟招生7个班，学区范围拟作调整，待市教育局审核。</p>") with
        { SubjectClass = "教育", Genre = "通知" }, At(2026, 11, 17), ct);

        await OnApplicationAsync(body, Find(catalogue, "重大决策和制度改革"), Meta(body, "学校食堂委托经营合同", Day(2025, 8, 1),
            "<p>合同约定了经营期限、食材采购标准、价格和监督考核，涉及企业经营信息，依申请公开。</p>") with
        { SubjectClass = "教育", Genre = "其他" },
            At(2025, 8, 5), ct);

        await WithheldAsync(body, Find(catalogue, "奖学金与资助"), Meta(body, "家庭经济困难学生认定材料汇总", Day(2025, 9, 26),
            "<p>含学生家庭收入、疾病等个人隐私信息，不予公开。</p>") with
        { SubjectClass = "教育" },
            WithholdingGround.ThirdPartyRights, Day(2026, 9, 1), At(2025, 9, 28), ct);

        await WithdrawnAsync(body, Find(catalogue, "奖学金与资助"), Meta(body, "2025年秋季学期家庭经济困难学生费用减免名单", Day(2025, 10, 13),
            "<p>名单误含学生个人信息，已撤回。</p>") with
        { SubjectClass = "教育", Genre = "公示" },
            At(2025, 10, 14), WithdrawalReason.PrivacyConcern, "名单含学生身份证件号码和家庭住址，已撤回，改为只公示人数和金额。", At(2025, 10, 15), ct, Channel.NoticeBoard);

        await StaffOnlyAsync(body, Find(catalogue, "发展规划和改革方案"), Meta(body, "第五届教职工代表大会第二次会议纪要", Day(2025, 3, 14),
            "<p>会议审议通过奖励性绩效工资分配办法修订稿和学校章程修正案。</p>") with
        { SubjectClass = "教育", Genre = "纪要" },
            SchoolStaff, At(2025, 3, 18), ct);
    }
}
