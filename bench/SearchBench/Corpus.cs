using System.Globalization;
using System.Text;
using Gongkai.Items;
using Gongkai.Search;

namespace SearchBench;

/// <summary>A body of the generated corpus, with its catalogue categories and what it publishes.</summary>
public sealed class BenchBody
{
    public required int Id { get; init; }
    public required string Name { get; init; }
    public required string ShortName { get; init; }
    public required string County { get; init; }
    public required string Town { get; init; }
    /// <summary>9 digits, the first part of its 索引号.</summary>
    public required string Code { get; init; }
    /// <summary>The prefix of its 文号 (清民发), or null for bodies that issue none (villages).</summary>
    public required string? DocumentPrefix { get; init; }
    public required Topic[] Topics { get; init; }
    public required Zipf TopicPick { get; init; }
    /// <summary>Catalogue category id per topic (same order as <see cref="Topics"/>).</summary>
    public required int[] CategoryIds { get; init; }
}

/// <summary>One generated disclosure: what the index and the LIKE table get.</summary>
public sealed record BenchItem(
    int Id,
    int BodyId,
    DateTimeOffset PublishedAt,
    int Year,
    int CategoryId,
    string Genre,
    Validity Validity,
    SearchScope Scope,
    bool Traditional,
    string Title,
    string Text)
{
    public long SortKey => SearchDocument.SortKeyOf(PublishedAt, Id);

    /// <summary>The index document, built the way <see cref="SearchDocument.From"/> builds it from an item.</summary>
    public SearchDocument ToDocument() =>
        new(Id, SortKey, BodyId, Year, CategoryId, Genre, Validity, Scope, SearchTokens.OfDocument(Title), SearchTokens.OfDocument(Text));
}

/// <summary>
/// Generates a deterministic corpus (seeded <see cref="Random"/>) of Chinese government
/// disclosures in the style of the demo content: 40 counties of 50 bodies each (the county
/// government, ten departments, townships, schools, villages), items from 2008 to 2026 with more
/// in recent years, a Zipf-like spread over bodies, topics, sentences and policy terms, and about
/// one item in ten written in Traditional characters.
/// </summary>
public sealed class Corpus
{
    public static readonly DateTimeOffset Newest = new(2026, 11, 27, 18, 0, 0, TimeSpan.FromHours(8));
    public const int FirstYear = 2008;
    public const int LastYear = 2026;

    private const string PlaceChars = "清河天阳严狄东西南北安宁平和兴隆永丰新华长乐福寿金山石桥龙泉白马青松柳林红星太光明胜利团结双三五八高峰云岭桃源杏花梨园枣凤凰鹤鸣黄土黑水岩碧溪沙坪田湾塘坝口集庄铺店营堡寨关湖滨江海城岗坡岭洼";
    private const string Surnames = "张王李赵刘陈杨黄周吴徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余杜叶程魏苏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";
    private static readonly string[] Industries = ["建筑工程", "路桥工程", "市政工程", "园林绿化", "水利水电工程", "建设工程", "环境工程", "劳务", "商贸", "建材"];
    private static readonly string[] Projects =
    [
        "农村饮水安全巩固提升", "村级道路硬化", "中心小学教学楼改扩建", "文化广场建设", "高标准农田建设", "污水管网建设", "河道综合治理",
        "便民服务中心改造", "敬老院改造", "危桥改造", "农贸市场改造", "卫生院业务用房建设", "小型水库除险加固", "农村公路安全生命防护",
    ];
    private static readonly string[] Quarters = ["第一季度", "第二季度", "第三季度", "第四季度"];
    private static readonly string[] Brackets = ["〔〕", "〔〕", "〔〕", "〔〕", "〔〕", "[]", "【】", "（）", "()", "［］"];

    private static readonly (string Suffix, string Abbreviation, Topic[] Topics)[] Departments =
    [
        ("民政局", "民发", [Topics.Dibao, Topics.Openness, Topics.Budget, Topics.Safety, Topics.Personnel, Topics.Plans]),
        ("教育局", "教发", [Topics.Admission, Topics.Fees, Topics.Budget, Topics.Openness, Topics.Personnel, Topics.Plans]),
        ("财政局", "财发", [Topics.Budget, Topics.Farming, Topics.Openness, Topics.Tender, Topics.Plans]),
        ("残疾人联合会", "残联发", [Topics.Disability, Topics.Budget, Topics.Openness, Topics.Personnel]),
        ("农业农村局", "农发", [Topics.Farming, Topics.Environment, Topics.Budget, Topics.Enforcement, Topics.Openness]),
        ("住房和城乡建设局", "建发", [Topics.Tender, Topics.Environment, Topics.Enforcement, Topics.Budget, Topics.Openness]),
        ("卫生健康局", "卫健发", [Topics.Health, Topics.Enforcement, Topics.Budget, Topics.Personnel, Topics.Openness]),
        ("人力资源和社会保障局", "人社发", [Topics.Insurance, Topics.Personnel, Topics.Budget, Topics.Openness]),
        ("应急管理局", "应急发", [Topics.Safety, Topics.Enforcement, Topics.Budget, Topics.Openness]),
        ("医疗保障局", "医保发", [Topics.Insurance, Topics.Dibao, Topics.Budget, Topics.Openness]),
    ];

