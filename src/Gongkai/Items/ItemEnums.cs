namespace Gongkai.Items;

/// <summary>公开属性: every item is classed as one of three (seed 篇1; domain.md §3).</summary>
public enum DisclosureAttribute { Proactive = 1, OnApplication = 2, Withheld = 3 }

/// <summary>Grounds for withholding (Arts. 14–16).</summary>
public enum WithholdingGround
{
    StateSecret = 1,
    ProhibitedByLaw = 2,
    EndangersSecurityOrStability = 3,
    ThirdPartyRights = 4,
    InternalAffairs = 5,
    ProcessInformation = 6,
    EnforcementCaseFile = 7,
}

public enum Audience { Everyone = 1, SpecificGroup = 2 }

/// <summary>时效: 常年 standing, 定期 periodic, 随时 ad hoc.</summary>
public enum Timeliness { Standing = 1, Periodic = 2, AdHoc = 3 }

/// <summary>How often periodic information is published; schools count terms and school years (Sep–Aug).</summary>
public enum Period { Weekly = 1, Monthly = 2, Quarterly = 3, Yearly = 4, SchoolTerm = 5, SchoolYear = 6 }

/// <summary>事前 (a draft put out for comment before a decision) or 事后 (the result).</summary>
public enum Timing { BeforeDecision = 1, AfterDecision = 2 }

/// <summary>有效性.</summary>
public enum Validity { Valid = 1, Expired = 2, Repealed = 3 }

public enum ItemStatus { Draft = 1, UnderReview = 2, Published = 3, Withdrawn = 4 }

/// <summary>The standard list of publication channels (domain.md §3).</summary>
public enum Channel
{
    GovernmentWebsite = 1,
    GovernmentGazette = 2,
    WeiboWeChatApp = 3,
    PressConferenceOrHearing = 4,
    RadioTelevision = 5,
    PrintMedia = 6,
    ReadingPoint = 7,
    ServiceCentre = 8,
    ServiceStation = 9,
    DoorToDoorOrOnSite = 10,
    NoticeBoard = 11,
    TargetedPush = 12,
    Other = 13,
}

/// <summary>The kind of reason an item was withdrawn; the public sees only this, not the content.</summary>
public enum WithdrawalReason
{
    ContentError = 1,
    Superseded = 2,
    ConfidentialityConcern = 3,
    PrivacyConcern = 4,
    Other = 5,
}
