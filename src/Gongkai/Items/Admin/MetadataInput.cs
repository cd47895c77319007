using System.Globalization;
using Gongkai.Text;

namespace Gongkai.Items.Admin;

/// <summary>
/// The item form as typed: every field a string, so nothing typed is lost when the form comes back
/// with errors. <see cref="TryGetMetadata"/> turns it into <see cref="ItemMetadata"/> or field errors.
/// </summary>
public sealed class MetadataInput
{
    public static readonly string[] Genres = ["决定", "命令", "公告", "通告", "意见", "通知", "通报", "报告", "请示", "批复", "函", "纪要", "公示", "办法", "规定", "方案", "规划", "其他"];

    public int CategoryId { get; set; }
    public string Title { get; set; } = "";
    public string? Summary { get; set; }
    public string? SubjectClass { get; set; }
    public string? Genre { get; set; }
    public string? DocumentNumber { get; set; }
    public string IssuingBody { get; set; } = "";
    public string CreatedOn { get; set; } = "";
    public string Validity { get; set; } = nameof(Items.Validity.Valid);
    public string? ValidFrom { get; set; }
    public string? ValidUntil { get; set; }
    public string? Keywords { get; set; }
    public string Attribute { get; set; } = nameof(DisclosureAttribute.Proactive);
    public string? WithholdingGround { get; set; }
    public string? NextReviewOn { get; set; }
    public string Audience { get; set; } = nameof(Items.Audience.Everyone);
    public string? AudienceGroup { get; set; }
    public string Timeliness { get; set; } = nameof(Items.Timeliness.AdHoc);
    public string? Period { get; set; }
    public string Timing { get; set; } = nameof(Items.Timing.AfterDecision);
    /// <summary>HTML, or plain text whose lines become paragraphs.</summary>
    public string? BodyHtml { get; set; }

    public static MetadataInput From(ItemMetadata m, int categoryId) => new()
    {
        CategoryId = categoryId,
        Title = m.Title,
        Summary = m.Summary,
        SubjectClass = m.SubjectClass,
        Genre = m.Genre,
        DocumentNumber = m.DocumentNumber,
        IssuingBody = m.IssuingBody,
        CreatedOn = m.CreatedOn.Iso(),
        Validity = m.Validity.ToString(),
        ValidFrom = m.ValidFrom?.Iso(),
        ValidUntil = m.ValidUntil?.Iso(),
        Keywords = m.Keywords,
        Attribute = m.Attribute.ToString(),
        WithholdingGround = m.WithholdingGround?.ToString(),
        NextReviewOn = m.NextReviewOn?.Iso(),
        Audience = m.Audience.ToString(),
        AudienceGroup = m.AudienceGroup,
        Timeliness = m.Timeliness.ToString(),
        Period = m.Period?.ToString(),
        Timing = m.Timing.ToString(),
        BodyHtml = m.BodyHtml,
    };

    /// <summary>Field errors keyed by property name; "" for rules that concern several fields.</summary>
    public bool TryGetMetadata(out ItemMetadata metadata, out Dictionary<string, string> errors)
    {
        var e = new Dictionary<string, string>();
        errors = e;
        metadata = null!;
        if (string.IsNullOrWhiteSpace(Title))
        {
            e[nameof(Title)] = "请填写标题。";
        }
        if (string.IsNullOrWhiteSpace(IssuingBody))
        {
            e[nameof(IssuingBody)] = "请填写发布机构。";
        }
        var createdOn = Date(CreatedOn, nameof(CreatedOn), "成文日期", e, required: true);
        var validFrom = Date(ValidFrom, nameof(ValidFrom), "生效日期", e);
        var validUntil = Date(ValidUntil, nameof(ValidUntil), "失效（废止）日期", e);
        var nextReview = Date(NextReviewOn, nameof(NextReviewOn), "下次复核日期", e);
        var validity = Choice<Validity>(Validity, nameof(Validity), "有效性", e);
        var attribute = Choice<DisclosureAttribute>(Attribute, nameof(Attribute), "公开属性", e);
        var audience = Choice<Audience>(Audience, nameof(Audience), "公开对象", e);
        var timeliness = Choice<Timeliness>(Timeliness, nameof(Timeliness), "时效", e);
        var timing = Choice<Timing>(Timing, nameof(Timing), "公开时机", e);
        WithholdingGround? ground = string.IsNullOrEmpty(WithholdingGround) ? null : Choice<WithholdingGround>(WithholdingGround, nameof(WithholdingGround), "不予公开依据", e);
        Period? period = string.IsNullOrEmpty(Period) ? null : Choice<Period>(Period, nameof(Period), "公开周期", e);
        if (Items.DocumentNumber.Problem(DocumentNumber) is { } numberProblem)
        {
            e[nameof(DocumentNumber)] = numberProblem;
        }
        if (e.Count > 0)
        {
            return false;
        }
        metadata = new ItemMetadata
        {
            Title = Title.Trim(),
            Summary = Blank(Summary),
            SubjectClass = Blank(SubjectClass),
            Genre = Blank(Genre),
            DocumentNumber = Blank(DocumentNumber),
            IssuingBody = IssuingBody.Trim(),
            CreatedOn = createdOn!.Value,
            Validity = validity,
            ValidFrom = validFrom,
            ValidUntil = validUntil,
            Keywords = Blank(Keywords),
            Attribute = attribute,
            WithholdingGround = attribute == DisclosureAttribute.Withheld ? ground : null,
            NextReviewOn = attribute == DisclosureAttribute.Withheld ? nextReview : null,
            Audience = audience,
            AudienceGroup = Blank(AudienceGroup),
            Timeliness = timeliness,
            Period = timeliness == Items.Timeliness.Periodic ? period : null,
            Timing = timing,
            BodyHtml = HtmlCleaner.Clean(ToHtml(BodyHtml)),
        };
        foreach (var problem in metadata.Problems())
        {
            e[$"rule{e.Count}"] = problem;
        }
        return e.Count == 0;
    }

    /// <summary>Plain text typed without any markup becomes one paragraph per line.</summary>
    public static string ToHtml(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }
        if (text.Contains('<', StringComparison.Ordinal))
        {
            return text;
        }
        return string.Concat(text.Replace("\r", "", StringComparison.Ordinal).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => $"<p>{System.Net.WebUtility.HtmlEncode(line)}</p>"));
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static DateOnly? Date(string? text, string key, string name, Dictionary<string, string> errors, bool required = false)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            if (required)
            {
                errors[key] = $"请填写{name}。";
            }
            return null;
        }
        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) && date.Year is >= 1949 and <= 2100)
        {
            return date;
        }
        errors[key] = $"{name}“{text}”无效：请按“年-月-日”填写，如 2025-03-07。";
        return null;
    }

    private static T Choice<T>(string? text, string key, string name, Dictionary<string, string> errors) where T : struct, Enum
    {
        if (Enum.TryParse<T>(text, ignoreCase: false, out var value) && Enum.IsDefined(value) && !int.TryParse(text, out _))
        {
            return value;
        }
        errors[key] = $"请选择有效的{name}。";
        return default;
    }
}
