using Gongkai.Review;
using Gongkai.Staff;

namespace Gongkai.Tests.Review;

public class ReviewPlanTests
{
    private const string EndWithLeadership = "审核流程的最后一步必须是领导小组审批。";
    private const string NeedsConfidentiality = "审核流程必须包含保密审查（条例第十七条）。";
    private const string ReviewersOnly = "审核步骤只能由科室负责人、保密审查员、审计理财和领导小组担任。";
    private const string EachRoleOnce = "同一角色在审核流程中只能出现一次。";

    private static ReviewPlan Plan(params StaffRole[] steps) => new(steps);

    // ---- Edge cases first ----

    [Fact]
    public void An_empty_plan_neither_ends_with_leadership_nor_contains_confidentiality()
    {
        Assert.Equal([EndWithLeadership, NeedsConfidentiality], Plan().Problems());
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData(",")]
    [InlineData(" , ,, ")]
    public void Parsing_blank_text_gives_an_empty_plan(string text)
    {
        Assert.Empty(ReviewPlan.Parse(text).Steps);
    }

    [Theory]
    [InlineData("Leader")]
    [InlineData("sectionhead")]
    [InlineData("SectionHead;LeadershipApprover")]
    [InlineData("科室负责人")]
    public void Parsing_refuses_what_is_not_a_role_name(string text)
    {
        Assert.Throws<ArgumentException>(() => ReviewPlan.Parse(text));
    }

    [Fact]
    public void An_empty_plan_describes_as_empty_text()
    {
        Assert.Equal("", Plan().Describe());
    }

    // ---- Defaults ----

    [Fact]
    public void Default_for_ordinary_matters_is_section_head_then_confidentiality_then_leadership()
    {
        Assert.Equal(
            [StaffRole.SectionHead, StaffRole.ConfidentialityReviewer, StaffRole.LeadershipApprover],
            ReviewPlan.Default(financial: false).Steps);
    }

