using Gongkai.BackOffice;
using Gongkai.Staff;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Gongkai.Audit.Admin;

/// <summary>
/// Base of the audit log pages: for platform admins, and for people who are supervisor or body
/// admin of some body; anyone else gets 403 before a handler runs.
/// </summary>
/// <remarks>
/// For now every such reader sees every record. A record names its entity (type and id) but not
/// the body it belongs to, so limiting a supervisor to the records of their bodies needs a body id
/// on the record (future: an <c>AuditRecord.BodyId</c> filled in by <see cref="AuditTrail"/> from
/// the entity, and this base filtering on <c>reach.BodiesWith(Supervisor, BodyAdmin)</c>).
/// </remarks>
public abstract class AuditPageModel : AdminPageModel
{
    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var reach = await Access.ReachAsync(HttpContext.RequestAborted);
        if (!reach.IsPlatformAdmin && reach.BodiesWith(StaffRole.Supervisor, StaffRole.BodyAdmin).Count == 0)
        {
            context.Result = Forbid();
            return;
        }
        await next();
    }

    /// <summary>The entity types as people know them; unknown types are shown as they are stored.</summary>
    public static string EntityName(string type) => type switch
    {
        "DisclosureItem" => "公开信息",
        "ItemVersion" => "信息版本",
        "Attachment" => "附件",
        "Body" => "机构",
        "GuideVersion" => "公开指南版本",
        "GuideProposal" => "公开指南稿件",
        "CatalogueTemplate" => "目录模板",
        "CatalogueCategory" => "目录栏目",
        "StaffUser" => "工作人员账号",
        "RoleGrant" => "角色授予",
        "CalendarYearRecord" => "工作日历年度",
        "IdentityUserToken`1" => "账号令牌",
        _ => type,
    };
}
