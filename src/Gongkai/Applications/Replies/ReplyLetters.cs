using System.Text;
using Gongkai.Text;
using static System.Net.WebUtility;

namespace Gongkai.Applications.Replies;

/// <summary>What a reply letter states; everything the templates fill in.</summary>
public sealed record LetterFacts
{
    public required string ApplicantName { get; init; }
    public bool ApplicantIsOrganisation { get; init; }
    /// <summary>The date of receipt (Art. 31), even when a correction restarted the clock.</summary>
    public required DateOnly ReceivedOn { get; init; }
    /// <summary>The day the applicant's correction was received (Art. 30), when there was one.</summary>
    public DateOnly? CorrectedOn { get; init; }
    public required string TrackingCode { get; init; }
    /// <summary>The information asked for, as the letter quotes it.</summary>
    public required string InformationRequested { get; init; }
    public required Outcome Outcome { get; init; }
    public required string LegalBasis { get; init; }
    public string? Reason { get; init; }
    public string? OtherBody { get; init; }
    public IReadOnlyList<WithheldPartDraft> WithheldParts { get; init; } = [];
    public IReadOnlyList<string> FileNames { get; init; } = [];
    public InformationForm Form { get; init; } = InformationForm.Electronic;
    /// <summary>The day the applicant was asked to correct the application, for （四）3 and （六）1.</summary>
    public DateOnly? CorrectionRequestedOn { get; init; }
    public required string BodyName { get; init; }
    public required DateOnly Date { get; init; }
}

/// <summary>A letter as issued: the title, the editable text (addressee to remedy), and the body's name and date at the foot.</summary>
public sealed record ReplyLetter(string Title, string Html, string Signer, DateOnly Date)
{
    /// <summary>The text as paragraphs, for the Word document.</summary>
    public IReadOnlyList<string> Paragraphs => HtmlCleaner.ToText(Html).Split('\n', StringSplitOptions.RemoveEmptyEntries);
}

/// <summary>
/// The reply letters (告知书), one template per outcome of the annual report (domain.md §5), each citing
/// its article through the legal basis. Pure: the same facts give the same letter. The handler edits the
/// result before it is approved. See docs/adr/0010-application-replies.md.
/// </summary>
public static class ReplyLetters
{
    public const string Title = "政府信息公开申请答复告知书";

    /// <summary>What the information withheld on each （三） ground is, as the letter says it.</summary>
    private static readonly Dictionary<string, string> Grounds = new()
    {
        ["3.1"] = "属于国家秘密",
        ["3.2"] = "属于法律、行政法规禁止公开的信息",
        ["3.3"] = "公开后可能危及国家安全、公共安全、经济安全、社会稳定",
        ["3.4"] = "涉及商业秘密、个人隐私等，公开会对第三方合法权益造成损害",
        ["3.5"] = "属于人事管理、后勤管理、内部工作流程等方面的内部事务信息",
        ["3.6"] = "属于行政机关在履行行政管理职能过程中形成的讨论记录、过程稿、磋商信函、请示报告等过程性信息",
        ["3.7"] = "属于行政执法案卷信息",
        ["3.8"] = "属于工商、不动产登记资料等信息，有关法律、行政法规对其获取有特别规定",
    };

    public static ReplyLetter Generate(LetterFacts facts) => new(Title, Body(facts), facts.BodyName, facts.Date);

    /// <summary>The facts of an application and a draft reply, on <paramref name="date"/>.</summary>
    public static LetterFacts FactsFor(DisclosureApplication application, ReplyDraft draft, IEnumerable<string> fileNames, DateOnly date) => new()
    {
        ApplicantName = application.Applicant.Name,
        ApplicantIsOrganisation = application.Applicant.Type.IsOrganisation(),
        ReceivedOn = application.ReceivedOn ?? date,
        CorrectedOn = application.Events.LastOrDefault(e => e.Kind == ApplicationEventKind.Corrected)?.On,
        TrackingCode = application.TrackingCode,
        InformationRequested = Requested(application.Request),
        Outcome = Outcome.Get(draft.OutcomeCode!),
        LegalBasis = string.IsNullOrWhiteSpace(draft.LegalBasis) ? Outcome.Get(draft.OutcomeCode!).DefaultBasis : draft.LegalBasis.Trim(),
        Reason = draft.Reason,
        OtherBody = draft.OtherBody,
        WithheldParts = draft.WithheldParts,
        FileNames = [.. fileNames],
        Form = application.Request.Form,
        CorrectionRequestedOn = application.CorrectionRequest?.On,
        BodyName = application.Body.Name,
        Date = date,
    };

