using Gongkai.BackOffice;
using Gongkai.Data;
using Gongkai.Staff;
using Gongkai.Staff.Admin;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Gongkai.Audit.Admin;

/// <summary>
/// Base of the audit log pages: for platform admins, and for people who are supervisor or body
/// admin of some body; anyone else gets 403 before a handler runs. Supervisors and body admins
/// read the records of their bodies and every body below them; records that concern no body
/// (accounts, the calendar, catalogue templates) are for platform admins only.
/// </summary>
public abstract class AuditPageModel : AdminPageModel
{
    private int[] _bodies = [];

    public bool IsPlatformAdmin { get; private set; }

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var reach = await Access.ReachAsync(HttpContext.RequestAborted);
        IsPlatformAdmin = reach.IsPlatformAdmin;
        _bodies = [.. reach.BodiesWith(StaffRole.Supervisor, StaffRole.BodyAdmin)];
        if (!IsPlatformAdmin && _bodies.Length == 0)
        {
            context.Result = Forbid();
            return;
        }
        await next();
    }

    /// <summary>The records this person may read; any other record is answered with 404.</summary>
    protected IQueryable<AuditRecord> RecordsInReach(GongkaiDb db) =>
        IsPlatformAdmin ? db.AuditRecords : db.AuditRecords.Where(r => r.BodyId != null && _bodies.Contains(r.BodyId.Value));

    /// <summary>The bodies whose records this person may read, in tree order.</summary>
    protected Task<IReadOnlyList<BodyChoice>> BodiesInReachAsync(GongkaiDb db, CancellationToken ct) =>
        BodyChoice.InTreeOrderAsync(db, id => IsPlatformAdmin || _bodies.Contains(id), ct);

    /// <summary>The entity types as people know them; unknown types are shown as they are stored.</summary>
    public static string EntityName(string type) => type switch
    {
        "DisclosureItem" => "公开信息",
        "ItemVersion" => "信息版本",
        "ItemChannel" => "发布渠道",
        "Attachment" => "附件",
        "Proposal" => "稿件",
        "ReviewDecision" => "审核意见",
        "PrivacyResolution" => "个人信息处理",
        "ReviewChainSetting" => "审核流程设置",
        "Body" => "机构",
        "BodyContacts" => "机构联系方式",
        "ReadingRoom" => "查阅场所",
        "GuideVersion" => "公开指南版本",
        "GuideProposal" => "公开指南稿件",
        "CatalogueTemplate" => "目录模板",
        "CatalogueTemplateRow" => "目录模板条目",
        "CatalogueCategory" => "目录栏目",
        "StaffUser" => "工作人员账号",
        "RoleGrant" => "角色授予",
        "CalendarYearRecord" => "工作日历年度",
        "IdentityUserToken`1" => "账号令牌",
        "IdentityUserClaim`1" => "账号声明",
        "IdentityUserLogin`1" => "外部登录",
        _ => type,
    };
}
