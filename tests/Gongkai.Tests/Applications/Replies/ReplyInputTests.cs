using Gongkai.Applications;
using Gongkai.Applications.Replies.Admin;

namespace Gongkai.Tests.Applications.Replies;

/// <summary>The reply form as typed, turned into a draft.</summary>
public class ReplyInputTests
{
    [Theory]
    [InlineData("3.4", "", "3.4")]
    [InlineData("3.4", "《中华人民共和国政府信息公开条例》第三十七条", "3.4")]
    [InlineData("4.2", "《中华人民共和国政府信息公开条例》第十四条、第三十六条第（三）项", "4.2")]
    public void The_basis_follows_the_outcome_until_the_handler_writes_one(string outcome, string typed, string expectedDefaultOf)
    {
        var draft = new ReplyInput { OutcomeCode = outcome, LegalBasis = typed }.ToDraft();

        Assert.Equal(Outcome.Get(expectedDefaultOf).DefaultBasis, draft.LegalBasis);
        Assert.Equal("本机关自拟的依据", new ReplyInput { OutcomeCode = outcome, LegalBasis = " 本机关自拟的依据 " }.ToDraft().LegalBasis);
    }

    [Fact]
    public void Blank_rows_are_no_parts_and_parts_count_only_for_a_partial_disclosure()
    {
        var input = new ReplyInput
        {
            OutcomeCode = "2",
            Parts = [new() { Description = "银行账号", GroundCode = "3.4", Reason = "隐私" }, new(), new() { Reason = "只写了理由" }],
        };

        Assert.Equal(["银行账号", null], input.ToDraft().WithheldParts.Select(p => p.Description));
        input.OutcomeCode = "1";
        Assert.Empty(input.ToDraft().WithheldParts);
        Assert.Equal(4, input.PartsWithBlanks.Count());
    }

    [Fact]
    public void The_letter_is_typed_as_text_a_paragraph_per_line()
    {
        Assert.Equal("<p>王小明：</p><p>&lt;b&gt;答复&lt;/b&gt; 如下。</p>", ReplyInput.Paragraphs("王小明：\r\n\r\n  <b>答复</b> 如下。  \n"));
        Assert.Equal("", ReplyInput.Paragraphs(null));
    }
}
