using Gongkai.Bodies;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gongkai.Staff;

/// <summary>A role a person holds in one body (or, for platform admin, on the whole platform).</summary>
public class RoleGrant
{
    private RoleGrant() { }

    public RoleGrant(StaffRole role, Body? body)
    {
        if (role == StaffRole.PlatformAdmin && body is not null)
        {
            throw new InvalidOperationException("平台管理员不属于某个机构。");
        }
        if (role != StaffRole.PlatformAdmin && body is null)
        {
            throw new InvalidOperationException("除平台管理员外，角色必须属于某个机构。");
        }
        Role = role;
        Body = body;
    }

    public int Id { get; private set; }
    public int UserId { get; private set; }
    public StaffRole Role { get; private set; }
    public int? BodyId { get; private set; }
    public Body? Body { get; private set; }
}

internal sealed class RoleGrantConfiguration : IEntityTypeConfiguration<RoleGrant>
{
    public const string UniqueIndex = "ix_role_grants_user_body_role";

    public void Configure(EntityTypeBuilder<RoleGrant> b)
    {
        b.ToTable("role_grants");
        b.HasIndex(x => new { x.UserId, x.BodyId, x.Role }).IsUnique().HasDatabaseName(UniqueIndex);
        b.HasOne(x => x.Body).WithMany().HasForeignKey(x => x.BodyId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class StaffUserConfiguration : IEntityTypeConfiguration<StaffUser>
{
    public void Configure(EntityTypeBuilder<StaffUser> b)
    {
        b.Property(x => x.DisplayName).HasMaxLength(StaffUser.DisplayNameMaxLength);
        b.HasMany(x => x.Grants).WithOne().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
