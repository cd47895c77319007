namespace Gongkai.Participation.Consultations;

public static class ConsultationText
{
    /// <summary>Where the consultation stands today, as the public and staff are told.</summary>
    public static string StageName(Consultation c, DateOnly today) => c.Stage switch
    {
        ConsultationStage.Draft => "草稿",
        ConsultationStage.Concluded => "已公布采纳情况",
        _ when today < c.OpensOn => "即将开始",
        _ when today <= c.ClosesOn => "正在征求意见",
        _ => "已截止，待公布采纳情况",
    };
}
