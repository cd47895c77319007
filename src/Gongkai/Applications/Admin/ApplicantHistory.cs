using Gongkai.Text;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Applications.Admin;

/// <summary>One earlier application of the same applicant, as the handler sees it in the list.</summary>
public sealed record EarlierApplication(int Id, string TrackingCode, string BodyName, DateTimeOffset SubmittedAt, string Summary,
    ApplicationStatus Status, string? OutcomeCode)
{
    public Outcome? Outcome => Outcome.Find(OutcomeCode);
}

/// <summary>
/// What the handler needs to spot repeat and excessive applications (Arts. 35 and 36(六)) and to
/// apply the per-application fee bands: the same applicant's earlier applications, and their
/// applications to this body in the calendar month of this one.
/// </summary>
public sealed record ApplicantHistoryView(
    int ApplicationId,
    IReadOnlyList<EarlierApplication> Earlier,
    int EarlierCount,
    int Year,
    int Month,
    int MonthCount,
    int NumberInMonth)
{
    /// <summary>The per-application fee band this application falls in, counted by its place in the month.</summary>
    public FeeBand FeeBand => InformationFee.BandOf(FeeMode.PerApplication, Math.Max(1, NumberInMonth));
}

/// <summary>
/// Finds the same applicant's applications by <see cref="Applicant.IdMatchKey"/> (the keyed hash of
/// the ID number, never the number itself). Earlier applications are listed only from the bodies
/// the signed-in person may read (<see cref="AdminApplications"/>); the month's count is of
/// applications to the same body, which is the one that charges the fee, by submission time in China.
/// </summary>
public sealed class ApplicantHistory(AdminApplications applications)
{
    /// <summary>Enough to see a pattern; the count says how many there are in all.</summary>
    public const int ListLimit = 50;

    public async Task<ApplicantHistoryView> ForAsync(DisclosureApplication application, CancellationToken ct = default)
    {
        var key = application.Applicant.IdMatchKey;
        var readable = await applications.QueryAsync(ct);
        var same = readable.IgnoreAutoIncludes().Where(a => a.Applicant.IdMatchKey == key && a.Id != application.Id);

        var submitted = application.SubmittedAt.ToUniversalTime();
        var earlier = same.Where(a => a.SubmittedAt < submitted || (a.SubmittedAt == submitted && a.Id < application.Id));
        var list = await earlier
            .OrderByDescending(a => a.SubmittedAt).ThenByDescending(a => a.Id)
            .Take(ListLimit)
            .Select(a => new
            {
                a.Id,
                a.TrackingCode,
                BodyName = a.Body.Name,
                a.SubmittedAt,
                a.Request.Title,
                a.Request.DocumentNumber,
                a.Request.Description,
                a.Status,
                a.OutcomeCode,
            })
            .ToListAsync(ct);
        var earlierCount = list.Count < ListLimit ? list.Count : await earlier.CountAsync(ct);

        var local = application.SubmittedAt.ToChina();
        var monthStart = new DateTimeOffset(local.Year, local.Month, 1, 0, 0, 0, ChinaTime.Offset);
        var (from, to) = (monthStart.ToUniversalTime(), monthStart.AddMonths(1).ToUniversalTime());
        var month = same.Where(a => a.BodyId == application.BodyId && a.SubmittedAt >= from && a.SubmittedAt < to);
        var monthOthers = await month.CountAsync(ct);
        var monthBefore = await month.CountAsync(a => a.SubmittedAt < submitted || (a.SubmittedAt == submitted && a.Id < application.Id), ct);

        return new ApplicantHistoryView(
            application.Id,
            [.. list.Select(a => new EarlierApplication(a.Id, a.TrackingCode, a.BodyName, a.SubmittedAt,
                new RequestedInformation(a.Title, a.DocumentNumber, a.Description, default, default).Summary, a.Status, a.OutcomeCode))],
            earlierCount,
            local.Year,
            local.Month,
            MonthCount: monthOthers + 1,
            NumberInMonth: monthBefore + 1);
    }
}