    /// <summary>“名称”（文号）, or the description when nothing else was given.</summary>
    public static string Requested(RequestedInformation request)
    {
        var name = request.Title ?? request.DocumentNumber ?? Cut(request.Description ?? "", 200);
        return request.Title is not null && request.DocumentNumber is not null ? $"“{name}”（{request.DocumentNumber}）" : $"“{name}”";
    }

    /// <summary>
    /// How to challenge the reply. Reconsideration within 60 days (行政复议法 Art. 20), litigation within 6
    /// months (行政诉讼法 Art. 46). A refusal to disclose must go to reconsideration first (行政复议法 2023,
    /// Art. 23(1)(4)); litigation then follows within 15 days of the decision (行政诉讼法 Art. 45).
    /// </summary>
    public static string Remedy(Outcome outcome, string you) => outcome switch
    {
        { IsWithholding: true } =>
            $"{you}如对本答复不服，可以自收到本告知书之日起60日内依法申请行政复议；对行政复议决定不服的，可以自收到行政复议决定书之日起15日内依法提起行政诉讼。",
        _ when outcome == Outcome.Partial =>
            $"{you}如对本答复中不予公开的部分不服，可以自收到本告知书之日起60日内依法申请行政复议；对行政复议决定不服的，可以自收到行政复议决定书之日起15日内依法提起行政诉讼。"
            + $"如对本答复的其他内容不服，可以自收到本告知书之日起60日内依法申请行政复议，或者自收到本告知书之日起6个月内依法提起行政诉讼。",
        _ => $"{you}如对本答复不服，可以自收到本告知书之日起60日内依法申请行政复议，或者自收到本告知书之日起6个月内依法提起行政诉讼。",
    };

