using Gongkai.Bodies;
using Gongkai.Catalogue;
using Gongkai.Items;

namespace Gongkai.Demo;

/// <summary>The school's honours, scholarships and fee waivers, and the weekly blackboard at the gate.</summary>
public sealed partial class DemoSeeder
{
    private async Task SeedSchoolStudentsAsync(Body body, List<CatalogueCategory> catalogue, CancellationToken ct)
    {
        var honours = Find(catalogue, "先进称号");
        foreach (var year in new[] { 2024, 2025, 2026 })
        {
            var schoolYear = $"{year - 1}—{year}学年";
            await ItemAsync(body, honours, Meta(body, $"{schoolYear}校级“三好学生”“优秀学生干部”名单公示", Day(year, 6, 22),
                $"<p>经班级民主推荐、班主任审核、德育处复核，{schoolYear}评选出校级“三好学生”{150 + (year - 2024) * 6}名、“优秀学生干部”{60 + (year - 2024) * 2}名。现将名单在校内公开栏公示，公示期5个工作日。</p>"
                + Table("名单摘录（按班级）", ["班级", "三好学生", "优秀学生干部"],
                [
                    ["一年级（1）班", "王某、李某某、赵某", "陈某某"],
                    ["三年级（2）班", "周某某、吴某、郑某某", "孙某"],
                    ["六年级（4）班", "冯某某、何某、许某某", "韩某某"],
                ]) + "<p>对名单有异议的，请向德育处反映。完整名单见校内公开栏。</p>") with
            {
                Summary = $"{schoolYear}校级“三好学生”“优秀学生干部”评选结果公示。",
                SubjectClass = "教育",
                Genre = "公示",
                Keywords = "三好学生 优秀学生干部 先进称号",
            }, At(year, 6, 24), ct, Channel.NoticeBoard, Channel.GovernmentWebsite);
        }
        await ItemAsync(body, honours, Meta(body, "2025年市级“三好学生”推荐人选公示", Day(2025, 4, 14), """
            <p>根据市教育局通知，经学校评审小组推荐，拟推荐六年级（2）班黄某某、五年级（1）班林某某为2025年市级“三好学生”人选，公示期5个工作日。</p>
            """) with
        {
            Summary = "拟推荐2名学生为市级“三好学生”。",
            SubjectClass = "教育",
            Genre = "公示",
            Keywords = "三好学生 市级 推荐",
        }, At(2025, 4, 15), ct, Channel.NoticeBoard, Channel.GovernmentWebsite);

        var aid = Find(catalogue, "奖学金与资助");
        (int Year, string Term, int Waived, int Meals, int Aided)[] rounds =
        [
            (2024, "秋季", 42, 42, 18),
            (2025, "春季", 40, 40, 17),
            (2025, "秋季", 45, 45, 20),
            (2026, "春季", 44, 44, 19),
        ];
        foreach (var r in rounds)
        {
            var month = r.Term == "春季" ? 4 : 10;
            var notice = await ItemAsync(body, aid, Meta(body, $"{r.Year}年{r.Term}学期家庭经济困难学生费用减免和资助情况公示", Day(r.Year, month, 15),
                "<p>经学生家庭申请、班级评议、学校资助工作领导小组审核，本学期资助情况如下（个人信息已按规定处理，仅公示人数和金额）：</p>"
                + Table("资助情况", ["项目", "人数", "标准"],
                [
                    ["作业本费、课后服务费减免", r.Waived.ToString(), "全额减免"],
                    ["午餐费补助", r.Meals.ToString(), "每生每天4元"],
                    ["“励志奖学金”", r.Aided.ToString(), "每生每学期500元"],
                ]) + "<p>公示期5个工作日。资助监督电话：0000-12360001。</p>") with
            {
                Summary = $"{r.Year}年{r.Term}学期减免{r.Waived}人，发放奖学金{r.Aided}人。",
                SubjectClass = "教育",
                Genre = "公示",
                Keywords = "资助 减免 奖学金 困难学生",
            }, At(r.Year, month, 17), ct, Channel.NoticeBoard, Channel.GovernmentWebsite);
            if (r.Year == 2025 && r.Term == "秋季")
            {
                notice.PublishRevision(notice.Metadata with
                {
                    BodyHtml = notice.BodyHtml + "<p>更正：此前发布的同名公示因含学生个人信息已撤回，本公示替代该公示。</p>",
                }, At(2025, 10, 20), "补充说明替代此前撤回的公示。");
            }
        }
    }

