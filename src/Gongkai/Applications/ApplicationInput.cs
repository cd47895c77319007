using System.Text.RegularExpressions;
using Gongkai.Items;

namespace Gongkai.Applications;

/// <summary>
/// The application form as typed (all strings, so nothing typed is lost): checked field by field
/// with Chinese messages, then turned into the applicant and the request.
/// </summary>
public sealed partial class ApplicationInput
{
    public string? ApplicantType { get; set; }
    public string? Name { get; set; }
    public string? ContactPerson { get; set; }
    public string? IdType { get; set; }
    public string? IdNumber { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public string? Address { get; set; }
    public string? PostCode { get; set; }
    public string? InfoTitle { get; set; }
    public string? InfoDocumentNumber { get; set; }
    public string? InfoDescription { get; set; }
    public string? Form { get; set; }
    public string? Delivery { get; set; }

    /// <summary>Problems by field name (the property names above); empty when the form is complete.</summary>
    public Dictionary<string, string> Problems(DateOnly today)
    {
        var problems = new Dictionary<string, string>();
        var type = ParseEnum<ApplicantType>(ApplicantType);
        if (type is null)
        {
            problems[nameof(ApplicantType)] = "请选择申请人类型。";
        }
        Text(nameof(Name), Name, 100, type?.IsOrganisation() == true ? "请填写法人或其他组织的名称。" : "请填写申请人姓名。", problems);
        if (type?.IsOrganisation() == true)
        {
            Text(nameof(ContactPerson), ContactPerson, 50, "请填写联系人姓名。", problems);
        }
        var idType = ParseEnum<IdDocumentType>(IdType);
        if (idType is null)
        {
            problems[nameof(IdType)] = "请选择证件类型。";
        }
        else if (type is { } t && t.IsOrganisation() != (idType is IdDocumentType.UnifiedSocialCreditCode or IdDocumentType.Other))
        {
            problems[nameof(IdType)] = t.IsOrganisation() ? "法人或其他组织请选择统一社会信用代码或其他有效证件。" : "自然人请选择本人的身份证件。";
        }
        if (string.IsNullOrWhiteSpace(IdNumber))
        {
            problems[nameof(IdNumber)] = "请填写证件号码。";
        }
        else if (idType is { } it && IdNumberProblem(it, ApplicantIdentity.Normalise(IdNumber), today) is { } idProblem)
        {
            problems[nameof(IdNumber)] = idProblem;
        }
        var phone = Compact(Phone);
        if (string.IsNullOrEmpty(phone))
        {
            problems[nameof(Phone)] = "请填写联系电话。";
        }
        else if (!PhonePattern().IsMatch(phone))
        {
            problems[nameof(Phone)] = "联系电话应为 11 位手机号码或带区号的固定电话，如 13812345678、010-12345678。";
        }
        var delivery = ParseEnum<DeliveryMethod>(Delivery);
        if (!string.IsNullOrWhiteSpace(Email) && (Email.Trim().Length > 200 || !EmailPattern().IsMatch(Email.Trim())))
        {
            problems[nameof(Email)] = "电子邮箱格式不正确。";
        }
        else if (string.IsNullOrWhiteSpace(Email) && delivery == DeliveryMethod.Email)
        {
            problems[nameof(Email)] = "选择电子邮件送达时，请填写电子邮箱。";
        }
        if (string.IsNullOrWhiteSpace(Address) && delivery == DeliveryMethod.Post)
        {
            problems[nameof(Address)] = "选择邮寄送达时，请填写通信地址。";
        }
        else if (Address?.Trim().Length > 200)
        {
            problems[nameof(Address)] = "通信地址不能超过 200 个字。";
        }
        if (!string.IsNullOrWhiteSpace(PostCode) && !PostCodePattern().IsMatch(PostCode.Trim()))
        {
            problems[nameof(PostCode)] = "邮政编码应为 6 位数字。";
        }
        if (string.IsNullOrWhiteSpace(InfoTitle) && string.IsNullOrWhiteSpace(InfoDocumentNumber) && string.IsNullOrWhiteSpace(InfoDescription))
        {
            problems[nameof(InfoDescription)] = "请至少填写所需信息的名称、文号或便于查找的描述中的一项（条例第二十九条）。";
        }
        if (InfoTitle?.Trim().Length > 200)
        {
            problems[nameof(InfoTitle)] = "信息名称不能超过 200 个字。";
        }
        if (InfoDocumentNumber?.Trim().Length > 100)
        {
            problems[nameof(InfoDocumentNumber)] = "文号不能超过 100 个字。";
        }
        if (InfoDescription?.Trim().Length > 2000)
        {
            problems[nameof(InfoDescription)] = "描述不能超过 2000 个字。";
        }
        if (ParseEnum<InformationForm>(Form) is null)
        {
            problems[nameof(Form)] = "请选择获取信息的形式。";
        }
        if (delivery is null)
        {
            problems[nameof(Delivery)] = "请选择获取信息的方式。";
        }
        return problems;
    }

    public Applicant ToApplicant(ApplicantIdentity identity)
    {
        var type = ParseEnum<ApplicantType>(ApplicantType)!.Value;
        var idType = ParseEnum<IdDocumentType>(IdType)!.Value;
        return new Applicant(type, Name!.Trim(), type.IsOrganisation() ? ContactPerson!.Trim() : null, idType, identity.Protect(idType, IdNumber!),
            Compact(Phone)!, Blank(Email), Blank(Address), Blank(PostCode));
    }

    public RequestedInformation ToRequest() => new(
        Blank(InfoTitle), Blank(InfoDocumentNumber) is { } n ? DocumentNumber.Normalise(n) : null, Blank(InfoDescription),
        ParseEnum<InformationForm>(Form)!.Value, ParseEnum<DeliveryMethod>(Delivery)!.Value);

    public static string? IdNumberProblem(IdDocumentType type, string number, DateOnly today) => type switch
    {
        IdDocumentType.ResidentIdCard => Privacy.PrivacyScanner.ResidentIdProblem(number, today),
        IdDocumentType.UnifiedSocialCreditCode => UnifiedSocialCreditCode.Problem(number),
        IdDocumentType.HongKongMacauPermit => HongKongMacauPattern().IsMatch(number) ? null : "港澳居民来往内地通行证号码应为 H 或 M 加 8 位或 10 位数字。",
        IdDocumentType.TaiwanPermit => TaiwanPattern().IsMatch(number) ? null : "台湾居民来往大陆通行证号码应为 8 位或 10 位数字。",
        IdDocumentType.Passport => PassportPattern().IsMatch(number) ? null : "护照号码应为 5 至 17 位字母或数字。",
        IdDocumentType.ForeignPermanentResidentCard => ForeignerPattern().IsMatch(number) ? null : "外国人永久居留身份证号码应为 15 位或 18 位字母或数字。",
        _ => number.Length is >= 4 and <= 30 ? null : "证件号码应为 4 至 30 个字符。",
    };

    private static void Text(string field, string? value, int max, string missing, Dictionary<string, string> problems)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            problems[field] = missing;
        }
        else if (value.Trim().Length > max)
        {
            problems[field] = $"不能超过 {max} 个字。";
        }
    }

    private static T? ParseEnum<T>(string? value) where T : struct, Enum =>
        Admin.FormValues.TryChoice<T>(value, out var parsed) ? parsed : null;

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string? Compact(string? phone) => phone is null ? null : new string([.. phone.Normalize(System.Text.NormalizationForm.FormKC).Where(c => c is not (' ' or '(' or ')'))]);

    [GeneratedRegex(@"^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8}(-\d{1,6})?|400-?\d{3}-?\d{4})$")]
    private static partial Regex PhonePattern();

    [GeneratedRegex(@"^[^@\s<>""']+@[^@\s<>""']+\.[^@\s<>""']+$")]
    private static partial Regex EmailPattern();

    [GeneratedRegex(@"^\d{6}$")]
    private static partial Regex PostCodePattern();

    [GeneratedRegex(@"^[HM]\d{8}(\d{2})?$")]
    private static partial Regex HongKongMacauPattern();

    [GeneratedRegex(@"^\d{8}(\d{2})?$")]
    private static partial Regex TaiwanPattern();

    [GeneratedRegex(@"^[A-Z0-9]{5,17}$")]
    private static partial Regex PassportPattern();

    [GeneratedRegex(@"^[A-Z0-9]{15}([A-Z0-9]{3})?$")]
    private static partial Regex ForeignerPattern();
}

/// <summary>The 18-character unified social credit code of organisations (GB 32100-2015) and its check character.</summary>
public static class UnifiedSocialCreditCode
{
    private const string Characters = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    public static char CheckCharacter(ReadOnlySpan<char> first17)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += Characters.IndexOf(first17[i], StringComparison.Ordinal) * Weights[i];
        }
        return Characters[(31 - sum % 31) % 31];
    }

    public static string? Problem(string code)
    {
        if (code.Length != 18 || code.Any(c => !Characters.Contains(c, StringComparison.Ordinal)))
        {
            return "统一社会信用代码应为 18 位数字或大写字母（不含 I、O、Z、S、V）。";
        }
        return CheckCharacter(code.AsSpan(0, 17)) == code[17] ? null : "统一社会信用代码的校验位不正确，请核对。";
    }
}
