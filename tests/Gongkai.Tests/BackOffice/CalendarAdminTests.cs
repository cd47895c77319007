using System.Net;
using Gongkai.Staff;
using Gongkai.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Tests.BackOffice;

/// <summary>/admin/calendar: the years in force, adding or replacing a year, and checking a date.</summary>
public abstract class CalendarAdminTests
{
    private readonly GongkaiApp app;

    protected CalendarAdminTests(GongkaiApp app)
    {
        this.app = app;
        app.SkipUnlessAvailable();
    }

    private async Task<HttpClient> PlatformAdminAsync() => (await app.SignedInAsync((StaffRole.PlatformAdmin, null))).Browser;

    private static Dictionary<string, string> Year(string year, string daysOff, string makeUp = "") =>
        new() { ["Input.Year"] = year, ["Input.DaysOff"] = daysOff, ["Input.MakeUpWorkingDays"] = makeUp };

    [DbFact]
    public async Task Platform_admin_sees_the_shipped_years_marked_built_in()
    {
        var html = await (await PlatformAdminAsync()).GetOkAsync("/admin/calendar");
        Assert.Contains("<h1>工作日历</h1>", html);
        foreach (var year in new[] { 2022, 2023, 2024, 2025, 2026 })
        {
            Assert.Contains($"<th scope=\"row\">{year}</th>", html);
        }
        Assert.Contains("<td>01-01; 01-28..02-04; 04-04..04-06; 05-01..05-05; 05-31..06-02; 10-01..10-08</td>", html);
        Assert.Contains("<td>01-26, 02-08, 04-27, 09-28, 10-11</td>", html);
        Assert.Contains("内置", html);
        Assert.Contains("<caption>各年放假日期和调休上班日期", html);
        Assert.Contains("01-01; 01-28..02-04", html); // the format hint
    }

    [DbFact]
    public async Task Adding_a_year_saves_it_audits_it_and_the_calendar_uses_it()
    {
        var browser = await PlatformAdminAsync();
        var (status, _, location) = await browser.SubmitAsync("/admin/calendar", Year("2031", "01-01; 01-22..01-28", "01-19, 02-08"));
        Assert.Equal(HttpStatusCode.Redirect, status);
        Assert.Equal("/admin/calendar", location);
        var record = await app.WithDbAsync((db, _) => db.CalendarYears.AsNoTracking().SingleAsync(r => r.Year == 2031));
        Assert.Equal("01-01; 01-22..01-28", record.DaysOff);
        Assert.Equal("01-19, 02-08", record.MakeUpWorkingDays);
        var audit = await app.WithDbAsync((db, _) => db.AuditRecords.AsNoTracking().Where(r => r.Action == "日历年度设置" && r.EntityId == "2031").ToListAsync());
        Assert.Contains(audit, r => r.EntityType == "CalendarYearRecord" && r.Note == "2031年：新增");

        var html = await browser.GetOkAsync(location!);
        Assert.Contains("已添加 2031 年的工作日历：放假 8 天，调休上班 2 天。", html);
        Assert.Contains("管理员添加", html);
        var check = await browser.GetOkAsync("/admin/calendar?date=2031-01-22&days=1");
        Assert.Contains("不是工作日</strong>（放假日）", check);
        Assert.Contains("之后第 1 个工作日是 <strong>2031-01-29（星期三）</strong>", check);
    }