    private static readonly Topic[] CountyTopics = [Topics.Openness, Topics.Plans, Topics.Budget, Topics.Dibao, Topics.Environment, Topics.Tender, Topics.Safety, Topics.Insurance, Topics.Personnel, Topics.Disability, Topics.Farming, Topics.Health, Topics.Admission];
    private static readonly Topic[] TownshipTopics = [Topics.Dibao, Topics.Environment, Topics.Budget, Topics.Openness, Topics.Farming, Topics.Tender, Topics.Safety, Topics.Plans, Topics.Disability, Topics.Insurance, Topics.Village];
    private static readonly Topic[] SchoolTopics = [Topics.Admission, Topics.Fees, Topics.Budget, Topics.Personnel, Topics.Openness];
    private static readonly Topic[] VillageTopics = [Topics.Village, Topics.Dibao, Topics.Environment, Topics.Farming, Topics.Disability];

    private readonly Random _random;
    private readonly List<BenchBody> _bodies = [];
    private readonly Zipf _bodyPick;
    private readonly int[] _bodyRanks;
    private readonly Zipf _yearPick;
    private readonly Zipf _commonPick = new(Topics.Common.Length, 0.6);
    private readonly Zipf _termPick = new(Topics.Terms.Length, 1.0);
    private readonly Dictionary<(int Body, int Year), int> _indexSerials = [];
    private readonly Dictionary<(int Body, int Year), int> _documentSerials = [];
    private readonly StringBuilder _text = new(2048);
    private readonly StringBuilder _body = new(2048);
    private readonly StringBuilder _paragraph = new(512);
    private int _nextId;

    public Corpus(int seed, int bodiesPerCounty = 50, int counties = 40)
    {
        _random = new Random(seed);
        var countyNames = new HashSet<string>();
        for (var c = 0; c < counties; c++)
        {
            string county;
            do
            {
                county = Place(2) + "县";
            }
            while (!countyNames.Add(county));
            AddCounty(county, bodiesPerCounty);
        }
        // Bodies publish very unevenly: weight 1/rank^0.8 over a shuffled order.
        var ranks = _bodyRanks = Enumerable.Range(1, _bodies.Count).OrderBy(_ => _random.Next()).ToArray();
        _bodyPick = new Zipf(ranks.Select(r => 1.0 / Math.Pow(r, 0.8)).ToList());
        // More items in recent years; 2026 is not over.
        _yearPick = new Zipf(Enumerable.Range(FirstYear, LastYear - FirstYear + 1)
            .Select(y => (1.0 + ((y - FirstYear) * 0.35)) * (y == LastYear ? 0.9 : 1.0)).ToList());
    }

    public IReadOnlyList<BenchBody> Bodies => _bodies;

    /// <summary>The body that publishes the most (rank 1), for the filtered queries.</summary>
    public BenchBody BusiestBody => _bodies[Array.IndexOf(_bodyRanks, 1)];

    private void AddCounty(string county, int size)
    {
        var c0 = county[..1];
        AddBody($"{county}人民政府", county, county, "", $"{c0}政发", CountyTopics);
        foreach (var (suffix, abbreviation, topics) in Departments)
        {
            AddBody($"{county}{suffix}", $"县{ShortOf(suffix)}", county, "", $"{c0}{abbreviation}", topics);
        }
        var towns = new List<string>();
        var remaining = size - 1 - Departments.Length;
        var townCount = Math.Max(1, remaining / 4);
        var schoolCount = Math.Max(1, remaining / 8);
        var villageCount = remaining - townCount - schoolCount;
        for (var t = 0; t < townCount; t++)
        {
            var town = Place(2) + (_random.Next(4) == 0 ? "乡" : "镇");
            towns.Add(town);
            AddBody($"{county}{town}人民政府", town, county, town, $"{town[..1]}政发", TownshipTopics);
        }
        for (var s = 0; s < schoolCount; s++)
        {
            var town = towns[s % towns.Count];
            string[] names = [$"{county}第{Numeral(s + 1)}中学", $"{county}{town}中心小学", $"{county}实验小学", $"{county}{town}初级中学", $"{county}职业中等专业学校", $"{county}特殊教育学校"];
            var name = s < names.Length ? names[s] : $"{county}{town}第{Numeral(s)}小学";
            AddBody(name, name.Replace(county, "", StringComparison.Ordinal), county, town, null, SchoolTopics);
        }
        for (var v = 0; v < villageCount; v++)
        {
            var town = towns[v % towns.Count];
            var village = Place(2) + "村";
            AddBody($"{town}{village}村民委员会", village, county, town, null, VillageTopics);
        }
    }

