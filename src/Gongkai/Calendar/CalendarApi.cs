using System.Globalization;

namespace Gongkai.Calendar;

/// <summary>The working-day calendar for the public, so anyone can check a statutory deadline.</summary>
public static class CalendarApi
{
    public sealed record WorkingDaysAnswer(DateOnly From, int Days, DateOnly Date, bool Provisional);

    public sealed record WorkingDayAnswer(DateOnly Date, bool WorkingDay, bool Known);

    public sealed record ApplicationDeadlineAnswer(
        DateOnly Received, DateOnly? Corrected, DateOnly DayZero, int ExtensionDays,
        DateOnly CorrectionNoticeDue, DateOnly DueWithoutExtension, DateOnly Due, bool Provisional,
        IReadOnlyList<DateOnly> CountedDays, IReadOnlyList<DateOnly> PausedDays);

    public static IEndpointRouteBuilder MapCalendarApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/calendar").WithTags("工作日历").AllowAnonymous();
        api.MapGet("/add-working-days", async (string? from, string? days, CalendarSource source) =>
        {
            if (!TryDate(from, out var start))
            {
                return Results.Problem(title: "from 应为 YYYY-MM-DD 格式的日期。", statusCode: 400);
            }
            if (!int.TryParse(days, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) || n is < 0 or > 10_000)
            {
                return Results.Problem(title: "days 应为 0 至 10000 之间的整数。", statusCode: 400);
            }
            var result = (await source.GetAsync()).AddWorkingDays(start, n);
            return Results.Ok(new WorkingDaysAnswer(start, n, result.Date, result.Provisional));
        }).WithSummary("某日之后第 N 个工作日（第 0 日为起算日）；超出已知日历时 provisional 为 true");
        api.MapGet("/is-working-day", async (string? date, CalendarSource source) =>
        {
            if (!TryDate(date, out var day))
            {
                return Results.Problem(title: "date 应为 YYYY-MM-DD 格式的日期。", statusCode: 400);
            }
            var calendar = await source.GetAsync();
            return Results.Ok(new WorkingDayAnswer(day, calendar.IsWorkingDay(day), calendar.IsKnown(day)));
        }).WithSummary("某日是否为工作日（含调休上班日）");
        api.MapGet("/application-deadline", async (string? received, string? corrected, string[]? pause, string? extension, CalendarSource source) =>
        {
            if (!Applications.ClockFactsText.TryParse(received, corrected, pause ?? [], extension, out var facts, out var problems))
            {
                return Results.Problem(title: string.Join(" ", problems), statusCode: 400);
            }
            var d = Applications.ApplicationClock.Compute(await source.GetAsync(), facts!);
            return Results.Ok(new ApplicationDeadlineAnswer(
                facts!.Received, facts.Corrected, d.DayZero, facts.ExtensionDays, d.CorrectionNoticeDue.Date, d.DueWithoutExtension.Date,
                d.Due.Date, d.Provisional, d.CountedDays, [.. d.PausedDays.Select(p => p.Date)]));
        }).WithSummary("依申请公开答复期限：received 为收到日（第 0 日），corrected 为补正收到日，pause 可重复（YYYY-MM-DD:YYYY-MM-DD，不计入的期间），extension 为延期工作日数（≤20）");
        return app;
    }

    private static bool TryDate(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
