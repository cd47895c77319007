using System.Globalization;
using Microsoft.AspNetCore.Identity;

namespace Gongkai.Staff;

/// <summary>
/// Every one of Identity's messages in Chinese, so no English reaches a page (the password policy,
/// user names, tokens). <c>BackOffice/ChineseIdentityErrorsTests</c> fails when Identity adds one not translated here.
/// </summary>
public sealed class ChineseIdentityErrors : IdentityErrorDescriber
{
    /// <summary>What the sign-in pages say once the account is locked out.</summary>
    public static string LockedOut(TimeSpan lockout) =>
        $"登录失败次数过多，账号已临时锁定 {Math.Ceiling(lockout.TotalMinutes).ToString(CultureInfo.InvariantCulture)} 分钟，请稍后再试或请管理员解锁。";

    public override IdentityError DefaultError() => E(nameof(DefaultError), "操作未能完成。");
    public override IdentityError ConcurrencyFailure() => E(nameof(ConcurrencyFailure), "账号已被其他人修改，请刷新后重试。");
    public override IdentityError PasswordMismatch() => E(nameof(PasswordMismatch), "密码不正确。");
    public override IdentityError InvalidToken() => E(nameof(InvalidToken), "验证码无效或已过期。");
    public override IdentityError RecoveryCodeRedemptionFailed() => E(nameof(RecoveryCodeRedemptionFailed), "恢复码无效或已使用。");
    public override IdentityError LoginAlreadyAssociated() => E(nameof(LoginAlreadyAssociated), "该外部登录已绑定其他账号。");
    public override IdentityError InvalidUserName(string? userName) => E(nameof(InvalidUserName), $"用户名“{userName}”无效：只能包含字母、数字和 - . _ @ +。");
    public override IdentityError InvalidEmail(string? email) => E(nameof(InvalidEmail), $"电子邮箱“{email}”无效。");
    public override IdentityError DuplicateUserName(string userName) => E(nameof(DuplicateUserName), $"用户名“{userName}”已被使用。");
    public override IdentityError DuplicateEmail(string email) => E(nameof(DuplicateEmail), $"电子邮箱“{email}”已被使用。");
    public override IdentityError InvalidRoleName(string? role) => E(nameof(InvalidRoleName), $"角色名“{role}”无效。");
    public override IdentityError DuplicateRoleName(string role) => E(nameof(DuplicateRoleName), $"角色名“{role}”已被使用。");
    public override IdentityError UserAlreadyHasPassword() => E(nameof(UserAlreadyHasPassword), "该账号已设置密码。");
    public override IdentityError UserLockoutNotEnabled() => E(nameof(UserLockoutNotEnabled), "该账号未启用登录失败锁定。");
    public override IdentityError UserAlreadyInRole(string role) => E(nameof(UserAlreadyInRole), $"该账号已有角色“{role}”。");
    public override IdentityError UserNotInRole(string role) => E(nameof(UserNotInRole), $"该账号没有角色“{role}”。");
    public override IdentityError PasswordTooShort(int length) => E(nameof(PasswordTooShort), $"密码至少需要 {length.ToString(CultureInfo.InvariantCulture)} 个字符。");
    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => E(nameof(PasswordRequiresUniqueChars), $"密码至少需要包含 {uniqueChars.ToString(CultureInfo.InvariantCulture)} 个不同的字符。");
    public override IdentityError PasswordRequiresNonAlphanumeric() => E(nameof(PasswordRequiresNonAlphanumeric), "密码必须包含至少一个符号（字母和数字以外的字符）。");
    public override IdentityError PasswordRequiresDigit() => E(nameof(PasswordRequiresDigit), "密码必须包含数字。");
    public override IdentityError PasswordRequiresLower() => E(nameof(PasswordRequiresLower), "密码必须包含小写字母。");
    public override IdentityError PasswordRequiresUpper() => E(nameof(PasswordRequiresUpper), "密码必须包含大写字母。");

    private static IdentityError E(string code, string description) => new() { Code = code, Description = description };
}
