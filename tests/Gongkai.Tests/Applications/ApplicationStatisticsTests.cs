using Gongkai.Applications;
using Gongkai.Bodies;
using Gongkai.Tests.Infrastructure;
using static Gongkai.Tests.Applications.ApplicationTestData;

namespace Gongkai.Tests.Applications;

/// <summary>
/// The annual report's application tables (domain.md §8) from applications taken through their own
/// steps across the 2024/2025 year boundary, with the report's checks.
/// </summary>
public abstract class ApplicationStatisticsTests(GongkaiApp app)
{
    private const ApplicantType Natural = ApplicantType.NaturalPerson;

    /// <summary>
    /// One body's applications: received and closed in different years, one still open, one online
    /// and never confirmed, and appeals decided before and after a year's end. Another body has one too.
    /// </summary>
    private async Task<Body> BodyWithApplicationsAsync()
    {
        var (body, _) = await app.CreateBodyAsync();
        var (other, _) = await app.CreateBodyAsync();

        await app.CreateApplicationAsync(body, "2022-05-05", steps: a => a.Reply("1", "2022-06-01"));
        var a1 = await app.CreateApplicationAsync(body, "2023-12-20", steps: a => a.Reply("1", "2024-01-10"));
        await app.CreateApplicationAsync(body, "2024-03-04", ApplicantType.CommercialEnterprise, steps: a => a.Reply("2", "2024-03-20"));
        var a3 = await app.CreateApplicationAsync(body, "2024-12-20", steps: a => a.Reply("3.4", "2025-01-10"));
        await app.CreateApplicationAsync(body, "2024-12-27", ApplicantType.ResearchInstitution);
        await app.CreateApplicationAsync(body, "2025-02-03", ApplicantType.LegalServiceProvider, steps: a => a.LapseWithoutCorrection("2025-02-05"));
        await app.CreateApplicationAsync(body, "2025-05-06", steps: a =>
        {
            a.NotifyFee("2025-05-08");
            a.CloseForUnpaidFee(Clerk, Noon("2025-06-10"));
        });
        var a8 = await app.CreateApplicationAsync(body, "2025-06-02", ApplicantType.OtherOrganisation, steps: a => a.Reply("4.1", "2025-06-10"));
        await app.CreateApplicationAsync(body, "2025-12-30", ApplicantType.PublicInterestOrganisation, steps: a => a.Reply("5.2", "2026-01-05"));
        await app.SubmitOnlineAsync(body, Noon("2025-03-03"));
        var elsewhere = await app.CreateApplicationAsync(other, "2025-03-03", steps: a => a.Reply("1", "2025-03-10"));

        var reconsideration = await app.FileAppealAsync(a1.Id, AppealKind.Reconsideration, "2024-02-01", (AppealResult.Upheld, "2024-04-01"));
        await app.FileAppealAsync(a1.Id, AppealKind.LitigationAfterReconsideration, "2024-04-20", (AppealResult.Corrected, "2025-03-01"), reconsideration.Id);
        await app.FileAppealAsync(a3.Id, AppealKind.DirectLitigation, "2025-02-01");
        await app.FileAppealAsync(a8.Id, AppealKind.Reconsideration, "2025-07-01", (AppealResult.Other, "2025-08-01"));
        await app.FileAppealAsync(elsewhere.Id, AppealKind.Reconsideration, "2025-04-01", (AppealResult.Upheld, "2025-05-01"));
        return body;
    }

    private Task<ApplicationYearStatistics> YearAsync(Body body, int year) =>
        app.WithDbAsync((db, _) => ApplicationStatistics.ForAsync(db, body.Id, year));

    [DbFact]
    public async Task A_year_counts_new_carried_in_closed_by_outcome_and_carried_over()
    {
        app.SkipUnlessAvailable();
        var body = await BodyWithApplicationsAsync();

        var y2024 = await YearAsync(body, 2024);

        Assert.Equal((1, 1, 1, 3), (y2024.NewThisYear[Natural], y2024.NewThisYear[ApplicantType.CommercialEnterprise], y2024.NewThisYear[ApplicantType.ResearchInstitution], y2024.NewThisYear.Total));
        Assert.Equal((1, 1), (y2024.CarriedIn[Natural], y2024.CarriedIn.Total));
        Assert.Equal((1, 1), (y2024.Outcomes["1"][Natural], y2024.Outcomes["1"].Total));
        Assert.Equal((1, 1), (y2024.Outcomes["2"][ApplicantType.CommercialEnterprise], y2024.Outcomes["2"].Total));
        Assert.Equal(2, y2024.Closed.Total);
        Assert.Equal((1, 1, 2), (y2024.CarriedOver[Natural], y2024.CarriedOver[ApplicantType.ResearchInstitution], y2024.CarriedOver.Total));

        var y2025 = await YearAsync(body, 2025);

        Assert.Equal((1, 1, 1, 1, 4), (y2025.NewThisYear[Natural], y2025.NewThisYear[ApplicantType.LegalServiceProvider],
            y2025.NewThisYear[ApplicantType.OtherOrganisation], y2025.NewThisYear[ApplicantType.PublicInterestOrganisation], y2025.NewThisYear.Total));
        Assert.Equal(1, y2025.Outcomes["3.4"][Natural]);
        Assert.Equal(1, y2025.Outcomes["6.1"][ApplicantType.LegalServiceProvider]);
        Assert.Equal(1, y2025.Outcomes["6.2"][Natural]);
        Assert.Equal(1, y2025.Outcomes["4.1"][ApplicantType.OtherOrganisation]);
        Assert.Equal(4, y2025.Closed.Total);
        Assert.Equal((1, 1, 2), (y2025.CarriedOver[ApplicantType.ResearchInstitution], y2025.CarriedOver[ApplicantType.PublicInterestOrganisation], y2025.CarriedOver.Total));
    }

