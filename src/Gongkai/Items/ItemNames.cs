namespace Gongkai.Items;

/// <summary>The Chinese names shown for the item enums, in one place.</summary>
public static class ItemNames
{
    public static string Chinese(this DisclosureAttribute value) => value switch
    {
        DisclosureAttribute.Proactive => "主动公开",
        DisclosureAttribute.OnApplication => "依申请公开",
        DisclosureAttribute.Withheld => "不予公开",
        _ => value.ToString(),
    };

    public static string Chinese(this WithholdingGround value) => value switch
    {
        WithholdingGround.StateSecret => "国家秘密（第十四条）",
        WithholdingGround.ProhibitedByLaw => "法律、行政法规禁止公开（第十四条）",
        WithholdingGround.EndangersSecurityOrStability => "危及国家安全、公共安全、经济安全、社会稳定（第十四条）",
        WithholdingGround.ThirdPartyRights => "涉及商业秘密、个人隐私等第三方合法权益（第十五条）",
        WithholdingGround.InternalAffairs => "人事管理、后勤管理、内部工作流程等内部事务信息（第十六条第一款）",
        WithholdingGround.ProcessInformation => "讨论记录、过程稿、磋商信函、请示报告等过程性信息（第十六条第二款）",
        WithholdingGround.EnforcementCaseFile => "行政执法案卷信息（第十六条第二款）",
        _ => value.ToString(),
    };

    /// <summary>Arts. 14 and 15 oblige withholding; Art. 16 only permits it.</summary>
    public static bool IsMandatory(this WithholdingGround value) => value <= WithholdingGround.ThirdPartyRights;

    public static string Chinese(this Audience value) => value == Audience.Everyone ? "全社会" : "特定群体";

    public static string Chinese(this Timeliness value) => value switch
    {
        Timeliness.Standing => "常年公开",
        Timeliness.Periodic => "定期公开",
        Timeliness.AdHoc => "随时公开",
        _ => value.ToString(),
    };

    public static string Chinese(this Period value) => value switch
    {
        Period.Weekly => "每周",
        Period.Monthly => "每月",
        Period.Quarterly => "每季度",
        Period.Yearly => "每年",
        Period.SchoolTerm => "每学期",
        Period.SchoolYear => "每学年",
        _ => value.ToString(),
    };

    public static string Chinese(this Timing value) => value == Timing.BeforeDecision ? "事前公开" : "事后公开";

    public static string Chinese(this Validity value) => value switch
    {
        Validity.Valid => "有效",
        Validity.Expired => "失效",
        Validity.Repealed => "废止",
        _ => value.ToString(),
    };

    public static string Chinese(this ItemStatus value) => value switch
    {
        ItemStatus.Draft => "草稿",
        ItemStatus.UnderReview => "审核中",
        ItemStatus.Published => "已发布",
        ItemStatus.Withdrawn => "已撤回",
        _ => value.ToString(),
    };

    public static string Chinese(this Channel value) => value switch
    {
        Channel.GovernmentWebsite => "政府网站",
        Channel.GovernmentGazette => "政府公报",
        Channel.WeiboWeChatApp => "两微一端",
        Channel.PressConferenceOrHearing => "发布会/听证会",
        Channel.RadioTelevision => "广播电视",
        Channel.PrintMedia => "纸质媒体",
        Channel.ReadingPoint => "公开查阅点",
        Channel.ServiceCentre => "政务服务中心",
        Channel.ServiceStation => "便民服务站",
        Channel.DoorToDoorOrOnSite => "入户/现场",
        Channel.NoticeBoard => "社区/企事业单位/村公示栏（电子屏）",
        Channel.TargetedPush => "精准推送",
        Channel.Other => "其他",
        _ => value.ToString(),
    };

    public static string Chinese(this WithdrawalReason value) => value switch
    {
        WithdrawalReason.ContentError => "内容有误",
        WithdrawalReason.Superseded => "已失效或被新信息替代",
        WithdrawalReason.ConfidentialityConcern => "经保密审查需撤回",
        WithdrawalReason.PrivacyConcern => "涉及个人隐私或商业秘密",
        WithdrawalReason.Other => "其他原因",
        _ => value.ToString(),
    };
}
