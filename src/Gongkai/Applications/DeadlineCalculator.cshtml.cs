using Gongkai.Calendar;
using Gongkai.Portal;
using Microsoft.AspNetCore.Mvc;

namespace Gongkai.Applications;

/// <summary>
/// The public deadline calculator: anyone enters a receipt date, a correction, pauses and an
/// extension and sees the reply due date with every working day counted (the same computation
/// the handlers' queue uses).
/// </summary>
public sealed class DeadlineCalculatorModel(CalendarSource calendars) : PortalPageModel
{
    public const int PauseRows = 3;

    [BindProperty(SupportsGet = true)] public string? Received { get; set; }
    [BindProperty(SupportsGet = true)] public string? Corrected { get; set; }
    [BindProperty(SupportsGet = true)] public string? Extension { get; set; }
    [BindProperty(SupportsGet = true)] public string?[] PauseFrom { get; set; } = [];
    [BindProperty(SupportsGet = true)] public string?[] PauseTo { get; set; } = [];

    public IReadOnlyList<string> Problems { get; private set; } = [];
    public ApplicationDeadline? Deadline { get; private set; }
    public ClockFacts? Facts { get; private set; }
    public WorkingDayCalendar Calendar { get; private set; } = null!;

    public string? PauseFromAt(int i) => i < PauseFrom.Length ? PauseFrom[i] : null;
    public string? PauseToAt(int i) => i < PauseTo.Length ? PauseTo[i] : null;

    public async Task<IActionResult> OnGetAsync()
    {
        PageTitle = "依申请公开答复期限计算";
        StartCrumbs(null);
        Crumbs.Add(new Crumb(PageTitle));
        Calendar = await calendars.GetAsync();
        if (Received is null && Corrected is null && Extension is null && PauseFrom.Length == 0 && PauseTo.Length == 0)
        {
            return Page();
        }
        var pauses = new List<string>();
        var halfFilled = false;
        for (var i = 0; i < Math.Max(PauseFrom.Length, PauseTo.Length); i++)
        {
            var (from, to) = (PauseFromAt(i)?.Trim(), PauseToAt(i)?.Trim());
            if (string.IsNullOrEmpty(from) && string.IsNullOrEmpty(to))
            {
                continue;
            }
            halfFilled |= string.IsNullOrEmpty(from) || string.IsNullOrEmpty(to);
            pauses.Add($"{from}:{to}");
        }
        ClockFactsText.TryParse(Received, Corrected, halfFilled ? [] : pauses, Extension, out var facts, out var problems);
        Problems = halfFilled ? [.. problems, "每个中止期间须同时填写开始和结束日期。"] : problems;
        if (Problems.Count > 0 || facts is null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        Facts = facts;
        Deadline = ApplicationClock.Compute(Calendar, facts);
        return Page();
    }

    /// <summary>The same question asked of the API.</summary>
    public string ApiLink()
    {
        var f = Facts!;
        var parts = new List<string> { $"received={f.Received:yyyy-MM-dd}" };
        if (f.Corrected is { } c)
        {
            parts.Add($"corrected={c:yyyy-MM-dd}");
        }
        parts.AddRange(f.Pauses.Select(p => $"pause={p.Start:yyyy-MM-dd}:{p.End:yyyy-MM-dd}"));
        if (f.ExtensionDays > 0)
        {
            parts.Add($"extension={f.ExtensionDays}");
        }
        return "/api/v1/calendar/application-deadline?" + string.Join('&', parts);
    }
}