    [DbFact]
    public async Task Replacing_a_shipped_year_keeps_one_schedule_for_it()
    {
        var browser = await PlatformAdminAsync();
        var (status, _, _) = await browser.SubmitAsync("/admin/calendar", Year("2020", "01-01; 01-24..01-30"));
        Assert.Equal(HttpStatusCode.Redirect, status);
        Assert.Contains("已替换 2020 年的工作日历", await browser.GetOkAsync("/admin/calendar"));
        (status, _, _) = await browser.SubmitAsync("/admin/calendar", Year("2020", "01-01; 01-24..02-02"));
        Assert.Equal(HttpStatusCode.Redirect, status);
        var html = await browser.GetOkAsync("/admin/calendar");
        Assert.Contains("替换内置", html);
        Assert.Single(html.Split("<th scope=\"row\">2020</th>").Skip(1));
        Assert.Equal("01-01; 01-24..02-02", (await app.WithDbAsync((db, _) => db.CalendarYears.AsNoTracking().SingleAsync(r => r.Year == 2020))).DaysOff);
        var edit = await browser.GetOkAsync("/admin/calendar?edit=2020");
        Assert.Contains("\n01-01; 01-24..02-02</textarea>", edit);
        Assert.Contains("value=\"2020\"", edit);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.FetchAsync("/admin/calendar?edit=1990")).Status);
    }

    [DbFact]
    public async Task Invalid_schedule_is_400_with_each_message_at_its_field_and_the_text_kept()
    {
        var browser = await PlatformAdminAsync();
        var (status, html, _) = await browser.SubmitAsync("/admin/calendar", Year("2032", "01-01; 13-45", "02-30"));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("日历未保存", html);
        Assert.Contains("<a href=\"#Input_DaysOff\">“13-45”不是有效日期", html);
        Assert.Contains("<a href=\"#Input_MakeUpWorkingDays\">“02-30”不是有效日期", html);
        Assert.Contains("01-01; 13-45</textarea>", html);
        Assert.Contains("\n02-30</textarea>", html);
        Assert.Contains("value=\"2032\"", html);

        (status, html, _) = await browser.SubmitAsync("/admin/calendar", Year("2032", "01-01", "01-05"));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("<a href=\"#Input_MakeUpWorkingDays\">调休上班日“01-05”是星期一，不是周末。</a>", html);

        (status, html, _) = await browser.SubmitAsync("/admin/calendar", Year("1999", "01-01"));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("<a href=\"#Input_Year\">年份应在2000至2199之间。</a>", html);
        (status, html, _) = await browser.SubmitAsync("/admin/calendar", Year("二〇三二", ""));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("请填写四位数字的年份", html);
        Assert.False(await app.WithDbAsync((db, _) => db.CalendarYears.AnyAsync(r => r.Year == 2032 || r.Year == 1999)));
    }

    [DbFact]
    public async Task Checking_a_date_shows_whether_it_is_a_working_day_and_the_date_n_working_days_later()
    {
        var browser = await PlatformAdminAsync();
        var holiday = await browser.GetOkAsync("/admin/calendar?date=2025-10-01&days=1");
        Assert.Contains("2025-10-01（星期三）<strong>不是工作日</strong>（放假日）", holiday);
        Assert.Contains("之后第 1 个工作日是 <strong>2025-10-09（星期四）</strong>", holiday);
        Assert.Contains("<strong>是工作日</strong>（调休上班日）", await browser.GetOkAsync("/admin/calendar?date=2025-09-28"));
        Assert.Contains("结果仅供参考", await browser.GetOkAsync("/admin/calendar?date=2099-03-02&days=5"));

        var (status, html) = await browser.FetchAsync("/admin/calendar?date=2025-02-30&days=x");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("日期查询有误", html);
        Assert.Contains("<a href=\"#date\">请按年-月-日填写日期", html);
        Assert.Contains("<a href=\"#days\">工作日数应为 0 至 10000 之间的整数。</a>", html);
        Assert.Contains("value=\"2025-02-30\"", html);
    }

    [DbFact]
    public async Task Only_platform_admins_may_use_it()
    {
        var body = await app.CreateBodyUnderAsync(null);
        var (_, bodyAdmin) = await app.SignedInAsync((StaffRole.BodyAdmin, body), (StaffRole.Supervisor, body));
        Assert.Equal(HttpStatusCode.Forbidden, (await bodyAdmin.FetchAsync("/admin/calendar")).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await bodyAdmin.SubmitAsync("/admin/calendar", Year("2033", "01-01"))).Status);
        Assert.False(await app.WithDbAsync((db, _) => db.CalendarYears.AnyAsync(r => r.Year == 2033)));

        using var anonymous = await app.CookieBrowser().GetAsync("/admin/calendar");
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.StartsWith("/account/signin", anonymous.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }
}

public sealed class CalendarAdminTests_Sqlite(BackOfficeSqliteApp app) : CalendarAdminTests(app), IClassFixture<BackOfficeSqliteApp>;

public sealed class CalendarAdminTests_Postgres(BackOfficePostgresApp app) : CalendarAdminTests(app), IClassFixture<BackOfficePostgresApp>;
