using System.Net;
using Gongkai.Applications;
using Gongkai.Applications.Replies;
using Gongkai.Bodies;
using Gongkai.Calendar;
using Gongkai.Demo;
using Gongkai.Privacy;
using Gongkai.Tests.Infrastructure;
using Gongkai.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Tests.Demo;

/// <summary>
/// The demo's applications for information as a new user meets them: every stage of the procedure in
/// the three seed bodies, due dates that are not all overdue, replies approved and delivered, the
/// tracking code the README gives, statistics for 2025 and 2026, and applicants who never appear in public.
/// </summary>
public sealed class DemoApplicationTests(DemoApp app) : IClassFixture<DemoApp>
{
    [Fact]
    public async Task Applications_are_seeded_at_every_stage_for_the_seed_bodies_and_none_for_a_village()
    {
        var seeded = await app.WithDbAsync(async (db, _) => await db.Applications.AsNoTracking()
            .Select(a => new { a.Body.Slug, a.Body.Type, a.Status }).ToListAsync());

        Assert.InRange(seeded.Count, 10, 14);
        Assert.DoesNotContain(seeded, a => a.Type == BodyType.Village);
        var statuses = seeded.GroupBy(a => a.Slug).ToDictionary(g => g.Key, g => g.Select(a => a.Status).ToHashSet());
        Assert.Equal(["canlian", "qinghe", "shiyan-xiaoxue"], statuses.Keys.Order());
        Assert.Equal([ApplicationStatus.AwaitingConfirmation, ApplicationStatus.InProgress, ApplicationStatus.Consulting, ApplicationStatus.Closed], statuses["canlian"].Order());
        Assert.Equal([ApplicationStatus.AwaitingCorrection, ApplicationStatus.AwaitingFee, ApplicationStatus.Closed], statuses["qinghe"].Order());
        Assert.Equal([ApplicationStatus.ReplyPending], statuses["shiyan-xiaoxue"]);
    }

    [Fact]
    public async Task The_steps_a_new_user_should_see_are_in_the_logs()
    {
        var (applications, appeals, proactive) = await app.WithDbAsync(async (db, _) => (
            await db.Applications.AsNoTracking().Include(a => a.Body).ToListAsync(),
            await db.ApplicationAppeals.AsNoTracking().Select(x => new { x.Application.Body.Slug, x.Kind, x.Result }).ToListAsync(),
            await db.ApplicationReplies.AsNoTracking().CountAsync(r => r.ProactiveItemId != null)));
        var events = applications.SelectMany(a => a.Events.Select(e => new { a.Body.Slug, e.Kind, e.Actor })).ToList();

        Assert.Contains(events, e => e.Slug == "canlian" && e.Kind == ApplicationEventKind.Extended && e.Actor == "canlian-office-head");
        Assert.Contains(events, e => e.Slug == "canlian" && e.Kind == ApplicationEventKind.ConsultationSent);
        Assert.Contains(events, e => e.Slug == "qinghe" && e.Kind == ApplicationEventKind.CorrectionRequested);
        Assert.Contains(events, e => e.Slug == "qinghe" && e.Kind == ApplicationEventKind.FeeNotified);
        Assert.Contains(events, e => e.Slug == "canlian" && e.Kind == ApplicationEventKind.Lapsed);
        Assert.Contains(events, e => e.Kind == ApplicationEventKind.Assigned && e.Actor == $"{e.Slug}-office-head");
        Assert.Contains(new { Slug = "canlian", Kind = AppealKind.Reconsideration, Result = AppealResult.Upheld }, appeals);
        Assert.Contains(new { Slug = "qinghe", Kind = AppealKind.DirectLitigation, Result = AppealResult.Pending }, appeals);
        Assert.Equal(1, proactive);
    }

