using Gongkai.Applications;
using Gongkai.Applications.Replies;
using Gongkai.Bodies;
using Gongkai.Review;
using Gongkai.Staff;
using Gongkai.Text;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Demo;

/// <summary>
/// The Federation's applications: closed in 2025 (a lapse for no correction; a partial disclosure
/// after consulting the rehabilitation centres, upheld on reconsideration), one carried over into
/// 2026 and referred to the civil affairs bureau, a disclosure turned into proactive disclosure and
/// its repeat in 2026; and open ones awaiting confirmation, consulting, and extended and due soon.
/// </summary>
public sealed partial class DemoSeeder
{
    private async Task SeedFederationApplicationsAsync(Body body, Office office, CancellationToken ct)
    {
        // 2025: no correction in time, （六）1.
        var vague = SubmittedOnline(body, JiangWenbin, new(null, null, "残联所有关于补贴的文件和资料，以及这些年一共发了多少钱。", InformationForm.Electronic, DeliveryMethod.Email),
            At(2025, 6, 8, 21));
        var received = WorkingDay(2025, 6, 9);
        ConfirmAndAssign(vague, office, received);
        var askedOn = After(received, 2);
        vague.RequestCorrection(askedOn, After(askedOn, 15),
            "您的申请未写明所需信息的名称、文号或便于查找的特征描述，本机关无法确定具体的政府信息。请写明补贴种类（如困难残疾人生活补贴、重度残疾人护理补贴、辅助器具适配补贴）、年度，以及需要的是政策文件还是资金发放情况。",
            office.HandlerActor, Moment(askedOn, 10));
        vague.CloseForNoCorrection(office.HandlerActor, Moment(After(askedOn, 16), 9));
        await SaveApplicationAsync(vague, ct);

        // 2025: the rehabilitation agreement, partly disclosed after consulting the centres; reconsideration upheld it in 2026.
        var agreement = Registered(body, office, AnkangRehab, new("市残联与定点康复机构签订的2025年度服务协议", null, "包括协议正文、服务项目、结算价格和考核办法。", InformationForm.Electronic, DeliveryMethod.Post),
            ApplicationChannel.Post, WorkingDay(2025, 9, 16));
        var consultedOn = After(agreement.ReceivedOn!.Value, 2);
        var consultation = agreement.Consult(PauseKind.ThirdParty, "示范市残疾人康复中心等5家定点康复机构", consultedOn, _calendar, office.HandlerActor, Moment(consultedOn, 10));
        var answeredOn = After(consultedOn, 10);
        agreement.RecordConsultationAnswer(consultation, answeredOn, "5家定点康复机构书面答复：同意公开协议正文和考核办法，不同意公开本机构的结算价格和成本测算资料。", office.HandlerActor, Moment(answeredOn, 15));
        var repliedOn = After(answeredOn, 3);
        await ReplyAsync(agreement, office, Draft("2", null, null,
                new WithheldPartDraft("协议附件二《各定点机构康复服务项目结算价格表》", "3.4",
                    "结算价格由各定点机构根据自身成本测算后与本机关协商确定，属于机构的经营信息。经书面征求5家机构意见，均不同意公开，且不公开不会对公共利益造成重大影响。"),
                new WithheldPartDraft("协议附件三《定点机构成本测算资料》", "3.4",
                    "成本测算资料包含各机构的人员工资、场地租金和设备采购价格，属于商业秘密，第三方不同意公开。")),
            [("市残联与定点康复机构2025年度服务协议（公开部分）.txt", RehabilitationAgreement)], repliedOn, After(repliedOn, 1), ct);
        Deliver(agreement, office, DeliveryMethod.Post, After(repliedOn, 2), "1151258436702");
        var reconsideration = ApplicationAppeal.File(agreement, AppealKind.Reconsideration, WorkingDay(2025, 11, 24), "示范市人民政府", "示政复〔2025〕37号",
            "申请人对不予公开的结算价格表和成本测算资料不服。", null, Today);
        reconsideration.RecordResult(AppealResult.Upheld, WorkingDay(2026, 1, 16), "复议机关认为不予公开的部分涉及第三方商业秘密，答复认定事实清楚、适用依据正确，决定维持。", Today);
        db.ApplicationAppeals.Add(reconsideration);
        await SaveApplicationAsync(agreement, ct);

        // Received late in 2025, answered in 2026: not this body's information (（四）1, naming the body that holds it).
        var dibao = Registered(body, office, MaGuifen, new("2025年示范市最低生活保障对象中重度残疾人的人数和保障金额", null, null, InformationForm.Paper, DeliveryMethod.Post),
            ApplicationChannel.Post, WorkingDay(2025, 12, 15));
        repliedOn = After(dibao.ReceivedOn!.Value, 17);
        await ReplyAsync(dibao, office, Draft("4.1", "最低生活保障对象的审核确认和保障金发放由民政部门负责，本机关未制作、获取该信息。", "示范市民政局"), [], repliedOn, After(repliedOn, 1), ct);
        Deliver(dibao, office, DeliveryMethod.Post, After(repliedOn, 2), "1151258436719");
        await SaveApplicationAsync(dibao, ct);

        // 2026: disclosed, then made proactive disclosure (Art. 44) as several people had asked.
        var subsidies = SubmittedOnline(body, HelpFoundation, new("2025年残疾人两项补贴资金发放情况", null, "困难残疾人生活补贴和重度残疾人护理补贴2025年的享受人数和发放资金总额。", InformationForm.Electronic, DeliveryMethod.Email),
            At(2026, 1, 18, 20));
        received = WorkingDay(2026, 1, 19);
        ConfirmAndAssign(subsidies, office, received);
        repliedOn = After(received, 9);
        var approvedOn = After(repliedOn, 1);
        (string Name, string Text)[] report = [("2025年残疾人两项补贴资金发放情况.txt", SubsidyReport)];
        var disclosed = await ReplyAsync(subsidies, office, Draft("1"), report, repliedOn, approvedOn, ct);
        Deliver(subsidies, office, DeliveryMethod.Email, approvedOn);
        var convertedOn = After(approvedOn, 2);
        var category = await db.CatalogueCategories.SingleAsync(c => c.BodyId == body.Id && c.Name == "扶持救助", ct);
        var item = await ItemWithFilesAsync(body, category, Mark(Meta(body, "2025年残疾人两项补贴资金发放情况", approvedOn,
            "<p>本信息依申请公开后，依据《中华人民共和国政府信息公开条例》第四十四条转为主动公开，待补充正文后送审。</p>"), "草稿"), null, report, ct);
        db.Proposals.Add(Proposal.ForNewItem(item, (await DemoUserAsync(body, StaffRole.Drafter)).Id, Moment(convertedOn, 11)));
        subsidies.ConvertToProactive(disclosed, item, office.HandlerActor, Moment(convertedOn, 11));
        await SaveApplicationAsync(subsidies, ct);

        // 2026: the same organisation asks again, （五）2.
        var again = Registered(body, office, HelpFoundation, new("2025年残疾人两项补贴资金发放情况", null, null, InformationForm.Paper, DeliveryMethod.Collect),
            ApplicationChannel.InPerson, WorkingDay(2026, 3, 16));
        repliedOn = After(again.ReceivedOn!.Value, 4);
        await ReplyAsync(again, office, Draft("5.2", $"本机关已于{approvedOn.Chinese()}对贵单位申请获取的同一信息作出答复（申请编号：{subsidies.TrackingCode}），并以电子文档形式提供。"),
            [], repliedOn, After(repliedOn, 1), ct);
        Deliver(again, office, DeliveryMethod.Collect, After(repliedOn, 2));
        await SaveApplicationAsync(again, ct);

        // Open, dated back from today: submitted online last night and not yet confirmed.
        await SaveApplicationAsync(SubmittedOnline(body, GuXiaolan,
            new("2026年残疾人辅助器具适配补贴申领和发放情况", null, "按县（区）统计的申领人数、发放人数和补贴金额。", InformationForm.Electronic, DeliveryMethod.Email),
            Moment(WorkingDaysAgo(1), 20)), ct);

        // Open: the clock stands still while the massage centres are consulted.
        var massage = Registered(body, office, SocialSecurityCentre, new("2025年盲人按摩机构扶持资金拨付明细", null, "各盲人按摩机构获得的一次性建设补贴和岗位补贴金额。", InformationForm.Electronic, DeliveryMethod.Email),
            ApplicationChannel.Post, WorkingDaysAgo(9));
        consultedOn = WorkingDaysAgo(4);
        massage.Consult(PauseKind.ThirdParty, "示范市明心盲人按摩中心等12家盲人按摩机构", consultedOn, _calendar, office.HandlerActor, Moment(consultedOn, 10));
        await SaveApplicationAsync(massage, ct);

        // Open: extended by the office head near the end of the 20 days, now due within 5 working days.
        var training = Registered(body, office, WangJianguo, new("2026年残疾人职业技能培训项目政府采购合同及验收报告", null, null, InformationForm.Paper, DeliveryMethod.Post),
            ApplicationChannel.InPerson, WorkingDaysAgo(22));
        training.Extend(5, "所需信息涉及2026年4个培训班的政府采购合同、签到记录和验收报告，分存于本机关和3家承办机构，需逐项调取核对，无法在20个工作日内答复。",
            office.HeadActor, approverIsOfficeHead: true, Moment(WorkingDaysAgo(4), 16));
        await SaveApplicationAsync(training, ct);
    }

