using Gongkai.Staff;

namespace Gongkai.Review;

/// <summary>
/// The ordered review steps (逐级审核) an item goes through before publication. The default is
/// section head → confidentiality review → finance audit (for money matters only) → leadership;
/// a body may configure its own chain, for all its catalogue or for one category.
/// </summary>
public sealed record ReviewPlan(IReadOnlyList<StaffRole> Steps)
{
    public static readonly IReadOnlyList<StaffRole> Reviewers =
        [StaffRole.SectionHead, StaffRole.ConfidentialityReviewer, StaffRole.FinanceAuditor, StaffRole.LeadershipApprover];

    public static ReviewPlan Default(bool financial) => new(financial
        ? [StaffRole.SectionHead, StaffRole.ConfidentialityReviewer, StaffRole.FinanceAuditor, StaffRole.LeadershipApprover]
        : [StaffRole.SectionHead, StaffRole.ConfidentialityReviewer, StaffRole.LeadershipApprover]);

    /// <summary>Stored as role names separated by commas.</summary>
    public string Text => string.Join(',', Steps);

    public static ReviewPlan Parse(string text) =>
        new(text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(Enum.Parse<StaffRole>).ToList());

    /// <summary>A chain must end with leadership approval, contain confidentiality review, and use reviewer roles once each.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (Steps.Count == 0 || Steps[^1] != StaffRole.LeadershipApprover)
        {
            problems.Add("审核流程的最后一步必须是领导小组审批。");
        }
        if (!Steps.Contains(StaffRole.ConfidentialityReviewer))
        {
            problems.Add("审核流程必须包含保密审查（条例第十七条）。");
        }
        if (Steps.Any(s => !Reviewers.Contains(s)))
        {
            problems.Add("审核步骤只能由科室负责人、保密审查员、审计理财和领导小组担任。");
        }
        if (Steps.Distinct().Count() != Steps.Count)
        {
            problems.Add("同一角色在审核流程中只能出现一次。");
        }
        return problems;
    }

    public string Describe() => string.Join(" → ", Steps.Select(s => s.Chinese()));
}