    private static string ShortOf(string suffix) => suffix switch
    {
        "残疾人联合会" => "残联",
        "住房和城乡建设局" => "住建局",
        "人力资源和社会保障局" => "人社局",
        "卫生健康局" => "卫健局",
        _ => suffix,
    };

    private void AddBody(string name, string shortName, string county, string town, string? prefix, Topic[] topics)
    {
        var id = _bodies.Count + 1;
        // Each body weights its topics differently (its own order), Zipf-like.
        var own = topics.OrderBy(_ => _random.Next(3)).ToArray();
        _bodies.Add(new BenchBody
        {
            Id = id,
            Name = name,
            ShortName = shortName,
            County = county,
            Town = town.Length > 0 ? town : Place(2) + "镇",
            Code = (14_000_000 + (id * 7919 % 9_999_999)).ToString("D9", CultureInfo.InvariantCulture),
            DocumentPrefix = prefix,
            Topics = own,
            TopicPick = new Zipf(own.Length, 1.1),
            CategoryIds = own.Select((_, k) => (id * 32) + k).ToArray(),
        });
    }

    private static string Numeral(int n) => n is >= 1 and <= 9 ? "一二三四五六七八九"[(n - 1)..n] : n.ToString(CultureInfo.InvariantCulture);

    private string Place(int length)
    {
        Span<char> chars = stackalloc char[length];
        for (var i = 0; i < length; i++)
        {
            chars[i] = PlaceChars[_random.Next(PlaceChars.Length)];
        }
        return new string(chars);
    }

    /// <summary>The next item; ids count up from 1.</summary>
    public BenchItem Next()
    {
        var id = ++_nextId;
        var body = _bodies[_bodyPick.Next(_random)];
        var year = FirstYear + _yearPick.Next(_random);
        var start = new DateTimeOffset(year, 1, 1, 8, 0, 0, TimeSpan.FromHours(8));
        var end = year == LastYear ? Newest : start.AddYears(1).AddHours(-16);
        var published = start.AddSeconds(_random.NextInt64((long)(end - start).TotalSeconds));
        var k = body.TopicPick.Next(_random);
        var topic = body.Topics[k];
        var context = new Slots(this, body, year, published);

        var title = Expand(topic.Titles[_random.Next(topic.Titles.Length)], context);
        var genre = topic.Genres[_random.Next(topic.Genres.Length)];
        var documentNumber = body.DocumentPrefix is not null && _random.NextDouble() < topic.DocumentNumberShare ? DocumentNumber(body, year) : null;
        var index = IndexNumber(body, year);
        var validity = Validity.Valid;
        if (topic.Normative && documentNumber is not null && year <= 2021)
        {
            var roll = _random.NextDouble();
            validity = roll < 0.25 ? Validity.Expired : roll < 0.35 ? Validity.Repealed : Validity.Valid;
        }
        var scopeRoll = _random.NextDouble();
        var scope = scopeRoll < 0.94 ? SearchScope.Public : scopeRoll < 0.97 ? SearchScope.BodyStaff : SearchScope.Internal;

        // The body text, 300–800 characters: the topic's paragraphs in random order, then those of
        // another topic of the body (notices touch several), then common sentences (Zipf-like).
        _body.Clear();
        var target = 300 + _random.Next(501);
        var other = body.Topics[body.TopicPick.Next(_random)];
        var own = Shuffled(topic.Paragraphs.Length);
        var more = other == topic ? [] : Shuffled(other.Paragraphs.Length);
        string? summary = null;
        for (var p = 0; _body.Length < target; p++)
        {
            var template = p < own.Length && (p == 0 || _random.Next(4) > 0) ? topic.Paragraphs[own[p]]
                : p - own.Length >= 0 && p - own.Length < more.Length && _random.Next(3) > 0 ? other.Paragraphs[more[p - own.Length]]
                : Topics.Common[_commonPick.Next(_random)];
            var paragraph = Expand(template, context);
            if (summary is null)
            {
                var stop = paragraph.IndexOf('。', StringComparison.Ordinal);
                summary = stop > 0 ? paragraph[..(stop + 1)] : paragraph;
            }
            _body.Append(paragraph).Append('\n');
        }
        // Text as SearchDocument.From joins it: 文号, 索引号, summary, keywords, issuing body, body text.
        _text.Clear();
        if (documentNumber is not null)
        {
            _text.Append(documentNumber);
        }
        _text.Append('\n').Append(index).Append('\n').Append(summary).Append('\n')
            .Append(topic.Keywords[_random.Next(topic.Keywords.Length)]).Append('\n').Append(body.Name).Append('\n')
            .Append(_body, 0, _body.Length - 1);
        var text = _text.ToString();
        var traditional = _random.NextDouble() < 0.10;
        if (traditional)
        {
            title = TraditionalScript.Convert(title);
            text = TraditionalScript.Convert(text);
        }
        return new BenchItem(id, body.Id, published, year, body.CategoryIds[k], genre, validity, scope, traditional, title, text);
    }

