using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gongkai.Participation.Consultations;

internal sealed class ConsultationConfiguration : IEntityTypeConfiguration<Consultation>
{
    public void Configure(EntityTypeBuilder<Consultation> b)
    {
        b.ToTable("consultations");
        b.Property(x => x.Title).HasMaxLength(Consultation.TitleMaxLength);
        b.Property(x => x.Questions).HasMaxLength(Consultation.QuestionsMaxLength);
        b.Property(x => x.Revision).IsConcurrencyToken();
        b.HasIndex(x => new { x.BodyId, x.Stage }).HasDatabaseName("ix_consultations_body_stage");
        b.HasOne(x => x.Body).WithMany().HasForeignKey(x => x.BodyId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Items.DisclosureItem>().WithMany().HasForeignKey(x => x.DecisionItemId).OnDelete(DeleteBehavior.Restrict);
        b.Ignore(x => x.IsPublic);
    }
}
