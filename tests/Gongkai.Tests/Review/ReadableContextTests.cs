using Gongkai.Review;

namespace Gongkai.Tests.Review;

public sealed class ReadableContextTests
{
    [Theory]
    [InlineData("</th><td>11010519491231002X</td><td>138", "11010519491231002X 138")]
    [InlineData("h>张某某</th><td>11010519491231002X", "张某某 11010519491231002X")]
    [InlineData("电话13800138000。", "电话13800138000。")]
    [InlineData("<p>身份证号11010519491231002X</p><p", "身份证号11010519491231002X")]
    public void Tags_in_a_context_cut_from_html_become_spaces(string context, string readable) =>
        Assert.Equal(readable, ProposalPrivacy.Readable(context));
}
