namespace Gongkai.Items;

/// <summary>
/// Everything an editor sets on an item: the standard metadata (gov.cn style), the disclosure
/// attribute, audience, timeliness, timing and the sanitised body text. Published versions
/// store a copy of it, so it is also the unit compared between versions.
/// </summary>
public sealed record ItemMetadata
{
    public required string Title { get; init; }
    public string? Summary { get; init; }
    /// <summary>主题分类.</summary>
    public string? SubjectClass { get; init; }
    /// <summary>体裁: 决定、公告、通告、意见、通知 …</summary>
    public string? Genre { get; init; }
    /// <summary>文号, already normalised to 〔〕.</summary>
    public string? DocumentNumber { get; init; }
    /// <summary>发布机构 (full name).</summary>
    public required string IssuingBody { get; init; }
    /// <summary>成文日期.</summary>
    public required DateOnly CreatedOn { get; init; }
    public Validity Validity { get; init; } = Validity.Valid;
    public DateOnly? ValidFrom { get; init; }
    /// <summary>The date the item expired or was repealed.</summary>
    public DateOnly? ValidUntil { get; init; }
    /// <summary>主题词, separated by spaces or Chinese semicolons.</summary>
    public string? Keywords { get; init; }
    public DisclosureAttribute Attribute { get; init; } = DisclosureAttribute.Proactive;
    public WithholdingGround? WithholdingGround { get; init; }
    /// <summary>Withheld items are reviewed again by this date (Art. 18).</summary>
    public DateOnly? NextReviewOn { get; init; }
    public Audience Audience { get; init; } = Audience.Everyone;
    /// <summary>Who the specific group is: 本校教职工, 严狄村村民 …</summary>
    public string? AudienceGroup { get; init; }
    public Timeliness Timeliness { get; init; } = Timeliness.AdHoc;
    public Period? Period { get; init; }
    public Timing Timing { get; init; } = Timing.AfterDecision;
    /// <summary>Sanitised HTML.</summary>
    public string BodyHtml { get; init; } = "";

    /// <summary>Returns the problems that make this metadata unacceptable, in Chinese; empty when valid.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(Title))
        {
            problems.Add("请填写标题。");
        }
        if (string.IsNullOrWhiteSpace(IssuingBody))
        {
            problems.Add("请填写发布机构。");
        }
        if (Attribute == DisclosureAttribute.Withheld && WithholdingGround is null)
        {
            problems.Add("不予公开的信息必须写明依据。");
        }
        if (Attribute == DisclosureAttribute.Withheld && NextReviewOn is null)
        {
            problems.Add("不予公开的信息必须设定下次复核日期（条例第十八条）。");
        }
        if (Attribute != DisclosureAttribute.Withheld && WithholdingGround is not null)
        {
            problems.Add("只有不予公开的信息才填写不予公开依据。");
        }
        if (Audience == Audience.SpecificGroup && string.IsNullOrWhiteSpace(AudienceGroup))
        {
            problems.Add("面向特定群体公开时，请写明是哪个群体。");
        }
        if (Timeliness == Timeliness.Periodic && Period is null)
        {
            problems.Add("定期公开的信息必须选择公开周期。");
        }
        if (Validity != Validity.Valid && ValidUntil is null)
        {
            problems.Add("失效或废止的信息必须填写失效（废止）日期。");
        }
        if (ValidFrom is { } from && ValidUntil is { } until && until < from)
        {
            problems.Add("失效日期不能早于生效日期。");
        }
        if (Items.DocumentNumber.Normalise(DocumentNumber) is { Length: > Items.DocumentNumber.MaxLength })
        {
            problems.Add("文号过长。");
        }
        foreach (var (name, value, max) in Limits())
        {
            if (value is { } v && v.Length > max)
            {
                problems.Add($"{name}过长：最多 {max} 个字，现有 {v.Length} 个字。");
            }
        }
        return problems;
    }

    public const int TitleMaxLength = 300;

    /// <summary>The longest each text may be; the database columns have the same lengths.</summary>
    private IEnumerable<(string Name, string? Value, int Max)> Limits() =>
    [
        ("标题", Title, TitleMaxLength),
        ("内容概述", Summary, 2000),
        ("主题分类", SubjectClass, 64),
        ("体裁", Genre, 32),
        ("发布机构", IssuingBody, 128),
        ("主题词", Keywords, 256),
        ("公开群体", AudienceGroup, 128),
        ("正文", BodyHtml, 1_000_000),
    ];
}
