namespace Gongkai.Applications;

/// <summary>
/// The outcome of a closed application: exactly one row of the annual report's table 三
/// (domain.md §5), with the article a reply letter cites by default (the handler may edit it).
/// Codes are stable strings: "1", "2", "3.1" … "6.3".
/// </summary>
public sealed record Outcome(string Code, string Group, string Name, string DefaultBasis)
{
    public static readonly IReadOnlyList<Outcome> All =
    [
        new("1", "（一）予以公开", "予以公开", "《中华人民共和国政府信息公开条例》第三十六条第（一）项、第（二）项"),
        new("2", "（二）部分公开", "部分公开", "《中华人民共和国政府信息公开条例》第三十七条"),
        new("3.1", "（三）不予公开", "属于国家秘密", "《中华人民共和国政府信息公开条例》第十四条、第三十六条第（三）项"),
        new("3.2", "（三）不予公开", "其他法律行政法规禁止公开", "《中华人民共和国政府信息公开条例》第十四条、第三十六条第（三）项"),
        new("3.3", "（三）不予公开", "危及“三安全一稳定”", "《中华人民共和国政府信息公开条例》第十四条、第三十六条第（三）项"),
        new("3.4", "（三）不予公开", "保护第三方合法权益", "《中华人民共和国政府信息公开条例》第十五条、第三十二条、第三十六条第（三）项"),
        new("3.5", "（三）不予公开", "属于三类内部事务信息", "《中华人民共和国政府信息公开条例》第十六条第一款、第三十六条第（三）项"),
        new("3.6", "（三）不予公开", "属于四类过程性信息", "《中华人民共和国政府信息公开条例》第十六条第二款、第三十六条第（三）项"),
        new("3.7", "（三）不予公开", "属于行政执法案卷", "《中华人民共和国政府信息公开条例》第十六条第二款、第三十六条第（三）项"),
        new("3.8", "（三）不予公开", "属于行政查询事项", "《中华人民共和国政府信息公开条例》第三十六条第（七）项"),
        new("4.1", "（四）无法提供", "本机关不掌握相关政府信息", "《中华人民共和国政府信息公开条例》第三十六条第（四）项、第（五）项"),
        new("4.2", "（四）无法提供", "没有现成信息需要另行制作", "《中华人民共和国政府信息公开条例》第三十八条"),
        new("4.3", "（四）无法提供", "补正后申请内容仍不明确", "《中华人民共和国政府信息公开条例》第三十条"),
        new("5.1", "（五）不予处理", "信访举报投诉类申请", "《中华人民共和国政府信息公开条例》第三十九条第一款"),
        new("5.2", "（五）不予处理", "重复申请", "《中华人民共和国政府信息公开条例》第三十六条第（六）项"),
        new("5.3", "（五）不予处理", "要求提供公开出版物", "《中华人民共和国政府信息公开条例》第三十九条第二款"),
        new("5.4", "（五）不予处理", "无正当理由大量反复申请", "《中华人民共和国政府信息公开条例》第三十五条"),
        new("5.5", "（五）不予处理", "要求行政机关确认或重新出具已获取信息", "《中华人民共和国政府信息公开条例》第三十九条"),
        new("6.1", "（六）其他处理", "申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "《中华人民共和国政府信息公开条例》第三十条"),
        new("6.2", "（六）其他处理", "申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）"),
        new("6.3", "（六）其他处理", "其他", ""),
    ];

    private static readonly Dictionary<string, Outcome> ByCode = All.ToDictionary(o => o.Code);

    public static Outcome? Find(string? code) => code is not null && ByCode.TryGetValue(code, out var o) ? o : null;

    public static Outcome Get(string code) => Find(code) ?? throw new ArgumentException($"未知的办理结果代码“{code}”。", nameof(code));

    public static readonly Outcome Disclosed = Get("1");
    public static readonly Outcome Partial = Get("2");
    public static readonly Outcome NoCorrection = Get("6.1");
    public static readonly Outcome FeeUnpaid = Get("6.2");

    /// <summary>A refusal on one of the eight grounds of （三）: the grounds a withheld part of a partial disclosure may give too.</summary>
    public bool IsWithholding => Code.StartsWith("3.", StringComparison.Ordinal);

    /// <summary>As the annual report writes it: "（三）不予公开 4. 保护第三方合法权益".</summary>
    public string Label => Code.Contains('.', StringComparison.Ordinal) ? $"{Group} {Code[(Code.IndexOf('.', StringComparison.Ordinal) + 1)..]}. {Name}" : Group;

    public static IEnumerable<Outcome> WithholdingGrounds => All.Where(o => o.IsWithholding);
}
