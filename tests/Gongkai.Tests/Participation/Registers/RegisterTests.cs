using System.Globalization;
using System.Net;
using Gongkai.Bodies;
using Gongkai.Participation;
using Gongkai.Participation.Registers;
using Gongkai.Staff;
using Gongkai.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Tests.Participation.Registers;

/// <summary>The registers staff keep (hotline, reading room, household visits, notice boards) and the opinions they raise.</summary>
public abstract class RegisterTests(GongkaiApp app)
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52];

    private static string Today => DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Id(Body b) => b.Id.ToString(CultureInfo.InvariantCulture);

    private static Dictionary<string, string> Call(Body body, params (string Field, string Value)[] changes)
    {
        var form = new Dictionary<string, string>
        {
            ["BodyId"] = Id(body),
            ["On"] = Today,
            ["Person"] = "王大伯",
            ["Phone"] = "13905550123",
            ["Matter"] = "反映严狄村道路施工围挡占道，晚上没有警示灯。",
            ["Handling"] = "已记录，告知将转交镇建设办。",
        };
        foreach (var (field, value) in changes)
        {
            form[field] = value;
        }
        return form;
    }

    [DbFact]
    public async Task A_villagers_hotline_call_is_logged_and_its_opinion_follows_the_common_workflow()
    {
        app.SkipUnlessAvailable();
        var (township, _) = await app.CreateBodyAsync("清河镇人民政府");
        var (_, clerk) = await app.SignedInAsync((StaffRole.Drafter, township));

        var (status, html, location) = await clerk.SubmitAsync("/admin/registers/new?kind=Hotline",
            Call(township, ("Opinions[0].Text", "道路施工路段夜间应设置警示灯。"), ("Opinions[0].Kind", "Suggestion"), ("Opinions[0].BodyId", Id(township))),
            tokenFrom: "/admin/registers/new?kind=Hotline");

        Assert.True(status == HttpStatusCode.Redirect, html);
        Assert.Equal("/admin/registers?kind=Hotline", location);
        var list = await clerk.GetOkAsync(location!);
        var entry = await app.WithDbAsync((db, _) => db.RegisterEntries.AsNoTracking().Include(e => e.Opinions).ThenInclude(o => o.Opinion).SingleAsync(e => e.BodyId == township.Id));
        var opinion = Assert.Single(entry.Opinions).Opinion;
        Assert.Contains("反映严狄村道路施工围挡占道", list);
        Assert.Contains(opinion.TrackingCode, list);
        Assert.Contains($"查询码：{opinion.TrackingCode}", list);
        Assert.Equal((OpinionKind.Suggestion, OpinionChannel.Hotline, township.Id, OpinionStatus.Received), (opinion.Kind, opinion.Channel, opinion.BodyId, opinion.Status));
        Assert.Equal(("王大伯", "13905550123"), (opinion.Author.Name, opinion.Author.Phone));
        Assert.False(opinion.WantsPublic);
        Assert.Equal(DateOnly.Parse(Today, CultureInfo.InvariantCulture), opinion.ReceivedOn);
    }

    [DbFact]
    public async Task A_complaint_heard_on_a_household_visit_goes_to_the_supervising_body_of_the_one_complained_of()
    {
        app.SkipUnlessAvailable();
        var township = await app.CreateBodyUnderAsync(null, "清河镇人民政府");
        var village = await app.CreateBodyUnderAsync(township, "严狄村村民委员会");
        var (_, clerk) = await app.SignedInAsync((StaffRole.SectionHead, township));
        var form = new Dictionary<string, string>
        {
            ["BodyId"] = Id(township),
            ["On"] = Today,
            ["Person"] = "李代表",
            ["Count"] = "8",
            ["Matter"] = "走访严狄村 8 户，了解低保评议情况。",
            ["Opinions[0].Text"] = "村里低保名单没有张贴公示。",
            ["Opinions[0].Kind"] = "Complaint",
            ["Opinions[0].BodyId"] = Id(village),
            ["Opinions[1].Text"] = "希望公开村道维修资金使用情况。",
            ["Opinions[1].Kind"] = "Suggestion",
            ["Opinions[1].BodyId"] = Id(village),
        };

        var (status, html, _) = await clerk.SubmitAsync("/admin/registers/new?kind=HouseholdVisit", form, tokenFrom: "/admin/registers/new?kind=HouseholdVisit");

        Assert.True(status == HttpStatusCode.Redirect, html);
        var opinions = await app.WithDbAsync((db, _) => db.Opinions.AsNoTracking().Where(o => o.BodyId == township.Id || o.BodyId == village.Id).OrderBy(o => o.Id).ToListAsync());
        Assert.Equal([(OpinionKind.Complaint, township.Id, (int?)village.Id), (OpinionKind.Suggestion, village.Id, null)], opinions.Select(o => (o.Kind, o.BodyId, o.AgainstBodyId)));
        Assert.All(opinions, o => Assert.Equal(OpinionChannel.HouseholdVisit, o.Channel));
    }

    [DbTheory]
    [InlineData("Matter", "", "请填写来电事项")]
    [InlineData("On", "2099-01-01", "登记日期不能晚于今天")]
    [InlineData("Opinions[0].BodyId", "", "请选择第 1 条意见转交的机关")]
    public async Task Bad_input_is_400_with_the_reason_what_was_typed_and_nothing_saved(string field, string value, string message)
    {
        app.SkipUnlessAvailable();
        var (township, _) = await app.CreateBodyAsync();
        var (_, clerk) = await app.SignedInAsync((StaffRole.Drafter, township));
        var form = Call(township, ("Opinions[0].Text", "警示灯"), ("Opinions[0].Kind", "Suggestion"), ("Opinions[0].BodyId", Id(township)));
        form[field] = value;

        var (status, html, _) = await clerk.SubmitAsync("/admin/registers/new?kind=Hotline", form, tokenFrom: "/admin/registers/new?kind=Hotline");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains(message, html);
        Assert.Contains("王大伯", html);
        Assert.False(await app.WithDbAsync((db, _) => db.RegisterEntries.AnyAsync(e => e.BodyId == township.Id)));
        Assert.False(await app.WithDbAsync((db, _) => db.Opinions.AnyAsync(o => o.BodyId == township.Id)));
    }

    [DbFact]
    public async Task Registers_are_kept_by_the_bodys_staff_read_by_supervisors_above_and_hidden_from_others()
    {
        app.SkipUnlessAvailable();
        var county = await app.CreateBodyUnderAsync(null, "示范县人民政府");
        var township = await app.CreateBodyUnderAsync(county, "清河镇人民政府");
        var (other, _) = await app.CreateBodyAsync();
        var (_, clerk) = await app.SignedInAsync((StaffRole.Drafter, township));
        Assert.Equal(HttpStatusCode.Redirect, (await clerk.SubmitAsync("/admin/registers/new?kind=ReadingRoom",
            Call(township, ("Person", "张同学"), ("Count", "2"), ("Matter", "查阅2025年镇财政预算。")), tokenFrom: "/admin/registers/new?kind=ReadingRoom")).Status);

        var (_, supervisor) = await app.SignedInAsync((StaffRole.Supervisor, county));
        Assert.Contains("查阅2025年镇财政预算", await supervisor.GetOkAsync("/admin/registers?kind=ReadingRoom"));
        Assert.Equal(HttpStatusCode.Forbidden, (await supervisor.FetchAsync("/admin/registers/new?kind=ReadingRoom")).Status);

        var (_, outsider) = await app.SignedInAsync((StaffRole.Drafter, other));
        Assert.DoesNotContain("查阅2025年镇财政预算", await outsider.GetOkAsync("/admin/registers?kind=ReadingRoom"));
        Assert.Equal(HttpStatusCode.NotFound, (await clerk.FetchAsync("/admin/registers/new?kind=Nonsense")).Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await clerk.FetchAsync("/admin/registers?kind=Hotline&from=yesterday")).Status);
    }

    [DbFact]
    public async Task A_notice_board_posting_is_registered_with_its_photo_which_only_the_bodys_staff_see()
    {
        app.SkipUnlessAvailable();
        var (township, category) = await app.CreateBodyAsync();
        var item = await app.CreateItemAsync(township, category, "2026年第三季度低保对象公示");
        var (_, clerk) = await app.SignedInAsync((StaffRole.Drafter, township));
        var fields = new Dictionary<string, string> { ["ItemId"] = item.Id.ToString(CultureInfo.InvariantCulture), ["Board"] = "严狄村村务公开栏", ["PostedOn"] = Today };

        var (bad, badHtml, _) = await clerk.SubmitWithFilesAsync("/admin/registers/postings", fields, [("Photo", "现场.png", "not an image"u8.ToArray())], tokenFrom: "/admin/registers/postings");
        Assert.Equal(HttpStatusCode.BadRequest, bad);
        Assert.Contains("内容与 PNG 图片 格式不符", badHtml);
        Assert.Contains("严狄村村务公开栏", badHtml);

        var (status, html, _) = await clerk.SubmitWithFilesAsync("/admin/registers/postings", fields, [("Photo", "现场.png", Png)], tokenFrom: "/admin/registers/postings");
        Assert.True(status == HttpStatusCode.Redirect, html);
        var posting = await app.WithDbAsync((db, _) => db.NoticeBoardPostings.AsNoTracking().SingleAsync(p => p.ItemId == item.Id));
        Assert.Equal(("严狄村村务公开栏", "image/png"), (posting.Board, posting.PhotoContentType));
        var photo = $"/admin/registers/postings/{posting.Id}/photo";
        Assert.Contains(photo, await clerk.GetOkAsync("/admin/registers/postings"));
        using (var response = await clerk.GetAsync(photo))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(Png, await response.Content.ReadAsByteArrayAsync());
        }
        var (other, _) = await app.CreateBodyAsync();
        var (_, outsider) = await app.SignedInAsync((StaffRole.Drafter, other));
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.FetchAsync(photo)).Status);
    }
}

public sealed class RegisterTests_Sqlite(BackOfficeSqliteApp app) : RegisterTests(app), IClassFixture<BackOfficeSqliteApp>;

public sealed class RegisterTests_Postgres(BackOfficePostgresApp app) : RegisterTests(app), IClassFixture<BackOfficePostgresApp>;
