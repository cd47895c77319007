using System.Security.Cryptography;
using Gongkai.Cli;
using Gongkai.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Staff;

/// <summary><c>gongkai user add</c>: creates a staff account, by default the first platform admin.</summary>
public static class UserCommands
{
    public const string Usage = "gongkai user add 用户名 --name 姓名 [--password 密码] [--email 邮箱] [--role platform-admin|drafter|section-head|confidentiality|finance|leader|applications|supervisor|admin --body 机构地址名]";

    public static async Task<int> AddAsync(string[] args, IServiceProvider services, TextWriter output)
    {
        var cli = new CliArgs(args);
        if (cli.Positional.Count != 1)
        {
            throw new CliException("请给出一个用户名。");
        }
        var roleCode = cli.Option("--role") ?? StaffRole.PlatformAdmin.Code();
        var role = Enum.GetValues<StaffRole>().FirstOrDefault(r => r.Code() == roleCode);
        if (role == default)
        {
            throw new CliException($"未知角色“{roleCode}”。");
        }
        var db = services.GetRequiredService<GongkaiDb>();
        Bodies.Body? body = null;
        if (role != StaffRole.PlatformAdmin)
        {
            var slug = cli.Required("--body");
            body = await db.Bodies.FirstOrDefaultAsync(b => b.Slug == slug) ?? throw new CliException($"没有地址名为“{slug}”的机构。");
        }
        var generated = cli.Option("--password") is null;
        var password = cli.Option("--password") ?? NewPassword();
        var user = new StaffUser
        {
            UserName = cli.Positional[0],
            DisplayName = cli.Option("--name") ?? cli.Positional[0],
            Email = cli.Option("--email"),
            CreatedAt = services.GetRequiredService<TimeProvider>().GetUtcNow(),
        };
        user.Grants.Add(new RoleGrant(role, body));
        var users = services.GetRequiredService<UserManager<StaffUser>>();
        var result = await users.CreateAsync(user, password);
        if (!result.Succeeded)
        {
            await output.WriteLineAsync("未能创建用户：" + string.Join(" ", result.Errors.Select(e => e.Description)));
            return 1;
        }
        await output.WriteLineAsync($"已创建用户 {user.UserName}（{role.Chinese()}{(body is null ? "" : "，" + body.Name)}）。");
        if (generated)
        {
            await output.WriteLineAsync($"初始密码：{password}　请登录后立即修改，并设置双因素认证。");
        }
        return 0;
    }

    /// <summary>A random password that meets the policy: 16 letters and digits.</summary>
    public static string NewPassword()
    {
        const string letters = "abcdefghijkmnpqrstuvwxyz";
        const string digits = "23456789";
        var chars = Enumerable.Range(0, 14).Select(_ => letters[RandomNumberGenerator.GetInt32(letters.Length)])
            .Concat(Enumerable.Range(0, 2).Select(_ => digits[RandomNumberGenerator.GetInt32(digits.Length)]));
        return new string(chars.ToArray());
    }
}