    private static readonly string[] FlagThemes =
    [
        "文明礼仪从我做起", "珍爱生命 安全第一", "我爱我的祖国", "诚实守信", "节约粮食 光盘行动", "好好学习 天天向上",
        "学会感恩", "学法懂法 做守法小公民", "阳光心态 快乐成长", "垃圾分类 从我做起", "爱护视力 科学用眼", "劳动最光荣",
    ];

    private static readonly string[] WeeklyTeaching =
    [
        "语文、数学、英语教研组集体备课", "青年教师汇报课（第一轮）", "作业设计展评", "英语口语展示活动", "数学思维训练课观摩",
        "书法进课堂示范课", "科学实验课教学研讨", "青年教师汇报课（第二轮）",
    ];

    private static readonly string[] WeeklyCampus =
    [
        "食堂食品安全检查，家长代表陪餐", "消防疏散演练", "校园足球联赛", "读书节“好书推荐”活动", "近视防控眼保健操检查",
        "家长开放日（二、四年级）", "心理健康教育主题班会", "交通安全教育，放学路队检查", "社团成果展示", "红领巾志愿服务进社区",
    ];

    private async Task SeedSchoolWeeklyAsync(Body body, CatalogueCategory weekly, CancellationToken ct)
    {
        (string Term, DateOnly Start, int Weeks, DateOnly[] Holidays)[] terms =
        [
            ("2025—2026学年第一学期", Day(2025, 9, 1), 20, [Day(2025, 10, 6)]),
            ("2025—2026学年第二学期", Day(2026, 3, 2), 18, [Day(2026, 4, 6), Day(2026, 5, 4)]),
            // The current term, seeded up to the week of 23 November 2026.
            ("2026—2027学年第一学期", Day(2026, 8, 31), 13, [Day(2026, 10, 5)]),
        ];
        var n = 0;
        foreach (var term in terms)
        {
            for (var week = 1; week <= term.Weeks; week++)
            {
                var monday = term.Start.AddDays(7 * (week - 1));
                if (term.Holidays.Contains(monday))
                {
                    continue;
                }
                var friday = monday.AddDays(4);
                var lines = new List<string>
                {
                    week == 1 ? "周一：开学典礼暨升旗仪式，校长作开学讲话" : $"周一：升旗仪式，国旗下讲话主题“{FlagThemes[n % FlagThemes.Length]}”",
                    $"教学：{(week == 10 ? "期中学业质量监测" : term.Weeks >= 18 && week >= term.Weeks - 1 ? "期末复习与学业质量监测" : WeeklyTeaching[n % WeeklyTeaching.Length])}",
                    $"德育与安全：{WeeklyCampus[n % WeeklyCampus.Length]}",
                    "课后服务：周一至周五16:00—17:30，作业辅导和社团活动",
                };
                if (week % 4 == 0)
                {
                    lines.Add("总务：上月午餐费收支情况在校内公开栏公布");
                }
                await ItemAsync(body, weekly, Meta(body, $"{term.Term}第{week}周工作安排（{monday.Month}月{monday.Day}日—{friday.Month}月{friday.Day}日）", monday,
                    "<p>本周学校工作安排如下，同时在校门口校务公开黑板公布：</p>" + Bullets([.. lines])
                    + $"<p>本周值周行政：{(n % 2 == 0 ? "副校长吴某某" : "教导主任郑某某")}。家长如有意见建议，可在本平台留言或投入校门口意见箱。</p>") with
                {
                    Summary = $"{term.Term}第{week}周学校工作安排。",
                    SubjectClass = "教育",
                    Genre = "通知",
                    Keywords = "每周工作 校务公开黑板",
                    Timeliness = Timeliness.Periodic,
                    Period = Period.Weekly,
                }, At(monday.Year, monday.Month, monday.Day, 8), ct, Channel.NoticeBoard, Channel.GovernmentWebsite);
                n++;
            }
        }
    }
}
