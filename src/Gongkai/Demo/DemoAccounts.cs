using Gongkai.Bodies;
using Gongkai.Staff;

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
