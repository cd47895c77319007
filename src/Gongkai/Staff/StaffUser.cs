using Microsoft.AspNetCore.Identity;

namespace Gongkai.Staff;

/// <summary>A member of staff who signs in to the back office. What they may do is in their <see cref="RoleGrant"/>s.</summary>
public class StaffUser : IdentityUser<int>
{
    public const int DisplayNameMaxLength = 64;

    public string DisplayName { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public List<RoleGrant> Grants { get; } = [];
}
