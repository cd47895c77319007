namespace Gongkai.Privacy;

/// <summary>The kinds of personal data the privacy guard looks for.</summary>
public enum FindingKind
{
    ResidentId,
    Mobile,
    BankCard,
    Email,
}

/// <summary>
/// One piece of personal data found in a text. <see cref="Start"/> and <see cref="Length"/> are
/// UTF-16 positions in the scanned text; <see cref="Text"/> is exactly what stands there.
/// <see cref="Valid"/> is false for a resident ID number whose check digit fails or a UnionPay-like
/// card number that fails the Luhn check: still personal data (often a typo), but flagged as doubtful.
/// <see cref="Context"/> is the surrounding line, for a reviewer to judge the finding.
/// </summary>
public sealed record Finding(FindingKind Kind, string Text, int Start, int Length, bool Valid, string Context)
{
    public int End => Start + Length;

    /// <summary>The code used in JSON output and the audit trail: <c>resident_id</c>, <c>mobile</c>, <c>bank_card</c>, <c>email</c>.</summary>
    public string KindCode => CodeOf(Kind);

    /// <summary>The name reviewers read: 身份证号, 手机号, 银行卡号, 电子邮箱.</summary>
    public string KindName => NameOf(Kind);

    public static string CodeOf(FindingKind kind) => kind switch
    {
        FindingKind.ResidentId => "resident_id",
        FindingKind.Mobile => "mobile",
        FindingKind.BankCard => "bank_card",
        FindingKind.Email => "email",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static string NameOf(FindingKind kind) => kind switch
    {
        FindingKind.ResidentId => "身份证号",
        FindingKind.Mobile => "手机号",
        FindingKind.BankCard => "银行卡号",
        FindingKind.Email => "电子邮箱",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
