using Gongkai.Applications;
using Gongkai.Applications.Replies;
using Gongkai.Bodies;

namespace Gongkai.Demo;

/// <summary>
/// The township's applications: the land compensation partly disclosed in 2025 (the one the README
/// gives for trying <c>/track</c>), meeting records withheld as process information and a hearing
/// record that does not exist — taken to court — in 2026; and open ones awaiting a correction and
/// a fee for copying the road tender files.
/// </summary>
public sealed partial class DemoSeeder
{
    private async Task SeedTownshipApplicationsAsync(Body body, Office office, CancellationToken ct)
    {
        // 2025: compensation standards and totals given, each household's data and the meeting's discussion withheld.
        var compensation = Registered(body, office, ShenYuee, new("清河镇通达公路配套工程征地补偿标准及补偿款发放情况", null, "场东村被征收土地的补偿标准、补偿款总额和发放情况。", InformationForm.Paper, DeliveryMethod.Post),
            ApplicationChannel.InPerson, WorkingDay(2025, 7, 14), TrackingCode.Fixed(DemoTrackingCode));
        var repliedOn = After(compensation.ReceivedOn!.Value, 12);
        await ReplyAsync(compensation, office, Draft("2", null, null,
                new WithheldPartDraft("补偿款发放明细中各户的姓名、身份证号码、银行账号和补偿金额", "3.4",
                    "上述内容属于被征地农户的个人信息，公开会损害其合法权益。您作为被征地农户，可以凭本人身份证件到镇财政所查询本户的补偿款发放记录。"),
                new WithheldPartDraft("镇党政联席会议研究补偿安置方案的讨论记录", "3.6",
                    "该记录是补偿安置方案形成过程中的讨论记录；方案定稿已经县人民政府批准，并于2024年10月在本机关门户网站公开。")),
            [("通达公路配套工程征地补偿标准及补偿款发放汇总.txt", CompensationSummary)], repliedOn, After(repliedOn, 1), ct);
        Deliver(compensation, office, DeliveryMethod.Post, After(repliedOn, 2), "1151258436726");
        await SaveApplicationAsync(compensation, ct);

        // 2026: meeting records withheld as process information, （三）6.
        var minutes = Registered(body, office, ChangdongCooperative, new("镇党政联席会议研究场东村征地补偿安置问题的会议记录", null, null, InformationForm.Paper, DeliveryMethod.Collect),
            ApplicationChannel.Post, WorkingDay(2026, 4, 13));
        repliedOn = After(minutes.ReceivedOn!.Value, 10);
        await ReplyAsync(minutes, office, Draft("3.6",
                "该会议记录是镇党政联席会议研究补偿安置方案过程中形成的讨论记录，不是对外发生效力的决定。方案定稿已于2024年10月在本机关门户网站公开，贵单位可以查阅。"),
            [], repliedOn, After(repliedOn, 1), ct);
        Deliver(minutes, office, DeliveryMethod.Collect, After(repliedOn, 3));
        await SaveApplicationAsync(minutes, ct);

        // 2026: the hearing record does not exist, （四）1; the applicant sued directly and the case is pending.
        var hearing = Registered(body, office, LuYonggen, new("2019年天阳村土地征收听证会笔录", null, null, InformationForm.Paper, DeliveryMethod.Post),
            ApplicationChannel.InPerson, WorkingDay(2026, 6, 1));
        repliedOn = After(hearing.ReceivedOn!.Value, 14);
        await ReplyAsync(hearing, office, Draft("4.1", "经检索本机关2019年文书档案和征地档案，2019年天阳村没有土地征收项目，本机关也未组织过土地征收听证会。"),
            [], repliedOn, After(repliedOn, 1), ct);
        Deliver(hearing, office, DeliveryMethod.Post, After(repliedOn, 2), "1151258436733");
        db.ApplicationAppeals.Add(ApplicationAppeal.File(hearing, AppealKind.DirectLitigation, WorkingDay(2026, 8, 24), "示范县人民法院", "（2026）示0321行初45号",
            "原告认为被告应当保存2019年天阳村征地的相关材料。", null, Today));
        await SaveApplicationAsync(hearing, ct);

        // Open, dated back from today: too vague, a correction requested.
        var house = Registered(body, office, QianXiuying, new(null, null, "我家房子拆迁的所有文件。", InformationForm.Paper, DeliveryMethod.Collect),
            ApplicationChannel.InPerson, WorkingDaysAgo(5));
        var askedOn = WorkingDaysAgo(3);
        house.RequestCorrection(askedOn, After(askedOn, 15),
            "请写明房屋所在的村和村民小组、涉及的项目名称或征收（拆迁）的年份，以及需要的是征收决定、补偿方案、评估报告还是补偿协议，以便本机关查找。",
            office.HandlerActor, Moment(askedOn, 10));
        await SaveApplicationAsync(house, ct);

        // Open: 186 pages of tender files, charged per page; the clock stands still until payment.
        var tenders = Registered(body, office, ZhenghengLaw, new("清河镇通达工程5个标段的招标文件、评标报告和施工合同", null, null, InformationForm.Paper, DeliveryMethod.Post),
            ApplicationChannel.Post, WorkingDaysAgo(8));
        var fee = InformationFee.Compute(FeeMode.PerPage, 186);
        var notifiedOn = WorkingDaysAgo(3);
        tenders.NotifyFee(fee.Amount, fee.Explanation, notifiedOn, _calendar, office.HandlerActor, Moment(notifiedOn, 15));
        await SaveApplicationAsync(tenders, ct);
    }

    private const string CompensationSummary = """
        清河镇通达公路配套工程征地补偿标准及补偿款发放汇总

        一、征收范围：场东村、十字桥村集体土地共计46.3亩，其中场东村25.8亩（Ⅰ类区片），十字桥村20.5亩（Ⅱ类区片）。
        二、补偿标准（示县政发[2023]6号）：Ⅰ类区片综合地价每亩56000元，Ⅱ类区片每亩51000元；青苗补偿粮食作物每亩1200元，蔬菜每亩2000元；地上附着物按县统一标准评估补偿。
        三、土地补偿：场东村144.48万元，十字桥村104.55万元，合计249.03万元。
        四、青苗补偿：合计5.56万元（46.3亩，均为粮食作物）。
        五、发放情况：补偿款已于2024年12月由镇财政所通过“一卡通”直接发放到户，共涉及农户63户，发放率100%。
        六、被征地农民社会保障：符合条件的41人已纳入被征地农民养老保障。
        """;
}
