namespace Gongkai.Participation;

/// <summary>A body's choice for public comments: moderated first (the default), or shown at once.</summary>
public class ParticipationSetting
{
    private ParticipationSetting() { }

    public ParticipationSetting(int bodyId, bool showCommentsAtOnce)
    {
        BodyId = bodyId;
        ShowCommentsAtOnce = showCommentsAtOnce;
    }

    public int BodyId { get; private set; }
    public bool ShowCommentsAtOnce { get; set; }
}