    private static string Body(LetterFacts f)
    {
        var you = f.ApplicantIsOrganisation ? "贵单位" : "您";
        var basis = E(Basis(f.LegalBasis));
        var reason = Sentence(f.Reason);
        var html = new StringBuilder();
        void P(string text) => html.Append("<p>").Append(text).Append("</p>");

        P($"{E(f.ApplicantName)}：");
        var correction = f.CorrectedOn is { } c ? $"，于{c.Chinese()}收到{you}的补正" : "";
        P($"本机关于{f.ReceivedOn.Chinese()}收到{you}提出的政府信息公开申请（申请编号：{E(f.TrackingCode)}）{correction}，{you}申请获取{E(f.InformationRequested)}。经审查，现答复如下：");
        var corrected = f.CorrectionRequestedOn is { } on ? $"本机关已于{on.Chinese()}" : "本机关已";
        var provided = f.FileNames.Count > 0 ? "（见附件）" : "";
        switch (f.Outcome.Code)
        {
            case "1":
                P($"{you}申请获取的政府信息属于公开范围。根据{basis}的规定，本机关予以公开，现以{(f.Form == InformationForm.Paper ? "纸质" : "电子文档")}形式向{you}提供{provided}。{reason}");
                break;
            case "2":
                P($"{you}申请获取的政府信息中，部分内容属于不予公开的范围，且能够作区分处理。根据{basis}的规定，本机关向{you}提供可以公开的部分{provided}，下列内容不予公开：");
                for (var i = 0; i < f.WithheldParts.Count; i++)
                {
                    var part = f.WithheldParts[i];
                    var ground = Outcome.Find(part.GroundCode);
                    var why = ground is { IsWithholding: true } ? $"该部分{Grounds[ground.Code]}，根据{E(ground.DefaultBasis)}的规定不予公开。" : "";
                    P($"（{Numeral(i + 1)}）{E(part.Description?.Trim().TrimEnd('。') ?? "")}。{why}理由：{Sentence(part.Reason)}");
                }
                if (reason.Length > 0)
                {
                    P(reason);
                }
                break;
            case "3.8":
                P($"经审查，{you}申请获取的信息{Grounds["3.8"]}。{reason}根据{basis}的规定，请{you}依照有关法律、行政法规的规定办理。");
                break;
            case var code when f.Outcome.IsWithholding:
                P($"经审查，{you}申请获取的政府信息{Grounds[code]}。{reason}根据{basis}的规定，本机关决定不予公开。");
                break;
            case "4.1" when !string.IsNullOrWhiteSpace(f.OtherBody):
                P($"经查，{you}申请获取的政府信息不属于本机关负责公开。根据{basis}的规定，告知{you}该政府信息由{E(f.OtherBody.Trim())}负责公开，{you}可以向其提出申请。{reason}");
                break;
            case "4.1":
                P($"经检索查找，本机关未制作、获取{you}申请公开的政府信息。根据{basis}的规定，告知{you}该政府信息不存在。{reason}");
                break;
            case "4.2":
                P($"{you}申请获取的信息需要本机关对现有政府信息进行加工、分析后另行制作。根据{basis}的规定，本机关不予提供。{reason}");
                break;
            case "4.3":
                P($"{corrected}一次性告知{you}补正申请，{you}补正后的申请内容仍不明确，本机关无法确定{you}所需的政府信息。根据{basis}的规定，本机关无法提供。{reason}");
                break;
            case "5.1":
                P($"{you}以政府信息公开申请的形式提出的事项属于信访、投诉、举报等诉求。根据{basis}的规定，本机关不作为政府信息公开申请处理，{you}可以通过相应渠道提出。{reason}");
                break;
            case "5.2":
                P($"{you}本次申请公开的政府信息，与{you}此前已向本机关提出、本机关已作出答复的政府信息公开申请相同。根据{basis}的规定，本机关不予重复处理。{reason}");
                break;
            case "5.3":
                P($"{you}申请获取的是政府公报、报刊、书籍等公开出版物。根据{basis}的规定，本机关不作为政府信息公开申请处理，{you}可以通过公开发行渠道、公共图书馆或者本机关政府信息公开查阅场所获取。{reason}");
                break;
            case "5.4":
                P($"{you}申请公开政府信息的数量、频次明显超过合理范围，本机关已要求{you}说明理由，经审查认为理由不合理。根据{basis}的规定，本机关不予处理。{reason}");
                break;
            case "5.5":
                P($"{you}的申请是要求本机关确认或者重新出具{you}已经获取的信息，不属于政府信息公开申请的处理范围。根据{basis}的规定，本机关不作为政府信息公开申请处理。{reason}");
                break;
            case "6.1":
                P($"{corrected}告知{you}补正申请，{you}无正当理由逾期未补正，视为放弃申请。根据{basis}的规定，本机关不再处理{you}的政府信息公开申请。{reason}");
                break;
            case "6.2":
                P($"本机关已向{you}发出收取信息处理费的通知，{you}逾期未按通知要求缴纳费用，视为放弃申请。根据{basis}的规定，本机关不再处理{you}的政府信息公开申请。{reason}");
                break;
            default:
                P($"{reason}根据{basis}的规定，特此告知。");
                break;
        }
        if (f.FileNames.Count > 0 && ApplicationReply.Discloses(f.Outcome))
        {
            P($"附件：{string.Join("；", f.FileNames.Select((name, i) => $"{i + 1}. {E(name)}"))}");
        }
        P(Remedy(f.Outcome, you));
        return HtmlCleaner.Clean(html.ToString());
    }

    private static string E(string text) => HtmlEncode(text);

    /// <summary>The basis as it reads after 根据: without a closing full stop or its own 的规定.</summary>
    private static string Basis(string basis)
    {
        var b = basis.Trim().TrimEnd('。').Trim();
        return b.EndsWith("的规定", StringComparison.Ordinal) ? b[..^3] : b;
    }

    /// <summary>The reason as a sentence of the letter: encoded, ending in a full stop.</summary>
    private static string Sentence(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }
        var t = text.Trim().Replace("\r", "", StringComparison.Ordinal).Replace('\n', ' ');
        return E("。！？；.!?".Contains(t[^1], StringComparison.Ordinal) ? t : t + "。");
    }

    private static string Numeral(int n) => n is >= 1 and <= 10 ? "一二三四五六七八九十"[n - 1].ToString() : n.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string Cut(string text, int max) => text.Length > max ? text[..max] + "…" : text;
}
