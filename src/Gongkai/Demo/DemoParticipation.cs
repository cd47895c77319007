using Gongkai.Applications;
using Gongkai.Bodies;
using Gongkai.Items;
using Gongkai.Participation;
using Gongkai.Participation.Consultations;
using Gongkai.Participation.Registers;
using Gongkai.Text;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Demo;

/// <summary>
/// Public participation as issue 5 pictures it: a parent's comment on the school's fee notice answered,
/// rectified, verified by the education bureau and published; a villager's hotline call about the road
/// works being handled; a deputy's household visit; the township's consultation on its rural
/// environment plan closed with an account of adoption and linked to the decision, and one still open.
/// Built only through the entities' own steps.
/// </summary>
public sealed partial class DemoSeeder
{
    private static readonly OpinionActor SchoolHead = new(null, "实验小学总务处（演示）");
    private static readonly OpinionActor SchoolLeader = new(null, "实验小学校长（演示）");
    private static readonly OpinionActor BureauSupervisor = new(null, "县教育局监督科（演示）");
    private static readonly OpinionActor TownshipClerk = new(null, "清河镇党政办（演示）");

    private async Task SeedParticipationAsync(Body school, Body township, IReadOnlyList<Body> villages, CancellationToken ct)
    {
        var calendar = await calendars.GetAsync(ct);
        await SeedSchoolFeeCommentAsync(school, calendar, ct);
        await SeedTownshipContactsAsync(township, villages, calendar, ct);
        await SeedTownshipConsultationsAsync(township, calendar, ct);
        db.AuditAs("演示公众参与");
        await db.SaveChangesAsync(ct);
    }

    private async Task SeedSchoolFeeCommentAsync(Body school, Calendar.WorkingDayCalendar calendar, CancellationToken ct)
    {
        var fees = await db.Items.FirstAsync(i => i.BodyId == school.Id && i.Title == "2026年秋季学期收费项目和收费标准公示", ct);
        var received = At(2026, 9, 1, 20);
        var comment = Opinion.Receive(OpinionKind.Comment, OpinionChannel.Website, school, new OpinionSubject(ItemId: fees.Id), null,
            "公示里的课后服务费没有写家庭经济困难学生怎样申请免收，希望补充申请办法和材料。",
            new OpinionAuthor("李秀梅", "13957720816", null), wantsPublic: true, TrackingCode.New(), received.ChinaDate(), 15, calendar, showAtOnce: false, OpinionActor.Public, received);
        db.Opinions.Add(comment);
        comment.Show(SchoolHead, At(2026, 9, 2));
        comment.WriteAnswer("感谢您的意见。家庭经济困难学生免收课后服务费，由家长向班主任提交申请和困难证明，经学校审核后公示。我校将在收费公示中补充写明申请办法。", isPublic: true, SchoolHead, At(2026, 9, 3));
        comment.ApproveAnswer(SchoolLeader, mayApprove: true, At(2026, 9, 3, 15));
        var task = comment.AddTask("在收费公示和校务公开栏补充课后服务费免收的申请办法和所需材料", "总务处", 10, calendar, SchoolHead, At(2026, 9, 4));
        comment.CompleteTask(task, "9月10日已在网站收费公示下补充免收办法，校务公开栏同步张贴，照片已存档。", SchoolHead, At(2026, 9, 10));
        comment.Verify("经查看网站和校务公开栏，免收申请办法已公开，内容完整。", BureauSupervisor, isSupervisor: true, At(2026, 9, 14));
        comment.PublishRectification("学校已在收费公示和校务公开栏补充家庭经济困难学生免收课后服务费的申请办法：家长向班主任提交申请和困难证明，学校审核后公示。欢迎家长对整改结果继续提出意见。", SchoolHead, At(2026, 9, 15));
    }

    private async Task SeedTownshipContactsAsync(Body township, IReadOnlyList<Body> villages, Calendar.WorkingDayCalendar calendar, CancellationToken ct)
    {
        var callDay = WorkingDaysAgo(3);
        var call = new RegisterEntry(RegisterKind.Hotline, township, callDay, "王大伯", "13905550123",
            null, "反映严狄村通达工程施工路段围挡占道，晚上没有警示灯，老人出行不便。", "已记录，告知转交镇建设办处理。", TownshipClerk.Name, Now);
        db.RegisterEntries.Add(call);
        var roadWorks = Opinion.Receive(OpinionKind.Suggestion, OpinionChannel.Hotline, township, OpinionSubject.None, "通达工程施工路段夜间警示",
            "严狄村通达工程施工路段夜间应设置警示灯，围挡不要占用整条道路。", new OpinionAuthor("王大伯", "13905550123", null), wantsPublic: false,
            TrackingCode.New(), callDay, 15, calendar, showAtOnce: false, TownshipClerk, Now);
        db.Opinions.Add(roadWorks);
        call.RaisedOpinion(roadWorks);
        roadWorks.WriteAnswer("镇建设办已要求施工单位当日在施工路段设置警示灯，并调整围挡，保留单侧通行。", isPublic: false, TownshipClerk, Now);
        roadWorks.AddTask("督促施工单位在严狄村施工路段设置夜间警示灯并调整围挡", "镇建设办", 5, calendar, TownshipClerk, Now);

        db.RegisterEntries.Add(new RegisterEntry(RegisterKind.ReadingRoom, township, WorkingDaysAgo(2), "张同学", null, 2,
            "查阅清河镇2025年财政预算和“三公”经费公开情况。", "在查阅室提供纸质文件，复印2页。", TownshipClerk.Name, Now));

        var village = villages[0];
        var visitDay = WorkingDaysAgo(6);
        var visit = new RegisterEntry(RegisterKind.HouseholdVisit, township, visitDay, "李代表（镇人大代表）", null, 8,
            $"走访{village.ShortName}8户农户，了解低保评议和村务公开情况。", "当场解答低保申请条件。", TownshipClerk.Name, Now);
        db.RegisterEntries.Add(visit);
        var complaint = Opinion.Receive(OpinionKind.Complaint, OpinionChannel.HouseholdVisit, Opinion.ComplaintHandler(village), new OpinionSubject(AgainstBodyId: village.Id), null,
            "村里本季度低保评议结果没有在村务公开栏张贴公示。", OpinionAuthor.Anonymous, wantsPublic: false, TrackingCode.New(), visitDay, 15, calendar, showAtOnce: false, TownshipClerk, Now);
        db.Opinions.Add(complaint);
        visit.RaisedOpinion(complaint);

        var notice = await db.Items.Where(i => i.BodyId == township.Id && i.Status == ItemStatus.Published).OrderByDescending(i => i.PublishedAt).FirstAsync(ct);
        db.NoticeBoardPostings.Add(new NoticeBoardPosting(notice, "镇政务公开栏", notice.PublishedAt!.Value.ChinaDate(), null, TownshipClerk.Name, Now));
    }