    [Fact]
    public void Default_for_money_matters_adds_the_finance_audit_just_before_leadership()
    {
        Assert.Equal(
            [StaffRole.SectionHead, StaffRole.ConfidentialityReviewer, StaffRole.FinanceAuditor, StaffRole.LeadershipApprover],
            ReviewPlan.Default(financial: true).Steps);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Default_plans_have_no_problems(bool financial)
    {
        Assert.Empty(ReviewPlan.Default(financial).Problems());
    }

    [Fact]
    public void The_reviewer_roles_are_the_four_that_sign_off()
    {
        Assert.Equal(
            [StaffRole.SectionHead, StaffRole.ConfidentialityReviewer, StaffRole.FinanceAuditor, StaffRole.LeadershipApprover],
            ReviewPlan.Reviewers);
    }

    // ---- Text and Parse ----

    [Theory]
    [InlineData(false, "SectionHead,ConfidentialityReviewer,LeadershipApprover")]
    [InlineData(true, "SectionHead,ConfidentialityReviewer,FinanceAuditor,LeadershipApprover")]
    public void Text_is_the_role_names_separated_by_commas(bool financial, string text)
    {
        Assert.Equal(text, ReviewPlan.Default(financial).Text);
    }

    public static TheoryData<StaffRole[]> Plans => new()
    {
        Array.Empty<StaffRole>(),
        new[] { StaffRole.LeadershipApprover },
        new[] { StaffRole.ConfidentialityReviewer, StaffRole.LeadershipApprover },
        new[] { StaffRole.SectionHead, StaffRole.ConfidentialityReviewer, StaffRole.LeadershipApprover },
        new[] { StaffRole.SectionHead, StaffRole.ConfidentialityReviewer, StaffRole.FinanceAuditor, StaffRole.LeadershipApprover },
        new[] { StaffRole.FinanceAuditor, StaffRole.SectionHead, StaffRole.ConfidentialityReviewer, StaffRole.LeadershipApprover },
        new[] { StaffRole.Drafter, StaffRole.Drafter }, // invalid plans survive the round trip too
    };

    [Theory]
    [MemberData(nameof(Plans))]
    public void Parse_reads_back_what_Text_wrote(StaffRole[] steps)
    {
        var plan = Plan(steps);

        var parsed = ReviewPlan.Parse(plan.Text);

        Assert.Equal(steps, parsed.Steps);
        Assert.Equal(plan.Text, parsed.Text);
    }

    [Theory]
    [InlineData(" SectionHead , ConfidentialityReviewer ,LeadershipApprover ")]
    [InlineData("SectionHead,,ConfidentialityReviewer,,,LeadershipApprover,")]
    [InlineData(",SectionHead,ConfidentialityReviewer,LeadershipApprover")]
    public void Parse_ignores_spaces_and_empty_entries(string text)
    {
        Assert.Equal(ReviewPlan.Default(financial: false).Steps, ReviewPlan.Parse(text).Steps);
    }

    // ---- Problems, one message each ----

    [Theory]
    [InlineData("ConfidentialityReviewer,LeadershipApprover")]
    [InlineData("SectionHead,ConfidentialityReviewer,LeadershipApprover")]
    [InlineData("SectionHead,ConfidentialityReviewer,FinanceAuditor,LeadershipApprover")]
    [InlineData("ConfidentialityReviewer,SectionHead,LeadershipApprover")]
    [InlineData("FinanceAuditor,ConfidentialityReviewer,SectionHead,LeadershipApprover")]
    [InlineData("ConfidentialityReviewer,FinanceAuditor,LeadershipApprover")]
    public void A_chain_ending_with_leadership_and_containing_confidentiality_is_fine_in_any_middle_order(string text)
    {
        Assert.Empty(ReviewPlan.Parse(text).Problems());
    }

    [Theory]
    [InlineData("ConfidentialityReviewer")]
    [InlineData("SectionHead,ConfidentialityReviewer")]
    [InlineData("SectionHead,ConfidentialityReviewer,FinanceAuditor")]
    [InlineData("LeadershipApprover,ConfidentialityReviewer")]
    [InlineData("ConfidentialityReviewer,LeadershipApprover,FinanceAuditor")]
    [InlineData("ConfidentialityReviewer,LeadershipApprover,SectionHead")]
    public void A_chain_must_end_with_leadership(string text)
    {
        Assert.Equal([EndWithLeadership], ReviewPlan.Parse(text).Problems());
    }

    [Theory]
    [InlineData("LeadershipApprover")]
    [InlineData("SectionHead,LeadershipApprover")]
    [InlineData("SectionHead,FinanceAuditor,LeadershipApprover")]
    public void A_chain_must_contain_confidentiality_review(string text)
    {
        Assert.Equal([NeedsConfidentiality], ReviewPlan.Parse(text).Problems());
    }

    [Theory]
    [InlineData(StaffRole.Drafter)]
    [InlineData(StaffRole.ApplicationHandler)]
    [InlineData(StaffRole.Supervisor)]
    [InlineData(StaffRole.BodyAdmin)]
    [InlineData(StaffRole.PlatformAdmin)]
    [InlineData((StaffRole)0)]
    [InlineData((StaffRole)99)]
    public void Only_reviewer_roles_may_be_steps(StaffRole role)
    {
        var plan = Plan(StaffRole.SectionHead, role, StaffRole.ConfidentialityReviewer, StaffRole.LeadershipApprover);

        Assert.Equal([ReviewersOnly], plan.Problems());
    }

    [Fact]
    public void An_undefined_role_number_parses_but_is_a_problem()
    {
        var plan = ReviewPlan.Parse("99,ConfidentialityReviewer,LeadershipApprover");

        Assert.Equal([ReviewersOnly], plan.Problems());
    }

    [Theory]
    [InlineData("SectionHead,SectionHead,ConfidentialityReviewer,LeadershipApprover")]
    [InlineData("ConfidentialityReviewer,ConfidentialityReviewer,LeadershipApprover")]
    [InlineData("ConfidentialityReviewer,LeadershipApprover,LeadershipApprover")]
    [InlineData("LeadershipApprover,ConfidentialityReviewer,LeadershipApprover")]
    [InlineData("FinanceAuditor,ConfidentialityReviewer,FinanceAuditor,LeadershipApprover")]
    public void A_role_may_appear_only_once(string text)
    {
        Assert.Equal([EachRoleOnce], ReviewPlan.Parse(text).Problems());
    }

    [Fact]
    public void Every_problem_is_reported_at_once_in_a_fixed_order()
    {
        var plan = Plan(StaffRole.Drafter, StaffRole.Drafter);

        Assert.Equal([EndWithLeadership, NeedsConfidentiality, ReviewersOnly, EachRoleOnce], plan.Problems());
    }

    [Fact]
    public void A_non_reviewer_at_the_end_is_both_a_wrong_ending_and_a_wrong_role()
    {
        var plan = Plan(StaffRole.ConfidentialityReviewer, StaffRole.LeadershipApprover, StaffRole.Supervisor);

        Assert.Equal([EndWithLeadership, ReviewersOnly], plan.Problems());
    }

    // ---- Describe ----

    [Theory]
    [InlineData(false, "科室负责人 → 保密审查员 → 领导小组")]
    [InlineData(true, "科室负责人 → 保密审查员 → 审计理财 → 领导小组")]
    public void Describe_names_the_steps_in_Chinese_with_arrows(bool financial, string description)
    {
        Assert.Equal(description, ReviewPlan.Default(financial).Describe());
    }

    [Theory]
    [InlineData("LeadershipApprover", "领导小组")]
    [InlineData("ConfidentialityReviewer,LeadershipApprover", "保密审查员 → 领导小组")]
    [InlineData("FinanceAuditor,ConfidentialityReviewer,LeadershipApprover", "审计理财 → 保密审查员 → 领导小组")]
    public void Describe_follows_the_order_of_the_steps(string text, string description)
    {
        Assert.Equal(description, ReviewPlan.Parse(text).Describe());
    }
}
