using Gongkai.Data;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Applications;

/// <summary>Counts per applicant type: one row of table 三, with its 总计 the sum of the six columns.</summary>
public sealed class TypeCounts
{
    private readonly int[] _counts = new int[ApplicationStatistics.Columns.Count];

    public int this[ApplicantType type] => _counts[Column(type)];

    public int Total => _counts.Sum();

    internal void Add(ApplicantType type) => _counts[Column(type)]++;

    private static int Column(ApplicantType type) => (int)type - 1;
}

/// <summary>Table 四: appeals by kind and by result at the end of the year.</summary>
public sealed class AppealCounts
{
    private readonly int[,] _counts = new int[3, 4];

    public int this[AppealKind kind, AppealResult result] => _counts[(int)kind - 1, (int)result - 1];

    public int Total(AppealKind kind) => Enumerable.Range(0, 4).Sum(r => _counts[(int)kind - 1, r]);

    internal void Add(AppealKind kind, AppealResult result) => _counts[(int)kind - 1, (int)result - 1]++;
}

/// <summary>
/// The application figures of one body's annual report for one year (domain.md §8, tables 三 and 四).
/// An application counts once it has a date of receipt:
/// 一 本年新收 — received in the year; 二 上年结转 — received before the year and not closed before it;
/// 三 办理结果 — closed in the year, under its one outcome row (a partial disclosure only under （二）);
/// 四 结转下年度继续办理 — received by the end of the year and not closed by then. So 一 + 二 = （七） + 四 in
/// every column, and this year's 二 is last year's 四. Appeals count in the year they were filed,
/// with their result at the end of the year (尚未审结 when not decided by then).
/// </summary>
public sealed class ApplicationYearStatistics
{
    public required int BodyId { get; init; }
    public required int Year { get; init; }
    public TypeCounts NewThisYear { get; } = new();
    public TypeCounts CarriedIn { get; } = new();
    /// <summary>Every outcome row, in the order of <see cref="Outcome.All"/>.</summary>
    public IReadOnlyDictionary<string, TypeCounts> Outcomes { get; } = Outcome.All.ToDictionary(o => o.Code, _ => new TypeCounts());
    /// <summary>（七）总计.</summary>
    public TypeCounts Closed { get; } = new();
    public TypeCounts CarriedOver { get; } = new();
    public AppealCounts Appeals { get; } = new();

    /// <summary>The checks of domain.md §8 that one year's figures must pass; empty when all hold.</summary>
    public IReadOnlyList<string> Inconsistencies()
    {
        var problems = new List<string>();
        foreach (var (name, pick) in ApplicationStatistics.Columns.Select(t => (t.Chinese(), (Func<TypeCounts, int>)(c => c[t])))
            .Append(("总计", c => c.Total)))
        {
            if (pick(NewThisYear) + pick(CarriedIn) != pick(Closed) + pick(CarriedOver))
            {
                problems.Add($"“{name}”列：本年新收加上年结转不等于办理结果总计加结转下年度。");
            }
            if (Outcomes.Values.Sum(pick) != pick(Closed))
            {
                problems.Add($"“{name}”列：（七）总计不等于各项办理结果之和。");
            }
        }
        return problems;
    }
}

/// <summary>The one query behind the annual report's application tables (deliverable 8 of issue 4).</summary>
public static class ApplicationStatistics
{
    /// <summary>The six applicant-type columns of table 三, in order.</summary>
    public static readonly IReadOnlyList<ApplicantType> Columns = Enum.GetValues<ApplicantType>();

    /// <summary>The three kinds of table 四, in order.</summary>
    public static readonly IReadOnlyList<AppealKind> AppealKinds = Enum.GetValues<AppealKind>();

    /// <summary>The four results of table 四, in order (总计 is their sum).</summary>
    public static readonly IReadOnlyList<AppealResult> AppealResults = Enum.GetValues<AppealResult>();

    public static async Task<ApplicationYearStatistics> ForAsync(GongkaiDb db, int bodyId, int year, CancellationToken ct = default)
    {
        var start = new DateOnly(year, 1, 1);
        var end = new DateOnly(year, 12, 31);
        var applications = await db.Applications.AsNoTracking()
            .Where(a => a.BodyId == bodyId && a.ReceivedOn != null && a.ReceivedOn <= end && (a.ClosedOn == null || a.ClosedOn >= start))
            .Select(a => new { a.Applicant.Type, ReceivedOn = a.ReceivedOn!.Value, a.ClosedOn, a.OutcomeCode })
            .ToListAsync(ct);
        var appeals = await db.ApplicationAppeals.AsNoTracking()
            .Where(x => x.Application.BodyId == bodyId && x.FiledOn >= start && x.FiledOn <= end)
            .Select(x => new { x.Kind, x.Result, x.DecidedOn })
            .ToListAsync(ct);

        var statistics = new ApplicationYearStatistics { BodyId = bodyId, Year = year };
        foreach (var a in applications)
        {
            (a.ReceivedOn >= start ? statistics.NewThisYear : statistics.CarriedIn).Add(a.Type);
            if (a.ClosedOn is { } closed && closed <= end)
            {
                // A closed application always has a known code; （六）3 其他 keeps the sums whole if one did not.
                statistics.Outcomes[Outcome.Find(a.OutcomeCode)?.Code ?? "6.3"].Add(a.Type);
                statistics.Closed.Add(a.Type);
            }
            else
            {
                statistics.CarriedOver.Add(a.Type);
            }
        }
        foreach (var x in appeals)
        {
            statistics.Appeals.Add(x.Kind, ApplicationAppeal.ResultOn(x.Result, x.DecidedOn, end));
        }
        return statistics;
    }
}