    [Fact]
    public async Task Open_applications_have_a_due_date_not_yet_passed_and_one_is_due_within_5_working_days()
    {
        var (open, calendar) = await app.WithDbAsync(async (db, services) => (
            await db.Applications.AsNoTracking().Where(a => a.Status != ApplicationStatus.Closed).ToListAsync(),
            await services.GetRequiredService<CalendarSource>().GetAsync()));
        var today = DateTimeOffset.UtcNow.ChinaDate();

        var daysLeft = open.Where(a => a.IsOpen).Select(a => (a.TrackingCode, Left: calendar.WorkingDaysLeft(today, a.Deadline(calendar, today)!.Due.Date))).ToList();
        Assert.Equal(open.Count - 1, daysLeft.Count); // all but the one awaiting confirmation, which has no day 0 yet
        Assert.All(daysLeft, d => Assert.True(d.Left >= 0, $"{d.TrackingCode} is overdue by {-d.Left} working days"));
        Assert.Single(daysLeft, d => d.Left <= 5);
        Assert.Null(Assert.Single(open, a => !a.IsOpen).Deadline(calendar, today));
    }

    [Fact]
    public async Task Closed_applications_have_an_outcome_and_an_approved_delivered_reply_unless_they_lapsed()
    {
        var (closed, replies) = await app.WithDbAsync(async (db, _) => (
            await db.Applications.AsNoTracking().Include(a => a.Body).Where(a => a.Status == ApplicationStatus.Closed).ToListAsync(),
            await db.ApplicationReplies.AsNoTracking().ToDictionaryAsync(r => r.ApplicationId)));

        Assert.Equal([2025, 2026], closed.Select(a => a.ClosedOn!.Value.Year).Distinct().Order());
        Assert.Equal(["1", "2", "3.6", "4.1", "5.2", "6.1"], closed.Select(a => a.OutcomeCode!).Distinct().Order());
        foreach (var a in closed)
        {
            if (a.OutcomeCode == Outcome.NoCorrection.Code)
            {
                Assert.False(replies.ContainsKey(a.Id));
                Assert.Contains(a.Events, e => e.Kind == ApplicationEventKind.Lapsed);
                continue;
            }
            var reply = replies[a.Id];
            Assert.Equal(ReplyStatus.Approved, reply.Status);
            Assert.Equal(a.OutcomeCode, reply.OutcomeCode);
            Assert.Equal($"{a.Body.Slug}-office-head", reply.ApprovedByName);
            Assert.Equal(a.ClosedOn, reply.IssuedOn);
            Assert.Contains(a.TrackingCode, reply.LetterHtml);
            Assert.Contains(a.Applicant.Name, reply.LetterHtml);
            Assert.Equal(ApplicationReply.Discloses(reply.Outcome), reply.Files.Count > 0);
            Assert.Equal(reply.Outcome == Outcome.Partial, reply.WithheldParts.Count > 0);
            Assert.Contains(a.Events, e => e.Kind == ApplicationEventKind.Delivered && e.On >= a.ClosedOn);
        }
        Assert.Contains(replies.Values, r => r.OtherBody == "示范市民政局");
        Assert.Contains(closed, a => a.Events.Any(e => e.Note?.Contains("邮件单号", StringComparison.Ordinal) == true));
    }

    [Fact]
    public async Task Applicants_have_valid_ID_numbers_kept_only_encrypted_and_masked()
    {
        var today = DateTimeOffset.UtcNow.ChinaDate();
        foreach (var a in DemoSeeder.DemoApplicants)
        {
            Assert.Null(a.IdType == IdDocumentType.ResidentIdCard ? PrivacyScanner.ResidentIdProblem(a.IdNumber, today) : UnifiedSocialCreditCode.Problem(a.IdNumber));
            Assert.Matches(@"^1[3-9]\d{9}$", a.Phone);
            Assert.True(a.Email is null || a.Email.EndsWith("@example.com", StringComparison.Ordinal), a.Email);
        }
        var stored = await app.WithDbAsync(async (db, services) =>
        {
            var identity = services.GetRequiredService<ApplicantIdentity>();
            return (await db.Applications.AsNoTracking().ToListAsync()).Select(a => (a.Applicant, Revealed: identity.Reveal(a.Applicant))).ToList();
        });
        foreach (var (applicant, revealed) in stored)
        {
            var demo = Assert.Single(DemoSeeder.DemoApplicants, d => d.Name == applicant.Name);
            Assert.Equal(demo.IdNumber, revealed);
            Assert.DoesNotContain(demo.IdNumber, applicant.IdNumberProtected);
            Assert.Equal(ApplicantIdentity.Mask(demo.IdNumber), applicant.IdNumberMasked);
        }
    }

