using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gongkai.Applications;

internal sealed class ApplicationAppealConfiguration : IEntityTypeConfiguration<ApplicationAppeal>
{
    public void Configure(EntityTypeBuilder<ApplicationAppeal> b)
    {
        b.ToTable("application_appeals");
        b.Property(x => x.Organ).HasMaxLength(ApplicationAppeal.OrganMaxLength);
        b.Property(x => x.CaseNumber).HasMaxLength(ApplicationAppeal.CaseNumberMaxLength);
        b.Property(x => x.Note).HasMaxLength(ApplicationAppeal.NoteMaxLength);
        b.HasOne(x => x.Application).WithMany().HasForeignKey(x => x.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(x => x.Reconsideration).WithMany().HasForeignKey(x => x.ReconsiderationId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => x.ApplicationId).HasDatabaseName("ix_application_appeals_application");
        b.HasIndex(x => x.ReconsiderationId).HasDatabaseName("ix_application_appeals_reconsideration");
        b.HasIndex(x => x.FiledOn).HasDatabaseName("ix_application_appeals_filed_on");
    }
}
