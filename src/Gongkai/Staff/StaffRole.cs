namespace Gongkai.Staff;

/// <summary>The roles a person holds in a body (domain.md §2). Platform admin is held for no body in particular.</summary>
public enum StaffRole
{
    Drafter = 1,
    SectionHead = 2,
    ConfidentialityReviewer = 3,
    FinanceAuditor = 4,
    LeadershipApprover = 5,
    ApplicationHandler = 6,
    Supervisor = 7,
    BodyAdmin = 8,
    PlatformAdmin = 9,
    /// <summary>Head of the body's disclosure office (政府信息公开工作机构负责人): approves extensions and replies to applications.</summary>
    DisclosureOfficeHead = 10,
}

public static class StaffRoles
{
    public static string Chinese(this StaffRole role) => role switch
    {
        StaffRole.Drafter => "信息员",
        StaffRole.SectionHead => "科室负责人",
        StaffRole.ConfidentialityReviewer => "保密审查员",
        StaffRole.FinanceAuditor => "审计理财",
        StaffRole.LeadershipApprover => "领导小组",
        StaffRole.ApplicationHandler => "依申请受理人员",
        StaffRole.Supervisor => "监督",
        StaffRole.BodyAdmin => "机构管理员",
        StaffRole.PlatformAdmin => "平台管理员",
        StaffRole.DisclosureOfficeHead => "公开办负责人",
        _ => role.ToString(),
    };

    /// <summary>A supervisor's and a body admin's reach covers the body and every body under it.</summary>
    public static bool CoversSubtree(this StaffRole role) => role is StaffRole.Supervisor or StaffRole.BodyAdmin;

    /// <summary>Roles that sign off or administer need a second factor unless the deployment relaxes it.</summary>
    public static bool NeedsTwoFactor(this StaffRole role) => role is StaffRole.LeadershipApprover or StaffRole.DisclosureOfficeHead or StaffRole.BodyAdmin or StaffRole.PlatformAdmin;

    /// <summary>The short name used in demo account names and URLs.</summary>
    public static string Code(this StaffRole role) => role switch
    {
        StaffRole.Drafter => "drafter",
        StaffRole.SectionHead => "section-head",
        StaffRole.ConfidentialityReviewer => "confidentiality",
        StaffRole.FinanceAuditor => "finance",
        StaffRole.LeadershipApprover => "leader",
        StaffRole.ApplicationHandler => "applications",
        StaffRole.Supervisor => "supervisor",
        StaffRole.BodyAdmin => "admin",
        StaffRole.PlatformAdmin => "platform-admin",
        StaffRole.DisclosureOfficeHead => "office-head",
        _ => role.ToString().ToLowerInvariant(),
    };
}
