using Gongkai.Calendar;

namespace Gongkai.Applications;

/// <summary>Why the reply clock stood still (domain.md §5: this time is not counted).</summary>
public enum PauseKind
{
    /// <summary>A pause entered in the public calculator, without saying why.</summary>
    Unspecified = 0,
    /// <summary>Art. 32: a third party is consulted.</summary>
    ThirdParty = 1,
    /// <summary>Art. 34: a body that made the information jointly is consulted.</summary>
    CoProducer = 2,
    /// <summary>2020 fee measures: from the fee notice to payment.</summary>
    Fee = 3,
}

/// <summary>A span the reply clock does not count: the working days after <see cref="Start"/> up to and including <see cref="End"/>.</summary>
public sealed record ClockPause(DateOnly Start, DateOnly End, PauseKind Kind)
{
    public bool Removes(DateOnly date) => date > Start && date <= End;
}

/// <summary>What the clock is computed from: the receipt, the latest correction received, the pauses and the extension granted.</summary>
public sealed record ClockFacts(DateOnly Received, DateOnly? Corrected, IReadOnlyList<ClockPause> Pauses, int ExtensionDays)
{
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (Corrected < Received)
        {
            problems.Add("补正收到日期不能早于申请收到日期。");
        }
        if (ExtensionDays is < 0 or > ApplicationClock.MaxExtensionDays)
        {
            problems.Add($"延期最多 {ApplicationClock.MaxExtensionDays} 个工作日。");
        }
        if (Pauses.Any(p => p.End < p.Start))
        {
            problems.Add("中止计时的结束日期不能早于开始日期。");
        }
        if (Pauses.Any(p => p.Start < Received))
        {
            problems.Add("中止计时不能早于申请收到日期。");
        }
        return problems;
    }
}

/// <summary>
/// The reply deadline with everything that shaped it: day 0, the days counted, the days not counted
/// because of a pause, and the due dates with and without the extension.
/// </summary>
public sealed record ApplicationDeadline(
    DateOnly DayZero,
    WorkingDayResult CorrectionNoticeDue,
    WorkingDayResult DueWithoutExtension,
    WorkingDayResult Due,
    IReadOnlyList<DateOnly> CountedDays,
    IReadOnlyList<PausedDay> PausedDays)
{
    public bool Provisional => Due.Provisional;
}

/// <summary>A working day that was not counted, and the pause that removed it.</summary>
public sealed record PausedDay(DateOnly Date, PauseKind Kind);

/// <summary>
/// The statutory clock for applications (Arts. 30–33), by the one counting rule of domain.md §5:
/// day 0 is the receipt date, or the day a correction is received; the reply is due on the day the
/// count of counted working days after day 0 reaches 20 plus any extension; a pause removes the
/// working days after its first day up to and including its last; the correction notice is due
/// 7 working days after the original receipt.
/// </summary>
public static class ApplicationClock
{
    public const int ReplyWorkingDays = 20;
    public const int MaxExtensionDays = 20;
    public const int CorrectionNoticeWorkingDays = 7;
    /// <summary>Art. 32: the time a third party has to answer.</summary>
    public const int ConsultationWorkingDays = 15;
    /// <summary>2020 fee measures: unpaid this long after the notice → deemed abandoned.</summary>
    public const int FeePaymentWorkingDays = 20;

    public static ApplicationDeadline Compute(WorkingDayCalendar calendar, ClockFacts facts)
    {
        var problems = facts.Problems();
        if (problems.Count > 0)
        {
            throw new ArgumentException(string.Join(" ", problems), nameof(facts));
        }
        var dayZero = facts.Corrected ?? facts.Received;
        var target = ReplyWorkingDays + facts.ExtensionDays;
        var counted = new List<DateOnly>(target);
        var paused = new List<PausedDay>();
        var provisional = false;
        WorkingDayResult? withoutExtension = null;
        var date = dayZero;
        while (counted.Count < target)
        {
            date = date.AddDays(1);
            provisional |= !calendar.IsKnown(date);
            if (!calendar.IsWorkingDay(date))
            {
                continue;
            }
            if (facts.Pauses.FirstOrDefault(p => p.Removes(date)) is { } pause)
            {
                paused.Add(new PausedDay(date, pause.Kind));
                continue;
            }
            counted.Add(date);
            if (counted.Count == ReplyWorkingDays)
            {
                withoutExtension = new WorkingDayResult(date, provisional);
            }
        }
        return new ApplicationDeadline(
            dayZero,
            calendar.AddWorkingDays(facts.Received, CorrectionNoticeWorkingDays),
            withoutExtension!.Value,
            new WorkingDayResult(date, provisional),
            counted,
            paused);
    }
}
