using Gongkai.Bodies;
using Gongkai.Review;
using Gongkai.Staff;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Demo;

public sealed partial class DemoSeeder
{
    /// <summary>The password of every demo account (shown on the sign-in page in demo mode).</summary>
    public const string DemoPassword = "gongkai2026demo";

    /// <summary>One account per role per seed body, named <c>{slug}-{role}</c>, and <c>platform-admin</c>.</summary>
    private async Task SeedAccountsAsync(IEnumerable<Body> bodies)
    {
        await CreateAccountAsync("platform-admin", "平台管理员（演示）", StaffRole.PlatformAdmin, null);
        foreach (var body in bodies)
        {
            foreach (var role in Enum.GetValues<StaffRole>().Where(r => r != StaffRole.PlatformAdmin))
            {
                await CreateAccountAsync($"{body.Slug}-{role.Code()}", $"{body.ShortName}{role.Chinese()}（演示）", role, body);
            }
        }
    }

    /// <summary>
    /// The demo drafts belong to each body's demo drafter, as if they had written them; the ones
    /// marked 审核中 are submitted, so the section heads find them waiting for review.
    /// </summary>
    private async Task GiveDraftsToDraftersAsync(IEnumerable<Body> bodies, CancellationToken ct)
    {
        foreach (var body in bodies)
        {
            var drafter = await users.FindByNameAsync($"{body.Slug}-{StaffRole.Drafter.Code()}")
                ?? throw new InvalidOperationException($"缺少 {body.Slug} 的演示信息员账号。");
            var drafts = await db.Items.Include(i => i.Category).Where(i => i.BodyId == body.Id && i.Status == Items.ItemStatus.Draft).ToListAsync(ct);
            foreach (var item in drafts)
            {
                var proposal = Proposal.ForNewItem(item, drafter.Id, Now);
                db.Proposals.Add(proposal);
                if (item.Title.Contains(Marker("审核中"), StringComparison.Ordinal))
                {
                    proposal.Submit(await ReviewChainSetting.ForAsync(db, item.Category, ct), Now);
                    item.SubmitForReview(Now);
                }
            }
        }
        db.AuditAs("演示稿件分配给信息员");
        await db.SaveChangesAsync(ct);
    }

    private async Task CreateAccountAsync(string userName, string displayName, StaffRole role, Body? body)
    {
        var user = new StaffUser { UserName = userName, DisplayName = displayName, CreatedAt = Now };
        user.Grants.Add(new RoleGrant(role, body));
        var result = await users.CreateAsync(user, DemoPassword);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"演示账号 {userName} 未能创建：" + string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }
}