    private async Task SeedTownshipConsultationsAsync(Body township, Calendar.WorkingDayCalendar calendar, CancellationToken ct)
    {
        var created = At(2026, 5, 25);
        var plan = new Consultation(township, "清河镇农村人居环境整治实施方案（征求意见稿）",
            "<h2>一、总体要求</h2><p>以垃圾分类、污水治理、村容村貌提升为重点，2027年底前实现各行政村生活垃圾集中收运全覆盖。</p>"
            + "<h2>二、主要任务</h2><ol><li>每村设垃圾集中收集点，镇统一清运；</li><li>实施场东村、天阳村生活污水管网改造；</li><li>开展“美丽庭院”评选。</li></ol>"
            + "<h2>三、资金保障</h2><p>垃圾清运费用由镇财政承担70%，村集体承担30%，不向农户收取。</p>",
            "1. 垃圾清运费用分担比例是否合理？\n2. 集中收集点的位置应如何确定？", new DateOnly(2026, 6, 1), new DateOnly(2026, 6, 30), created);
        db.Consultations.Add(plan);
        plan.Publish(created);
        await db.SaveChangesAsync(ct); // the comments refer to it
        (string Name, string Text, DateOnly On)[] comments =
        [
            ("陆师傅", "收集点不要放在村口小学旁边，夏天有异味，建议放在村委会后面的空地。", new DateOnly(2026, 6, 8)),
            ("钱阿姨", "村集体经济薄弱的村承担30%有困难，建议镇里多承担一些。", new DateOnly(2026, 6, 15)),
            ("", "希望“美丽庭院”评选结果公示，评选标准提前公布。", new DateOnly(2026, 6, 22)),
        ];
        foreach (var (name, text, on) in comments)
        {
            var at = new DateTimeOffset(on.ToDateTime(new TimeOnly(9, 0)), ChinaTime.Offset).ToUniversalTime();
            var opinion = Opinion.Receive(OpinionKind.ConsultationComment, OpinionChannel.Website, township, new OpinionSubject(ConsultationId: plan.Id), null, text,
                name.Length > 0 ? new OpinionAuthor(name, null, null) : OpinionAuthor.Anonymous, wantsPublic: true, TrackingCode.New(), on, 15, calendar, showAtOnce: false, OpinionActor.Public, at);
            opinion.Show(TownshipClerk, at.AddDays(1));
            db.Opinions.Add(opinion);
        }
        plan.Conclude("<p>征求意见期间（2026年6月1日至6月30日）共收到意见3条，采纳2条，部分采纳1条：</p>"
            + "<ol><li>关于收集点位置的意见予以采纳：收集点由各村村民代表会议确定，不设在学校、卫生室周边。</li>"
            + "<li>关于费用分担的意见部分采纳：集体经济年收入不足20万元的村，其承担部分由镇财政全额补助；其余村仍按三七分担。</li>"
            + "<li>关于“美丽庭院”评选的意见予以采纳：评选标准在评选前公布，结果在村务公开栏公示7日。</li></ol>", At(2026, 7, 6));
        var category = await db.CatalogueCategories.FirstAsync(c => c.BodyId == township.Id && c.Name == "①农村政策法规", ct);
        var decision = await ItemAsync(township, category, Meta(township, "清河镇农村人居环境整治实施方案", new DateOnly(2026, 7, 15),
            "<p>经公开征求意见并采纳，镇党政联席会议研究通过，现予公布。</p><p>收集点由各村村民代表会议确定；集体经济年收入不足20万元的村，清运费用由镇财政全额补助。</p>"),
            At(2026, 7, 16), ct);
        await db.SaveChangesAsync(ct); // the link needs the decision's id
        plan.LinkDecision(decision);

        var opens = Now.ChinaDate().AddDays(-5);
        var open = new Consultation(township, "清河镇2027年为民办实事项目（征求意见稿）",
            "<p>拟定2027年为民办实事项目三项：1. 天阳村至十字桥村道路拓宽；2. 镇卫生院增设康复理疗室；3. 各村老年食堂提质。</p>",
            "您最希望明年办好的实事是什么？", opens, opens.AddDays(30), Now.AddDays(-6));
        db.Consultations.Add(open);
        open.Publish(Now.AddDays(-6));
    }
}