    private int[] Shuffled(int n)
    {
        var order = new int[n];
        for (var i = 0; i < n; i++)
        {
            order[i] = i;
        }
        _random.Shuffle(order);
        return order;
    }

    private string DocumentNumber(BenchBody body, int year)
    {
        var key = (body.Id, year);
        var serial = _documentSerials[key] = _documentSerials.GetValueOrDefault(key) + 1;
        var brackets = Brackets[_random.Next(Brackets.Length)];
        return $"{body.DocumentPrefix}{brackets[0]}{year}{brackets[1]}{serial}号";
    }

    private string IndexNumber(BenchBody body, int year)
    {
        var key = (body.Id, year);
        var serial = _indexSerials[key] = _indexSerials.GetValueOrDefault(key) + 1;
        return $"{body.Code}/{year:D4}-{serial:D5}";
    }

    private readonly record struct Slots(Corpus Corpus, BenchBody Body, int Year, DateTimeOffset Published);

    private string Expand(string template, Slots slots)
    {
        var sb = _paragraph.Clear();
        var i = 0;
        while (i < template.Length)
        {
            var open = template.IndexOf('{', i);
            if (open < 0)
            {
                sb.Append(template, i, template.Length - i);
                break;
            }
            sb.Append(template, i, open - i);
            var close = template.IndexOf('}', open);
            Fill(sb, template.AsSpan(open + 1, close - open - 1), slots);
            i = close + 1;
        }
        return sb.ToString();
    }

    private void Fill(StringBuilder sb, ReadOnlySpan<char> slot, Slots s)
    {
        var r = _random;
        switch (slot)
        {
            case "body": sb.Append(s.Body.Name); break;
            case "short": sb.Append(s.Body.ShortName); break;
            case "county": sb.Append(s.Body.County); break;
            case "town": sb.Append(s.Body.Town); break;
            case "village": sb.Append(Place(2)).Append('村'); break;
            case "school": sb.Append(s.Body.Name.EndsWith('学') || s.Body.Name.EndsWith('校') ? s.Body.Name : s.Body.Town + "中心小学"); break;
            case "year": sb.Append(s.Year); break;
            case "last": sb.Append(s.Year - 1); break;
            case "next": sb.Append(s.Year + 1); break;
            case "born": sb.Append(s.Year - 28 - r.Next(25)); break;
            case "month": sb.Append(1 + r.Next(12)); break;
            case "day": sb.Append(1 + r.Next(28)); break;
            case "quarter": sb.Append(Quarters[r.Next(4)]); break;
            case "n": sb.Append(2 + r.Next(40)); break;
            case "num": sb.Append(100 + r.Next(9900)); break;
            case "yuan": sb.Append(50 + (r.Next(190) * 5)); break;
            case "money": sb.Append((r.Next(1, 50_000) / 10.0).ToString("0.0", CultureInfo.InvariantCulture)); break;
            case "pct": sb.Append(1 + r.Next(30)); break;
            case "pct2": sb.Append(60 + r.Next(40)); break;
            case "phone": sb.Append('0').Append(r.Next(100, 1000)).Append('-').Append(r.Next(10_000_000, 100_000_000)); break;
            case "person": sb.Append(Surnames[r.Next(Surnames.Length)]).Append(r.Next(3) == 0 ? "某" : "某某"); break;
            case "company": sb.Append(s.Body.County[..1]).Append(Place(2)).Append(Industries[r.Next(Industries.Length)]).Append("有限公司"); break;
            case "road": sb.Append(Place(2)).Append(r.Next(2) == 0 ? "路" : "大道"); break;
            case "project": sb.Append(Projects[r.Next(Projects.Length)]); break;
            case "term": sb.Append(Topics.Terms[_termPick.Next(r)]); break;
            default: throw new InvalidOperationException($"Unknown slot {{{slot}}}");
        }
    }
}