    [Fact]
    public async Task The_README_tracking_code_with_the_phone_ending_shows_the_timeline_but_not_the_applicant()
    {
        var browser = app.Browser();
        var wrong = await browser.SubmitAsync("/track", new() { ["Code"] = DemoSeeder.DemoTrackingCode, ["PhoneEnd"] = "0000" }, tokenFrom: "/track");
        Assert.Equal(HttpStatusCode.BadRequest, wrong.Status);

        var found = await browser.SubmitAsync("/track", new() { ["Code"] = DemoSeeder.DemoTrackingCode, ["PhoneEnd"] = DemoSeeder.DemoTrackingPhoneEnd }, tokenFrom: "/track");
        Assert.Equal(HttpStatusCode.Redirect, found.Status);
        var page = await browser.GetOkAsync(found.Location!);

        Assert.Contains(DemoSeeder.DemoTrackingCode, page);
        Assert.Contains("清河镇通达公路配套工程征地补偿标准及补偿款发放情况", page);
        foreach (var step in new[] { "收到申请", "作出答复", "送达", "（二）部分公开", "下载告知书", "征地补偿标准及补偿款发放汇总.txt" })
        {
            Assert.Contains(step, page);
        }
        Assert.DoesNotContain("分办", page); // internal steps stay internal
        var applicant = Assert.Single(DemoSeeder.DemoApplicants, a => a.Phone.EndsWith(DemoSeeder.DemoTrackingPhoneEnd, StringComparison.Ordinal));
        Assert.Contains(applicant.Name[..1] + "*", page);
        foreach (var personal in new[] { applicant.Name, applicant.IdNumber, ApplicantIdentity.Mask(applicant.IdNumber), applicant.Phone, applicant.Address! })
        {
            Assert.DoesNotContain(personal, page);
        }
    }

    [Fact]
    public async Task Federation_statistics_show_2025_with_a_carry_over_into_2026()
    {
        var (y2025, y2026, openIn2026) = await app.WithDbAsync(async (db, _) =>
        {
            var federation = await db.Bodies.SingleAsync(b => b.Slug == "canlian");
            var open = await db.Applications.AsNoTracking()
                .Where(a => a.BodyId == federation.Id && a.Status != ApplicationStatus.Closed && a.ReceivedOn != null)
                .Select(a => new { a.Applicant.Type, a.ReceivedOn }).ToListAsync();
            return (await ApplicationStatistics.ForAsync(db, federation.Id, 2025), await ApplicationStatistics.ForAsync(db, federation.Id, 2026),
                open.Where(a => a.ReceivedOn!.Value.Year == 2026).Select(a => a.Type).ToList());
        });
        var person = ApplicantType.NaturalPerson;

        // 2025: received the lapsed one and the carried-over one (people) and the agreement (a company); two closed.
        Assert.Equal((2, 1, 3), (y2025.NewThisYear[person], y2025.NewThisYear[ApplicantType.CommercialEnterprise], y2025.NewThisYear.Total));
        Assert.Equal(1, y2025.Outcomes[Outcome.NoCorrection.Code][person]);
        Assert.Equal(1, y2025.Outcomes[Outcome.Partial.Code][ApplicantType.CommercialEnterprise]);
        Assert.Equal(2, y2025.Closed.Total);
        Assert.Equal((1, 1), (y2025.CarriedOver[person], y2025.CarriedOver.Total));
        Assert.Equal(1, y2025.Appeals[AppealKind.Reconsideration, AppealResult.Pending]); // decided only in January 2026

        // 2026: the carry-over answered (（四）1), the subsidy report disclosed and asked for again by the same organisation.
        Assert.Equal((1, 1), (y2026.CarriedIn[person], y2026.CarriedIn.Total));
        Assert.Equal(1, y2026.Outcomes["4.1"][person]);
        Assert.Equal(1, y2026.Outcomes[Outcome.Disclosed.Code][ApplicantType.PublicInterestOrganisation]);
        Assert.Equal(1, y2026.Outcomes["5.2"][ApplicantType.PublicInterestOrganisation]);
        Assert.Equal(3, y2026.Closed.Total);
        Assert.Equal(2 + openIn2026.Count, y2026.NewThisYear.Total);
        Assert.Equal(openIn2026.Count, y2026.CarriedOver.Total);
        Assert.Equal(0, y2026.Appeals.Total(AppealKind.Reconsideration));

        Assert.Empty(y2025.Inconsistencies());
        Assert.Empty(y2026.Inconsistencies());
    }

