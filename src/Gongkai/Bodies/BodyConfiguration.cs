using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gongkai.Bodies;

internal sealed class BodyConfiguration : IEntityTypeConfiguration<Body>
{
    public const string SlugIndex = "ix_bodies_slug";
    public const string CodeIndex = "ix_bodies_code";

    public void Configure(EntityTypeBuilder<Body> b)
    {
        b.ToTable("bodies");
        b.Property(x => x.Slug).HasMaxLength(Body.SlugMaxLength);
        b.Property(x => x.Code).HasMaxLength(32);
        b.Property(x => x.Name).HasMaxLength(Body.NameMaxLength);
        b.Property(x => x.ShortName).HasMaxLength(Body.NameMaxLength);
        b.Property(x => x.Description).HasMaxLength(2000);
        b.HasIndex(x => x.Slug).IsUnique().HasDatabaseName(SlugIndex);
        b.HasIndex(x => x.Code).IsUnique().HasDatabaseName(CodeIndex);
        b.HasOne(x => x.Parent).WithMany(x => x.Children).HasForeignKey(x => x.ParentId).OnDelete(DeleteBehavior.Restrict);
        b.OwnsOne(x => x.Contacts, c =>
        {
            c.Property(x => x.OfficeName).HasMaxLength(128);
            c.Property(x => x.Address).HasMaxLength(256);
            c.Property(x => x.PostCode).HasMaxLength(16);
            c.Property(x => x.OfficeHours).HasMaxLength(256);
            c.Property(x => x.Phone).HasMaxLength(64);
            c.Property(x => x.Fax).HasMaxLength(64);
            c.Property(x => x.Email).HasMaxLength(128);
            c.Property(x => x.Hotline).HasMaxLength(64);
        });
        b.Navigation(x => x.Contacts).IsRequired();
        b.OwnsMany(x => x.ReadingRooms, r =>
        {
            r.ToTable("reading_rooms");
            r.WithOwner().HasForeignKey("BodyId");
            r.HasKey(x => x.Id);
            r.Property(x => x.Name).HasMaxLength(128);
            r.Property(x => x.Address).HasMaxLength(256);
            r.Property(x => x.OpeningHours).HasMaxLength(256);
            r.Property(x => x.Phone).HasMaxLength(64);
        });
    }
}
