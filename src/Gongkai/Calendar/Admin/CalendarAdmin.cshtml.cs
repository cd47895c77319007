using System.Globalization;
using Gongkai.BackOffice;
using Gongkai.Data;
using Gongkai.Staff;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Calendar.Admin;

/// <summary>
/// The working-day calendar in force (shipped 2020–2026 plus the years administrators added), a
/// form to add or replace a year's schedule as the State Council publishes it, and a date check.
/// </summary>
[Authorize(Policy = Policies.PlatformAdmin)]
public sealed class CalendarAdminModel(GongkaiDb db, CalendarSource source, TimeProvider time) : AdminPageModel
{
    private static readonly string[] Weekdays = ["星期日", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六"];

    public sealed class InputModel
    {
        public string? Year { get; set; }
        public string? DaysOff { get; set; }
        public string? MakeUpWorkingDays { get; set; }
    }

    public sealed record YearRow(int Year, string DaysOff, string MakeUpWorkingDays, bool Shipped, DateTimeOffset? AddedAt);

    public sealed record DateCheck(DateOnly Date, bool WorkingDay, string Why, bool Known, int Days, WorkingDayResult Later);

    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty(SupportsGet = true, Name = "date")]
    public string? CheckDate { get; set; }

    [BindProperty(SupportsGet = true, Name = "days")]
    public string? CheckDays { get; set; }

    public IReadOnlyList<YearRow> Years { get; private set; } = [];
    public DateCheck? Check { get; private set; }
    public string ProblemHeading { get; private set; } = "";

    /// <summary>Shows the calendar; <c>?edit=2026</c> fills the form with that year; <c>?date=…&amp;days=…</c> checks a date.</summary>
    public async Task<IActionResult> OnGetAsync(string? edit, CancellationToken ct)
    {
        await LoadAsync(ct);
        if (edit is not null)
        {
            var year = Years.FirstOrDefault(y => y.Year.ToString(CultureInfo.InvariantCulture) == edit);
            if (year is null)
            {
                return NotFound();
            }
            Input = new InputModel { Year = year.Year.ToString(CultureInfo.InvariantCulture), DaysOff = year.DaysOff, MakeUpWorkingDays = year.MakeUpWorkingDays };
        }
        if (CheckDate is null && CheckDays is null)
        {
            return Page();
        }
        ProblemHeading = "日期查询有误";
        if (!DateOnly.TryParseExact(CheckDate?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            ModelState.AddModelError("date", "请按年-月-日填写日期，如 2025-10-01。");
        }
        var days = 0;
        if (CheckDays is { Length: > 0 } && (!int.TryParse(CheckDays.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out days) || days > 10_000))
        {
            ModelState.AddModelError("days", "工作日数应为 0 至 10000 之间的整数。");
        }
        if (!ModelState.IsValid)
        {
            return Invalid();
        }
        var calendar = await source.GetAsync(ct);
        var working = calendar.IsWorkingDay(date);
        var weekend = date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
        var why = (working, weekend) switch { (true, true) => "调休上班日", (true, false) => "工作日", (false, true) => "周末", (false, false) => "放假日" };
        Check = new DateCheck(date, working, why, calendar.IsKnown(date), days, calendar.AddWorkingDays(date, days));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        ProblemHeading = "日历未保存";
        CalendarYear? parsed = null;
        if (!int.TryParse(Input.Year?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            ModelState.AddModelError("Input.Year", "请填写四位数字的年份，如 2027。");
        }
        else if (!CalendarYear.TryParse(year, Input.DaysOff, Input.MakeUpWorkingDays, out parsed, out var problems))
        {
            // Each message goes to its field: the days off alone give the days-off problems; the rest concern the make-up days.
            CalendarYear.TryParse(year, Input.DaysOff, null, out _, out var daysOffProblems);
            foreach (var problem in problems)
            {
                var key = year is < CalendarYear.MinYear or > CalendarYear.MaxYear ? "Input.Year"
                    : daysOffProblems.Contains(problem) ? "Input.DaysOff" : "Input.MakeUpWorkingDays";
                ModelState.AddModelError(key, problem);
            }
        }
        if (!ModelState.IsValid || parsed is null)
        {
            return Invalid();
        }
        var now = time.GetUtcNow();
        var existing = await db.CalendarYears.SingleOrDefaultAsync(r => r.Year == year, ct);
        var replaced = existing is not null || Years.Any(y => y.Year == year);
        if (existing is null)
        {
            db.CalendarYears.Add(new CalendarYearRecord(parsed, now));
        }
        else
        {
            existing.Update(parsed, now);
        }
        db.AuditAs("日历年度设置", $"{year}年：{(replaced ? "替换" : "新增")}");
        await db.SaveChangesAsync(ct);
        Flash = $"已{(replaced ? "替换" : "添加")} {year} 年的工作日历：放假 {parsed.DaysOff.Sum(r => r.Days().Count())} 天，调休上班 {parsed.MakeUpWorkingDays.Count} 天。";
        return Redirect("/admin/calendar");
    }

    public static string Weekday(DateOnly date) => Weekdays[(int)date.DayOfWeek];

    private async Task LoadAsync(CancellationToken ct)
    {
        PageTitle = "工作日历";
        var added = await db.CalendarYears.AsNoTracking().ToDictionaryAsync(r => r.Year, r => r.UpdatedAt, ct);
        var shipped = ShippedCalendar.Years.Select(y => y.Year).ToHashSet();
        Years = (await source.GetAsync(ct)).Years.OrderByDescending(y => y.Year)
            .Select(y => new YearRow(y.Year, y.DaysOffText(), y.MakeUpWorkingDaysText(), shipped.Contains(y.Year), added.TryGetValue(y.Year, out var at) ? at : null))
            .ToList();
    }
}
