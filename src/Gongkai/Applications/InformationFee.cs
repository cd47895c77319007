using System.Globalization;

namespace Gongkai.Applications;

/// <summary>How the information processing fee is charged: per application or per page, never both for one applicant.</summary>
public enum FeeMode
{
    /// <summary>按件计收: by the number of applications from the same applicant in one calendar month.</summary>
    PerApplication = 1,
    /// <summary>按量计收: by the pages of the information provided for one application.</summary>
    PerPage = 2,
}

/// <summary>Units <see cref="From"/> to <see cref="To"/> (open-ended when null) at one price in yuan.</summary>
public sealed record FeeBand(int From, int? To, decimal UnitPrice);

/// <summary>The units <see cref="First"/>..<see cref="Last"/> of a band that a computation charged.</summary>
public sealed record FeeBandUse(FeeBand Band, int First, int Last)
{
    public int Units => Last - First + 1;
    public decimal Subtotal => Units * Band.UnitPrice;
}

/// <summary>A computed fee: the amount in yuan and the bands used, explained in the words of the fee notice.</summary>
public sealed record FeeCalculation(FeeMode Mode, int First, int Last, IReadOnlyList<FeeBandUse> Bands)
{
    public decimal Amount => Bands.Sum(b => b.Subtotal);

    public string Explanation => InformationFee.Explain(this);
}

/// <summary>
/// The fee table of the 2020 measures (《政府信息公开信息处理费管理办法》, 国办函〔2020〕109号, in force
/// 2021): free by default. Per application, counted for the same applicant in one calendar month:
/// 1–10 free, 11–30 at 100 yuan each, then every further band of 10 costs 100 yuan more each
/// (31–40 at 200, 41–50 at 300 …). Per page, for one application: 1–30 free, 31–100 at 10 yuan,
/// 101–200 at 20 yuan, 201 and more at 40 yuan.
/// </summary>
public static class InformationFee
{
    /// <summary>More than anyone could be charged for; keeps a typing slip from becoming a long loop.</summary>
    public const int MaxQuantity = 100_000;

    /// <summary>
    /// The fee for units 1..<paramref name="quantity"/>: the pages of one application, or all the
    /// applications of one applicant in a calendar month (35 applications → 3,000 yuan).
    /// </summary>
    public static FeeCalculation Compute(FeeMode mode, int quantity) => Charge(mode, 1, quantity);

    /// <summary>
    /// The fee for one application, the <paramref name="numberInMonth"/>-th of its applicant in the
    /// calendar month: the price of the band it falls in (the 35th costs 200 yuan).
    /// </summary>
    public static FeeCalculation ForApplication(int numberInMonth) => Charge(FeeMode.PerApplication, numberInMonth, numberInMonth);

    /// <summary>The band that unit <paramref name="n"/> (1-based) falls in.</summary>
    public static FeeBand BandOf(FeeMode mode, int n)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        return mode switch
        {
            FeeMode.PerApplication when n <= 10 => new FeeBand(1, 10, 0),
            FeeMode.PerApplication when n <= 30 => new FeeBand(11, 30, 100),
            FeeMode.PerApplication => ApplicationBandAbove30((n - 31) / 10),
            FeeMode.PerPage when n <= 30 => new FeeBand(1, 30, 0),
            FeeMode.PerPage when n <= 100 => new FeeBand(31, 100, 10),
            FeeMode.PerPage when n <= 200 => new FeeBand(101, 200, 20),
            FeeMode.PerPage => new FeeBand(201, null, 40),
            _ => throw new ArgumentOutOfRangeException(nameof(mode)),
        };
    }

    private static FeeBand ApplicationBandAbove30(int k) => new(31 + 10 * k, 40 + 10 * k, 200 + 100 * k);

    private static FeeCalculation Charge(FeeMode mode, int first, int last)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(first, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(last, first);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(last, MaxQuantity);
        var uses = new List<FeeBandUse>();
        for (var n = first; n <= last;)
        {
            var band = BandOf(mode, n);
            var end = Math.Min(band.To ?? last, last);
            uses.Add(new FeeBandUse(band, n, end));
            n = end + 1;
        }
        return new FeeCalculation(mode, first, last, uses);
    }

    /// <summary>The text of the fee notice's basis: the measures, what was counted, each band used and the total.</summary>
    internal static string Explain(FeeCalculation fee)
    {
        var unit = fee.Mode == FeeMode.PerPage ? "页" : "件";
        var counted = fee.Mode switch
        {
            FeeMode.PerPage => $"按量计收，本申请所需信息共{fee.Last}页",
            _ when fee.First == fee.Last && fee.First > 1 => $"按件计收，本件为申请人本自然月内第{fee.First}件申请",
            _ => $"按件计收，申请人本自然月内累计申请{fee.Last}件",
        };
        var bands = fee.Bands.Select(b =>
        {
            var range = b.First == b.Last ? $"第{b.First}{unit}" : $"第{b.First}—{b.Last}{unit}";
            return b.Band.UnitPrice == 0 ? $"{range}不收费" : $"{range}每{unit}{Yuan(b.Band.UnitPrice)}元，{b.Units}{unit}计{Yuan(b.Subtotal)}元";
        });
        var total = fee.Amount == 0 ? "不收取信息处理费" : $"合计{Yuan(fee.Amount)}元";
        return $"依据《政府信息公开信息处理费管理办法》（国办函〔2020〕109号），{counted}：{string.Join("；", bands)}。{total}。";
    }

    private static string Yuan(decimal amount) => amount.ToString("#,0.##", CultureInfo.InvariantCulture);
}