    [Theory]
    [InlineData("canlian")]
    [InlineData("qinghe")]
    [InlineData("shiyan-xiaoxue")]
    public async Task The_office_head_finds_every_application_and_its_pages_render(string slug)
    {
        var seeded = await app.WithDbAsync(async (db, _) => await db.Applications.AsNoTracking()
            .Where(a => a.Body.Slug == slug).Select(a => new { a.Id, a.TrackingCode, a.AccessToken, a.Status }).ToListAsync());
        var browser = await app.SignInAsync($"{slug}-office-head", DemoSeeder.DemoPassword);

        var queue = await browser.GetOkAsync("/admin/applications?show=all");
        Assert.All(seeded, a => Assert.Contains(a.TrackingCode, queue));
        foreach (var a in seeded)
        {
            await browser.GetOkAsync($"/admin/applications/{a.Id}");
            await browser.GetOkAsync($"/admin/applications/{a.Id}/appeals");
            if (a.Status is ApplicationStatus.Closed or ApplicationStatus.ReplyPending)
            {
                await browser.GetOkAsync($"/admin/applications/{a.Id}/reply");
            }
            await app.Browser().GetOkAsync($"/track/{a.AccessToken}");
        }
        foreach (var year in new[] { 2025, 2026 })
        {
            Assert.Contains($"{year}年依申请公开统计", await browser.GetOkAsync($"/admin/applications/statistics?body={slug}&year={year}"));
        }
    }

    [Fact]
    public async Task The_dashboard_shows_the_application_due_soon_and_the_one_awaiting_confirmation()
    {
        var codes = await app.WithDbAsync(async (db, _) => await db.Applications.AsNoTracking()
            .Where(a => a.Body.Slug == "canlian" && a.Status != ApplicationStatus.Closed).Select(a => new { a.TrackingCode, a.Status, Extended = a.Events.Any(e => e.Kind == ApplicationEventKind.Extended) }).ToListAsync());
        var dashboard = await (await app.SignInAsync("canlian-applications", DemoSeeder.DemoPassword)).GetOkAsync("/admin");

        Assert.Contains(Assert.Single(codes, c => c.Extended).TrackingCode, dashboard);
        Assert.Contains(Assert.Single(codes, c => c.Status == ApplicationStatus.AwaitingConfirmation).TrackingCode, dashboard);
        Assert.DoesNotContain(Assert.Single(codes, c => c.Status == ApplicationStatus.Consulting).TrackingCode, dashboard);
    }

    [Fact]
    public async Task No_applicant_data_is_on_the_public_portal_api_or_feeds()
    {
        var slugs = await app.WithDbAsync(async (db, _) => await db.Bodies.Select(b => b.Slug).ToListAsync());
        var crawler = new SiteCrawler(app.Browser());
        await crawler.FetchAsync(slugs.SelectMany(slug => new[]
        {
            $"/bodies/{slug}", $"/bodies/{slug}/catalogue", $"/bodies/{slug}/guide", $"/bodies/{slug}/feed.atom",
            $"/api/v1/bodies/{slug}", $"/api/v1/bodies/{slug}/catalogue", $"/api/v1/bodies/{slug}/items", $"/api/v1/bodies/{slug}/items?page=2",
        }).Prepend("/sitemap").Prepend("/"));

        Assert.Contains(crawler.Visits, v => v.Url == "/api/v1/bodies/canlian/items" && v.Status == HttpStatusCode.OK && v.Body.Contains("示范市残疾人联合会", StringComparison.Ordinal));
        foreach (var a in DemoSeeder.DemoApplicants)
        {
            foreach (var personal in new[] { a.Name, a.ContactPerson, a.IdNumber, ApplicantIdentity.Mask(a.IdNumber), a.Phone, a.Email, a.Address }.OfType<string>())
            {
                Assert.True(!crawler.Containing(personal).Any(), $"{personal} is on: {string.Join(", ", crawler.Containing(personal))}");
            }
        }
    }
}
