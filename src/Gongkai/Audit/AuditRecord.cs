using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gongkai.Audit;

/// <summary>
/// One write to the database: who, when, what, before and after. Records are append-only and
/// hash-chained: each hash covers the record and the previous record's hash, so editing or
/// deleting any record breaks the chain from there on (<c>gongkai audit verify</c>).
/// </summary>
public class AuditRecord
{
    private AuditRecord() { }

    internal AuditRecord(long sequence, DateTimeOffset at, string actor, string action, string entityType, string entityId, int? bodyId, string? before, string? after, string? note, string previousHash)
    {
        Sequence = sequence;
        At = at;
        Actor = actor;
        Action = action;
        EntityType = entityType;
        EntityId = entityId;
        BodyId = bodyId;
        Before = before;
        After = after;
        Note = note;
        PreviousHash = previousHash;
        Hash = AuditHash.Of(this);
    }

    /// <summary>1, 2, 3 … with no gaps; the primary key.</summary>
    public long Sequence { get; private set; }
    public DateTimeOffset At { get; private set; }
    public string Actor { get; private set; } = "";
    public string Action { get; private set; } = "";
    public string EntityType { get; private set; } = "";
    public string EntityId { get; private set; } = "";
    /// <summary>The body the change concerns (<see cref="AuditScope"/>); null for platform-wide records such as accounts and the calendar.</summary>
    public int? BodyId { get; private set; }
    /// <summary>JSON of the values before the change; null for a new record.</summary>
    public string? Before { get; private set; }
    /// <summary>JSON of the values after the change; null for a deletion.</summary>
    public string? After { get; private set; }
    /// <summary>A written opinion or justification that goes with the change.</summary>
    public string? Note { get; private set; }
    public string PreviousHash { get; private set; } = "";
    public string Hash { get; private set; } = "";
}

internal sealed class AuditRecordConfiguration : IEntityTypeConfiguration<AuditRecord>
{
    public const string EntityIndex = "ix_audit_records_entity";
    public const string AtIndex = "ix_audit_records_at";
    public const string BodyIndex = "ix_audit_records_body";

    public void Configure(EntityTypeBuilder<AuditRecord> b)
    {
        b.ToTable("audit_records");
        b.HasKey(x => x.Sequence);
        b.Property(x => x.Sequence).ValueGeneratedNever();
        b.Property(x => x.Actor).HasMaxLength(200);
        b.Property(x => x.Action).HasMaxLength(100);
        b.Property(x => x.EntityType).HasMaxLength(100);
        b.Property(x => x.EntityId).HasMaxLength(100);
        b.Property(x => x.Note).HasMaxLength(4000);
        b.Property(x => x.PreviousHash).HasMaxLength(64);
        b.Property(x => x.Hash).HasMaxLength(64);
        b.HasIndex(x => new { x.EntityType, x.EntityId }).HasDatabaseName(EntityIndex);
        b.HasIndex(x => x.At).HasDatabaseName(AtIndex);
        // No foreign key: a record outlives the body it names.
        b.HasIndex(x => new { x.BodyId, x.Sequence }).HasDatabaseName(BodyIndex);
    }
}