    [DbFact]
    public async Task The_report_checks_hold_in_every_column_and_across_the_year_boundary()
    {
        app.SkipUnlessAvailable();
        var body = await BodyWithApplicationsAsync();

        for (var year = 2022; year <= 2026; year++)
        {
            var last = await YearAsync(body, year - 1);
            var s = await YearAsync(body, year);
            Assert.Empty(s.Inconsistencies());
            foreach (var type in ApplicationStatistics.Columns)
            {
                Assert.Equal(s.NewThisYear[type] + s.CarriedIn[type], s.Closed[type] + s.CarriedOver[type]);
                Assert.Equal(s.Closed[type], Outcome.All.Sum(o => s.Outcomes[o.Code][type]));
                Assert.Equal(last.CarriedOver[type], s.CarriedIn[type]);
            }
            foreach (var row in new[] { s.NewThisYear, s.CarriedIn, s.Closed, s.CarriedOver }.Concat(s.Outcomes.Values))
            {
                Assert.Equal(ApplicationStatistics.Columns.Sum(t => row[t]), row.Total);
            }
        }
        Assert.Equal(2, (await YearAsync(body, 2025)).CarriedIn.Total); // the boundary is crossed by real applications, not zeros
    }

    [DbFact]
    public async Task The_first_and_last_days_belong_to_their_year()
    {
        app.SkipUnlessAvailable();
        var (body, _) = await app.CreateBodyAsync();
        var sameDay = await app.CreateApplicationAsync(body, "2024-12-31", steps: a => a.Reply("1", "2024-12-31"));
        await app.CreateApplicationAsync(body, "2024-12-31", ApplicantType.CommercialEnterprise, steps: a => a.Reply("4.1", "2025-01-01"));
        await app.CreateApplicationAsync(body, "2025-01-01", ApplicantType.ResearchInstitution);
        await app.FileAppealAsync(sameDay.Id, AppealKind.DirectLitigation, "2024-12-31", (AppealResult.Corrected, "2024-12-31"));
        await app.FileAppealAsync(sameDay.Id, AppealKind.Reconsideration, "2025-01-01", (AppealResult.Upheld, "2025-12-31"));

        var y2024 = await YearAsync(body, 2024);
        var y2025 = await YearAsync(body, 2025);

        Assert.Equal((2, 0, 1, 1), (y2024.NewThisYear.Total, y2024.CarriedIn.Total, y2024.Outcomes["1"].Total, y2024.CarriedOver[ApplicantType.CommercialEnterprise]));
        Assert.Equal((1, 1, 1, 1), (y2025.NewThisYear[ApplicantType.ResearchInstitution], y2025.CarriedIn[ApplicantType.CommercialEnterprise], y2025.Outcomes["4.1"].Total, y2025.CarriedOver.Total));
        Assert.Equal((1, 0), (y2024.Appeals[AppealKind.DirectLitigation, AppealResult.Corrected], y2024.Appeals.Total(AppealKind.Reconsideration)));
        Assert.Equal((1, 0), (y2025.Appeals[AppealKind.Reconsideration, AppealResult.Upheld], y2025.Appeals.Total(AppealKind.DirectLitigation)));
    }

    [DbFact]
    public async Task A_partial_disclosure_counts_only_under_two()
    {
        app.SkipUnlessAvailable();
        var (body, _) = await app.CreateBodyAsync();
        await app.CreateApplicationAsync(body, "2025-04-01", steps: a => a.Reply("2", "2025-04-20"));

        var s = await YearAsync(body, 2025);

        Assert.Equal(1, s.Outcomes["2"][Natural]);
        Assert.Equal(1, s.Closed.Total);
        Assert.All(s.Outcomes.Where(o => o.Key != "2"), o => Assert.Equal(0, o.Value.Total));
    }

    [DbFact]
    public async Task Appeals_count_in_the_year_filed_with_their_result_at_its_end()
    {
        app.SkipUnlessAvailable();
        var body = await BodyWithApplicationsAsync();

        var y2024 = (await YearAsync(body, 2024)).Appeals;
        var y2025 = (await YearAsync(body, 2025)).Appeals;

        Assert.Equal(1, y2024[AppealKind.Reconsideration, AppealResult.Upheld]);
        Assert.Equal(1, y2024[AppealKind.LitigationAfterReconsideration, AppealResult.Pending]); // decided only in 2025
        Assert.Equal(0, y2024[AppealKind.LitigationAfterReconsideration, AppealResult.Corrected]);
        Assert.Equal((1, 0, 1), (y2024.Total(AppealKind.Reconsideration), y2024.Total(AppealKind.DirectLitigation), y2024.Total(AppealKind.LitigationAfterReconsideration)));
        Assert.Equal(1, y2025[AppealKind.DirectLitigation, AppealResult.Pending]);
        Assert.Equal(1, y2025[AppealKind.Reconsideration, AppealResult.Other]);
        Assert.Equal((1, 1, 0), (y2025.Total(AppealKind.Reconsideration), y2025.Total(AppealKind.DirectLitigation), y2025.Total(AppealKind.LitigationAfterReconsideration)));
    }
}

public sealed class ApplicationStatisticsTests_Sqlite(SqliteApp app) : ApplicationStatisticsTests(app), IClassFixture<SqliteApp>;

public sealed class ApplicationStatisticsTests_Postgres(PostgresApp app) : ApplicationStatisticsTests(app), IClassFixture<PostgresApp>;