    private const string RehabilitationAgreement = """
        示范市残疾人联合会定点康复机构服务协议（2025年度，公开部分）

        甲方：示范市残疾人联合会
        乙方：定点康复机构（示范市残疾人康复中心、示范市妇幼保健院儿童康复科、示范县特殊教育学校康复部等5家）

        第一条　服务项目：听力言语、肢体、智力、孤独症儿童康复训练，以及成年残疾人社区康复指导。
        第二条　服务对象：持有残疾人证或经评估符合条件的本市0—17周岁残疾儿童，以及经乡镇（街道）推荐的成年残疾人。
        第三条　结算方式：按月据实结算，甲方在收到结算材料后20个工作日内支付；具体价格见附件二（不予公开）。
        第四条　考核办法：甲方每半年组织一次服务质量考核，考核内容包括康复效果评估、家长满意度和档案管理；年度考核不合格的，取消定点资格。
        第五条　协议期限：2025年1月1日至2025年12月31日。
        附件：一、服务项目和服务标准；二、各定点机构康复服务项目结算价格表（不予公开）；三、定点机构成本测算资料（不予公开）。
        """;

    private const string SubsidyReport = """
        示范市2025年困难残疾人生活补贴和重度残疾人护理补贴资金发放情况
        （数据截至2025年12月31日）

        一、补贴标准（示残联发〔2025〕1号）：困难残疾人生活补贴每人每月100元；一级重度残疾人护理补贴每人每月120元，二级每人每月90元。
        二、困难残疾人生活补贴：全年月均享受12368人，发放资金1484.16万元。
        三、重度残疾人护理补贴：全年月均享受15742人，其中一级6215人、二级9527人，发放资金1923.88万元。
        四、发放方式：由各县（区）、乡镇（街道）按月通过社会保障卡直接发放到人。
        五、资金来源：市、县两级财政按比例分担。
        """;
}
