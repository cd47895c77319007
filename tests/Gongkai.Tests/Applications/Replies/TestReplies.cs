using Gongkai.Applications;
using Gongkai.Applications.Replies;

namespace Gongkai.Tests.Applications.Replies;

/// <summary>Drafts of replies with defaults that pass the rules; each test changes what it is about.</summary>
public static class TestReplies
{
    public const string Letter = "<p>王小明：</p><p>本机关答复如下。</p>";

    public static readonly WithheldPartDraft OnePart = new("发放名单中的身份证号码和银行账号", "3.4", "属于个人隐私，公开会损害第三方合法权益。");

    public static ReplyDraft Draft(string code, params WithheldPartDraft[] parts) =>
        new(code, Outcome.Get(code).DefaultBasis is { Length: > 0 } basis ? basis : "《中华人民共和国政府信息公开条例》第二条",
            Outcome.Get(code).IsWithholding || code == "6.3" ? "理由见告知书。" : null, null,
            parts.Length == 0 && code == "2" ? [OnePart] : parts, Letter);

    public static ApplicationReply Partial(DisclosureApplication application, ApplicationActor by, DateTimeOffset at) =>
        new(application, Draft("2"), by, at);
}
