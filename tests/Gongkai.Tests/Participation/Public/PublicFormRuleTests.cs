using Gongkai.Bodies;
using Gongkai.Participation;
using Gongkai.Participation.Public;

namespace Gongkai.Tests.Participation.Public;

/// <summary>The pure rules behind the public forms: who handles a complaint or report, what input is accepted, the submission key.</summary>
public sealed class PublicFormRuleTests
{
    private static readonly Body County = new("county", "C01", "示范县人民政府", BodyType.LocalGovernment);
    private static readonly Body School = new("school", "S01", "示范小学", BodyType.PublicInstitution, County);

    [Theory]
    [InlineData(OpinionKind.Complaint, false, "county", "school")]
    [InlineData(OpinionKind.Complaint, true, "county", "school")]
    [InlineData(OpinionKind.Report, false, "school", null)]
    [InlineData(OpinionKind.Report, true, "county", "school")]
    public void Complaints_and_reports_about_a_body_go_to_its_supervisor(OpinionKind kind, bool aboutTheBody, string handler, string? against)
    {
        var (handledBy, subject) = ComplaintRouting.Route(kind, School, aboutTheBody);

        Assert.Equal(handler, handledBy.Slug);
        Assert.Equal(against is null ? null : School.Id, subject.AgainstBodyId);
    }

    [Fact]
    public void At_the_top_a_complaint_stays_with_the_body_itself()
    {
        Assert.Same(County, ComplaintRouting.Route(OpinionKind.Complaint, County, false).HandledBy);
        Assert.Throws<ArgumentOutOfRangeException>(() => ComplaintRouting.Route(OpinionKind.Suggestion, County, false));
    }

    [Theory]
    [InlineData("  ", null, null, "Text")]
    [InlineData("好", "123", null, "Phone")]
    [InlineData("好", "电话", null, "Phone")]
    [InlineData("好", null, "a@b", "Email")]
    [InlineData("好", null, "a b@c.cn", "Email")]
    [InlineData("好", "+86 (591) 1234-5678", "a@b.cn", null)]
    [InlineData("好", " ", " ", null)]
    public void Input_problems(string text, string? phone, string? email, string? field)
    {
        var problems = new OpinionInput { Text = text, Phone = phone, Email = email }.Problems();

        Assert.Equal(field is null ? [] : [field], problems.Keys.ToArray());
    }

    [Fact]
    public void Blank_contact_fields_make_an_anonymous_author_and_the_form_starts_with_consent_ticked()
    {
        Assert.True(new OpinionInput { Text = "好", Name = " ", Phone = "", Email = null }.ToAuthor().IsAnonymous);
        Assert.True(OpinionInput.Blank().Public);
        Assert.False(new OpinionInput().Public);
    }

    [Fact]
    public void A_submission_key_gives_one_token_and_a_key_the_form_did_not_hand_out_is_replaced()
    {
        var key = SubmissionKeys.New();

        Assert.Equal(SubmissionKeys.Token(key), SubmissionKeys.Token(key));
        Assert.NotEqual(SubmissionKeys.Token(key), SubmissionKeys.Token(SubmissionKeys.New()));
        Assert.Matches("^[A-Za-z0-9_-]{22}$", SubmissionKeys.Token(key));
        Assert.Equal(key, SubmissionKeys.Accept(key));
        foreach (var bad in new[] { null, "", "short", key.ToUpperInvariant(), key + "0", "zz" + key[2..] })
        {
            Assert.NotEqual(bad, SubmissionKeys.Accept(bad));
            Assert.Equal(32, SubmissionKeys.Accept(bad).Length);
        }
    }
}
