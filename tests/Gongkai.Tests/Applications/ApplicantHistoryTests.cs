using System.Security.Claims;
using Gongkai.Applications;
using Gongkai.Applications.Admin;
using Gongkai.Bodies;
using Gongkai.Staff;
using Gongkai.Tests.Infrastructure;
using Gongkai.Text;
using Microsoft.AspNetCore.Http;
using static Gongkai.Tests.Applications.ApplicationTestData;

namespace Gongkai.Tests.Applications;

/// <summary>The same applicant's earlier applications and their count in the month (deliverable 7), as one handler may see them.</summary>
public abstract class ApplicantHistoryTests(GongkaiApp app)
{
    private const string SameId = "11010519491231002X";
    private const string OtherId = "110105194912310037";

    /// <summary>China time on a day, as stored (UTC).</summary>
    private static DateTimeOffset China(string day, int hour, int minute = 0) =>
        new DateTimeOffset(D(day).ToDateTime(new TimeOnly(hour, minute)), ChinaTime.Offset).ToUniversalTime();

    private Task<DisclosureApplication> SubmittedAsync(Body body, DateTimeOffset at, string id = SameId, Action<DisclosureApplication>? steps = null) =>
        app.CreateApplicationAsync(body, ChinaTime.ChinaDate(at).Iso(), idNumber: id, submittedAt: at, steps: steps);

    /// <summary>The history of <paramref name="applicationId"/> as the staff member <paramref name="user"/> sees it.</summary>
    private Task<ApplicantHistoryView> HistoryAsync(StaffUser user, int applicationId) =>
        app.WithDbAsync(async (db, _) =>
        {
            var http = new HttpContextAccessor
            {
                HttpContext = new DefaultHttpContext { User = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, $"{user.Id}")], "test")) },
            };
            var applications = new AdminApplications(db, new StaffAccess(db, http));
            var application = await applications.FindAsync(applicationId) ?? throw new InvalidOperationException("outside the handler's reach");
            return await new ApplicantHistory(applications).ForAsync(application);
        });

    [DbFact]
    public async Task Earlier_applications_with_the_same_id_number_are_listed_from_the_bodies_in_reach_only()
    {
        app.SkipUnlessAvailable();
        var (mine, _) = await app.CreateBodyAsync();
        var (alsoMine, _) = await app.CreateBodyAsync();
        var (notMine, _) = await app.CreateBodyAsync();
        var handler = await app.CreateStaffAsync((StaffRole.ApplicationHandler, mine), (StaffRole.ApplicationHandler, alsoMine));

        var lastMonth = await SubmittedAsync(mine, China("2025-05-31", 23, 30), steps: a => a.Reply("5.2", "2025-06-03"));
        var first = await SubmittedAsync(mine, China("2025-06-03", 10));
        var inOtherBody = await SubmittedAsync(alsoMine, China("2025-06-04", 10), steps: a => a.Reply("2", "2025-06-20"));
        await SubmittedAsync(notMine, China("2025-06-05", 10));
        await SubmittedAsync(mine, China("2025-06-06", 10), id: OtherId);
        var current = await SubmittedAsync(mine, China("2025-06-10", 9));
        await SubmittedAsync(mine, China("2025-06-30", 23, 30));

        var history = await HistoryAsync(handler, current.Id);

        Assert.Equal([inOtherBody.Id, first.Id, lastMonth.Id], history.Earlier.Select(e => e.Id));
        Assert.Equal(3, history.EarlierCount);
        var partial = history.Earlier[0];
        Assert.Equal(inOtherBody.TrackingCode, partial.TrackingCode);
        Assert.Equal("（二）部分公开", partial.Outcome?.Label);
        Assert.Equal(ApplicationStatus.Closed, partial.Status);
        Assert.Equal("2025年低保资金发放明细", partial.Summary);
        Assert.Equal("5.2", history.Earlier[2].OutcomeCode);
    }

    [DbFact]
    public async Task The_month_is_counted_in_china_time_in_the_same_body()
    {
        app.SkipUnlessAvailable();
        var (mine, _) = await app.CreateBodyAsync();
        var (alsoMine, _) = await app.CreateBodyAsync();
        var handler = await app.CreateStaffAsync((StaffRole.ApplicationHandler, mine), (StaffRole.ApplicationHandler, alsoMine));

        await SubmittedAsync(mine, China("2025-05-31", 23, 30)); // 15:30 UTC on the 31st: May in China
        await SubmittedAsync(mine, China("2025-06-01", 0, 30)); // 16:30 UTC on 31 May: June in China
        await SubmittedAsync(alsoMine, China("2025-06-02", 10)); // another body charges its own fees
        await SubmittedAsync(mine, China("2025-06-03", 10), id: OtherId);
        var current = await SubmittedAsync(mine, China("2025-06-10", 9));
        await SubmittedAsync(mine, China("2025-06-30", 23, 59));
        await SubmittedAsync(mine, China("2025-07-01", 0, 1));

        var history = await HistoryAsync(handler, current.Id);

        Assert.Equal((2025, 6), (history.Year, history.Month));
        Assert.Equal(3, history.MonthCount);
        Assert.Equal(2, history.NumberInMonth);
        Assert.Equal(new FeeBand(1, 10, 0), history.FeeBand);
    }

    [DbFact]
    public async Task A_first_application_has_no_history()
    {
        app.SkipUnlessAvailable();
        var (mine, _) = await app.CreateBodyAsync();
        var handler = await app.CreateStaffAsync((StaffRole.ApplicationHandler, mine));
        var current = await SubmittedAsync(mine, China("2025-06-10", 9), id: "11010519900307001X");

        var history = await HistoryAsync(handler, current.Id);

        Assert.Empty(history.Earlier);
        Assert.Equal(0, history.EarlierCount);
        Assert.Equal((1, 1), (history.MonthCount, history.NumberInMonth));
    }
}

public sealed class ApplicantHistoryTests_Sqlite(SqliteApp app) : ApplicantHistoryTests(app), IClassFixture<SqliteApp>;

public sealed class ApplicantHistoryTests_Postgres(PostgresApp app) : ApplicantHistoryTests(app), IClassFixture<PostgresApp>;
