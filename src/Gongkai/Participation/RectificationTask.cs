namespace Gongkai.Participation;

/// <summary>One thing to fix because of an opinion: an owner, a due date in working days, and the evidence it was done.</summary>
public class RectificationTask
{
    private RectificationTask() { }

    internal RectificationTask(string description, string owner, DateOnly dueOn, DateTimeOffset at)
    {
        Description = description;
        Owner = owner;
        DueOn = dueOn;
        CreatedAt = at;
    }

    public const int DescriptionMaxLength = 1000;
    public const int EvidenceMaxLength = 2000;

    public int Id { get; private set; }
    public int OpinionId { get; private set; }
    public string Description { get; private set; } = "";
    /// <summary>Who is responsible: a person or an office, by name.</summary>
    public string Owner { get; private set; } = "";
    public DateOnly DueOn { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public string? Evidence { get; private set; }
    public DateOnly? DoneOn { get; private set; }

    public bool IsDone => DoneOn is not null;

    public bool IsOverdue(DateOnly today) => !IsDone && today > DueOn;

    internal void Complete(string evidence, DateOnly on)
    {
        Evidence = evidence;
        DoneOn = on;
    }
}
