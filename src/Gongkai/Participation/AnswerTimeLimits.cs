namespace Gongkai.Participation;

/// <summary>
/// How many working days a body has to answer each kind of opinion: 15 unless configured under
/// <c>Gongkai:Participation:AnswerWorkingDays:{Kind}</c> (for example <c>…:Complaint = 10</c>).
/// </summary>
public sealed class AnswerTimeLimits(IReadOnlyDictionary<OpinionKind, int> days)
{
    public const int Default = 15;

    public int For(OpinionKind kind) => days.TryGetValue(kind, out var d) ? d : Default;

    public static AnswerTimeLimits From(IConfiguration configuration)
    {
        var section = configuration.GetSection("Gongkai:Participation:AnswerWorkingDays");
        var days = new Dictionary<OpinionKind, int>();
        foreach (var kind in Enum.GetValues<OpinionKind>())
        {
            var value = section.GetValue<int?>(kind.ToString());
            if (value is { } d)
            {
                if (d is < 1 or > 60)
                {
                    throw new InvalidOperationException($"Gongkai:Participation:AnswerWorkingDays:{kind} 应为 1 至 60 个工作日，现为 {d}。");
                }
                days[kind] = d;
            }
        }
        return new AnswerTimeLimits(days);
    }
}
