using Gongkai.Applications;

namespace Gongkai.Tests.Applications;

public sealed class TrackingCodeTests
{
    [Theory]
    [InlineData("QHSQ-YSQG-2468", "QHSQ-YSQG-2468")]
    [InlineData("qhsq ysqg 2468", "QHSQ-YSQG-2468")]
    [InlineData("ＱＨＳＱＹＳＱＧ２４６８", "QHSQ-YSQG-2468")]
    public void A_fixed_code_is_kept_as_normalised_with_a_fresh_secret_token(string typed, string code)
    {
        var first = TrackingCode.Fixed(typed);
        var second = TrackingCode.Fixed(typed);
        Assert.Equal(code, first.Code);
        Assert.Equal(code, second.Code);
        Assert.Equal(22, first.Token.Length);
        Assert.NotEqual(first.Token, second.Token);
    }

    [Theory]
    [InlineData("DEMO-2026-0001")] // O, 0 and 1 are look-alikes the alphabet leaves out
    [InlineData("QHSQ-YSQG-246")]
    [InlineData("")]
    public void A_fixed_code_outside_the_alphabet_or_length_is_refused(string typed) =>
        Assert.Throws<ArgumentException>(() => TrackingCode.Fixed(typed));

    [Fact]
    public void New_codes_are_already_normalised_and_tokens_differ()
    {
        var codes = Enumerable.Range(0, 50).Select(_ => TrackingCode.New()).ToList();
        Assert.All(codes, c => Assert.Equal(c.Code, TrackingCode.Normalise(c.Code)));
        Assert.Equal(codes.Count, codes.Select(c => c.Token).Distinct().Count());
    }
}
