using Gongkai.Staff;

namespace Gongkai.Guides;

/// <summary>
/// The audit trail's names for what happens to a guide text. All start with 公开指南, so the audit
/// log's action filter finds the whole history of guide changes with that one word.
/// </summary>
public static class GuideAudit
{
    public const string Draft = "公开指南：起草";
    public const string Edit = "公开指南：修改稿件";
    public const string Submit = "公开指南：送审";
    public const string Mask = "公开指南：遮盖个人信息";
    public const string Justify = "公开指南：保留个人信息并说明理由";
    public const string Publish = "公开指南：发布新版本";

    public static string Decide(StaffRole role, bool approve) => $"公开指南：{role.Chinese()}{(approve ? "审核通过" : "退回")}";
}
