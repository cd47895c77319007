using Gongkai.Items;

namespace Gongkai.Tests.Items;

public class DocumentNumberTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("\t\r\n")]
    [InlineData("\u3000")]
    public void Null_or_blank_becomes_null(string? raw)
    {
        Assert.Null(DocumentNumber.Normalise(raw));
    }

    [Theory]
    [InlineData("国办发[2017]47号")]
    [InlineData("国办发(2017)47号")]
    [InlineData("国办发（2017）47号")]
    [InlineData("国办发【2017】47号")]
    [InlineData("国办发［2017］47号")]
    [InlineData("国办发〔2017〕47号")]
    [InlineData("国办发﹝2017﹞47号")]
    [InlineData("国办发{2017}47号")]
    [InlineData("国办发｛2017｝47号")]
    [InlineData("国办发《2017》47号")]
    [InlineData("国办发<2017>47号")]
    [InlineData("国办发(2017]47号")]
    [InlineData("国办发【2017)47号")]
    public void Brackets_around_the_year_become_hexagonal(string raw)
    {
        Assert.Equal("国办发〔2017〕47号", DocumentNumber.Normalise(raw));
    }

    [Theory]
    [InlineData("国办发〔２０１７〕４７号", "国办发〔2017〕47号")]
    [InlineData("国办发（２０１７）４７号", "国办发〔2017〕47号")]
    [InlineData("０１２３４５６７８９", "0123456789")]
    [InlineData("ＡＢＣ〔2024〕1号", "ABC〔2024〕1号")]
    [InlineData("ａｂｃ〔2024〕1号", "abc〔2024〕1号")]
    public void Full_width_digits_and_letters_become_ascii(string raw, string expected)
    {
        Assert.Equal(expected, DocumentNumber.Normalise(raw));
    }

    [Theory]
    [InlineData(" 国办发〔2017〕47号 ", "国办发〔2017〕47号")]
    [InlineData("国办发 〔2017〕 47 号", "国办发〔2017〕47号")]
    [InlineData("国办发〔 2017 〕47号", "国办发〔2017〕47号")]
    [InlineData("国办发[ 2017 ]47号", "国办发〔2017〕47号")]
    [InlineData("国办发\u3000〔2017〕\u300047号", "国办发〔2017〕47号")]
    [InlineData("国办发\t(2017)\n47号", "国办发〔2017〕47号")]
    public void Spaces_are_removed(string raw, string expected)
    {
        Assert.Equal(expected, DocumentNumber.Normalise(raw));
    }

    [Theory]
    [InlineData("国办发[17]47号")]
    [InlineData("国办发[201]47号")]
    [InlineData("国办发[20171]47号")]
    [InlineData("国办发(试行)47号")]
    [InlineData("国办发[二〇一七]47号")]
    [InlineData("国办发2017年47号")]
    [InlineData("国办发[2017-1]47号")]
    [InlineData("【通知】")]
    [InlineData("[]")]
    public void Brackets_not_around_a_four_digit_year_are_left_alone(string raw)
    {
        Assert.Equal(raw, DocumentNumber.Normalise(raw));
    }

    [Fact]
    public void Every_year_in_brackets_is_normalised()
    {
        Assert.Equal("甲〔2017〕乙〔2018〕丙", DocumentNumber.Normalise("甲[2017]乙（2018）丙"));
    }

    [Fact]
    public void A_number_without_brackets_is_kept()
    {
        Assert.Equal("京政发2017第3号", DocumentNumber.Normalise("京政发2017第3号"));
    }

    [Theory]
    [InlineData("国办发[2017]47号")]
    [InlineData("国办发（２０１７）４７号")]
    [InlineData(" 国办发 【 2017 】 47 号 ")]
    [InlineData("国办发[17]47号")]
    [InlineData("〔2017〕")]
    public void Normalising_twice_changes_nothing(string raw)
    {
        var once = DocumentNumber.Normalise(raw);

        Assert.Equal(once, DocumentNumber.Normalise(once));
    }
}
