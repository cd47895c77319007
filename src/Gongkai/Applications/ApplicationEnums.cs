namespace Gongkai.Applications;

/// <summary>The applicant types of the annual report's table 三 (domain.md §5 and §8).</summary>
public enum ApplicantType
{
    NaturalPerson = 1,
    CommercialEnterprise = 2,
    ResearchInstitution = 3,
    PublicInterestOrganisation = 4,
    LegalServiceProvider = 5,
    OtherOrganisation = 6,
}

public enum IdDocumentType
{
    ResidentIdCard = 1,
    HongKongMacauPermit = 2,
    TaiwanPermit = 3,
    Passport = 4,
    ForeignPermanentResidentCard = 5,
    /// <summary>For organisations: the 18-character unified social credit code.</summary>
    UnifiedSocialCreditCode = 6,
    Other = 9,
}

public enum InformationForm { Paper = 1, Electronic = 2 }

public enum DeliveryMethod { Email = 1, Post = 2, Collect = 3 }

/// <summary>How the application arrived; decides its date of receipt (Art. 31).</summary>
public enum ApplicationChannel { Online = 1, InPerson = 2, Post = 3, Fax = 4 }

public enum ApplicationStatus
{
    /// <summary>Submitted online; received only once staff confirm it.</summary>
    AwaitingConfirmation = 1,
    InProgress = 2,
    AwaitingCorrection = 3,
    /// <summary>A third party or co-producing body is consulted; the clock stands still.</summary>
    Consulting = 4,
    AwaitingFee = 5,
    /// <summary>A reply is drafted and waits for the disclosure office head's approval.</summary>
    ReplyPending = 6,
    Closed = 7,
}

public static class ApplicationNames
{
    public static string Chinese(this ApplicantType t) => t switch
    {
        ApplicantType.NaturalPerson => "自然人",
        ApplicantType.CommercialEnterprise => "商业企业",
        ApplicantType.ResearchInstitution => "科研机构",
        ApplicantType.PublicInterestOrganisation => "社会公益组织",
        ApplicantType.LegalServiceProvider => "法律服务机构",
        ApplicantType.OtherOrganisation => "其他",
        _ => t.ToString(),
    };

    public static bool IsOrganisation(this ApplicantType t) => t != ApplicantType.NaturalPerson;

    public static string Chinese(this IdDocumentType t) => t switch
    {
        IdDocumentType.ResidentIdCard => "居民身份证",
        IdDocumentType.HongKongMacauPermit => "港澳居民来往内地通行证",
        IdDocumentType.TaiwanPermit => "台湾居民来往大陆通行证",
        IdDocumentType.Passport => "护照",
        IdDocumentType.ForeignPermanentResidentCard => "外国人永久居留身份证",
        IdDocumentType.UnifiedSocialCreditCode => "统一社会信用代码",
        IdDocumentType.Other => "其他有效证件",
        _ => t.ToString(),
    };

    public static string Chinese(this InformationForm f) => f switch
    {
        InformationForm.Paper => "纸质",
        InformationForm.Electronic => "电子文档",
        _ => f.ToString(),
    };

    public static string Chinese(this DeliveryMethod d) => d switch
    {
        DeliveryMethod.Email => "电子邮件",
        DeliveryMethod.Post => "邮寄",
        DeliveryMethod.Collect => "当面领取",
        _ => d.ToString(),
    };

    public static string Chinese(this ApplicationChannel c) => c switch
    {
        ApplicationChannel.Online => "网上申请",
        ApplicationChannel.InPerson => "当面提交",
        ApplicationChannel.Post => "信函",
        ApplicationChannel.Fax => "传真",
        _ => c.ToString(),
    };

    public static string Chinese(this ApplicationStatus s) => s switch
    {
        ApplicationStatus.AwaitingConfirmation => "待确认收到",
        ApplicationStatus.InProgress => "办理中",
        ApplicationStatus.AwaitingCorrection => "待申请人补正",
        ApplicationStatus.Consulting => "征求意见中（暂停计时）",
        ApplicationStatus.AwaitingFee => "待缴纳信息处理费（暂停计时）",
        ApplicationStatus.ReplyPending => "答复待审批",
        ApplicationStatus.Closed => "已办结",
        _ => s.ToString(),
    };

    public static string Chinese(this PauseKind k) => k switch
    {
        PauseKind.ThirdParty => "征求第三方意见",
        PauseKind.CoProducer => "征求其他机关意见",
        PauseKind.Fee => "缴纳信息处理费",
        _ => "不计入的期间",
    };
}
