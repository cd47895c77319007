using System.Text.RegularExpressions;

namespace Gongkai.Participation.Public;

/// <summary>What a person types into a comment, suggestion, complaint or report form; everything but the text is optional.</summary>
public sealed partial class OpinionInput
{
    public const int NameMaxLength = 50;
    public const int PhoneMaxLength = 30;
    public const int EmailMaxLength = 200;

    public string? Title { get; set; }
    public string? Text { get; set; }
    public string? Name { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }
    /// <summary>「同意公开我的留言」: false when the box is left unticked (the form ticks it to begin with).</summary>
    public bool Public { get; set; }

    /// <summary>A fresh form: the consent box ticked.</summary>
    public static OpinionInput Blank() => new() { Public = true };

    /// <summary>Problems by field name (the property names above); empty when the form can be sent.</summary>
    public Dictionary<string, string> Problems(string textLabel = "内容")
    {
        var problems = new Dictionary<string, string>();
        var text = Text?.Trim() ?? "";
        if (text.Length == 0)
        {
            problems[nameof(Text)] = $"请填写{textLabel}。";
        }
        else if (text.Length > Opinion.TextMaxLength)
        {
            problems[nameof(Text)] = $"{textLabel}不能超过 {Opinion.TextMaxLength} 字，现为 {text.Length} 字。";
        }
        if (Title?.Trim() is { Length: > Opinion.TitleMaxLength })
        {
            problems[nameof(Title)] = $"标题不能超过 {Opinion.TitleMaxLength} 字。";
        }
        if (Name?.Trim() is { Length: > NameMaxLength })
        {
            problems[nameof(Name)] = $"姓名不能超过 {NameMaxLength} 字。";
        }
        if (Clean(Phone) is { } phone && (phone.Length > PhoneMaxLength || !PhonePattern().IsMatch(phone)))
        {
            problems[nameof(Phone)] = "联系电话只能包含数字、空格和 + - ( )，例如 13912345678 或 0591-12345678。";
        }
        if (Clean(Email) is { } email && (email.Length > EmailMaxLength || !EmailPattern().IsMatch(email)))
        {
            problems[nameof(Email)] = "电子邮箱格式不正确，例如 name@example.com。";
        }
        return problems;
    }

    public OpinionAuthor ToAuthor() => new(Clean(Name), Clean(Phone), Clean(Email));

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    [GeneratedRegex(@"^[0-9+\-() ]{5,}$")]
    private static partial Regex PhonePattern();

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex EmailPattern();
}
