using System.ComponentModel.DataAnnotations;
using Gongkai.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Staff.Admin;

/// <summary>
/// Creates a staff account with its first role, in a body the admin administers. The initial
/// password is typed, or generated and shown once on the result page (never stored or sent elsewhere).
/// </summary>
public sealed class NewUserModel(GongkaiDb db, UserManager<StaffUser> users, TimeProvider time) : UserAdminPageModel
{
    public sealed class InputModel
    {
        [Required(ErrorMessage = "请填写用户名。")]
        [StringLength(256, ErrorMessage = "用户名最多 {1} 个字符。")]
        public string UserName { get; set; } = "";

        [Required(ErrorMessage = "请填写姓名。")]
        [StringLength(StaffUser.DisplayNameMaxLength, ErrorMessage = "姓名最多 {1} 个字符。")]
        public string DisplayName { get; set; } = "";

        [StringLength(256, ErrorMessage = "密码最多 {1} 个字符。")]
        public string? Password { get; set; }

        public string? Role { get; set; }
        public string? BodyId { get; set; }
    }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public IReadOnlyList<BodyChoice> Bodies { get; private set; } = [];
    public IReadOnlyList<StaffRole> Roles => Scope.GrantableRoles;

    /// <summary>Set once the account exists with a generated password: the only time it is shown.</summary>
    public (int Id, string UserName, string Password)? Created { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        Input.UserName = Input.UserName?.Trim() ?? ""; // the binder turns an empty field into null
        Input.DisplayName = Input.DisplayName?.Trim() ?? "";
        var grant = ReadGrant(ModelState, nameof(Input), Input.Role, Input.BodyId, Bodies, out var forbidden);
        if (forbidden)
        {
            return Forbid();
        }
        var generated = string.IsNullOrEmpty(Input.Password);
        var password = generated ? UserCommands.NewPassword() : Input.Password!;
        var user = new StaffUser { UserName = Input.UserName, DisplayName = Input.DisplayName, CreatedAt = time.GetUtcNow() };
        // Identity's own checks of the user name and the password, so every problem is reported at once.
        if (Input.UserName.Length > 0 && ModelState.GetFieldValidationState("Input.UserName") != ModelValidationState.Invalid)
        {
            foreach (var validator in users.UserValidators)
            {
                AddErrors(await validator.ValidateAsync(users, user), "Input.UserName");
            }
        }
        if (ModelState.GetFieldValidationState("Input.Password") != ModelValidationState.Invalid)
        {
            foreach (var validator in users.PasswordValidators)
            {
                AddErrors(await validator.ValidateAsync(users, user, password), "Input.Password");
            }
        }
        if (!ModelState.IsValid || grant is not var (role, body))
        {
            Input.Password = null;
            return Invalid();
        }

        var trackedBody = body is null ? null : await db.Bodies.SingleAsync(b => b.Id == body.Id, ct);
        user.Grants.Add(new RoleGrant(role, trackedBody));
        var described = Describe(role, body?.Name);
        db.AuditAs("新建用户", $"{user.UserName}：{described}");
        var result = await users.CreateAsync(user, password);
        if (!result.Succeeded)
        {
            AddErrors(result, "Input.UserName");
            Input.Password = null;
            return Invalid();
        }
        if (generated)
        {
            Created = (user.Id, user.UserName, password);
            Response.Headers.CacheControl = "no-store";
            return Page();
        }
        Flash = $"已创建用户 {user.UserName}（{described}）。请将初始密码当面或通过安全渠道告知本人，并提醒其登录后修改。";
        return Redirect($"/admin/users/{user.Id}");
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        PageTitle = "新建用户";
        Bodies = await Scope.BodyChoicesAsync(db, ct);
    }

    private void AddErrors(IdentityResult result, string key)
    {
        foreach (var error in result.Errors)
        {
            ModelState.AddModelError(key, error.Description);
        }
    }
}
