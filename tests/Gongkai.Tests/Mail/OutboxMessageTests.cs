using Gongkai.Mail;

namespace Gongkai.Tests.Mail;

/// <summary>The rules of one outbox message: claiming, the retry schedule, giving up, resending.</summary>
public sealed class OutboxMessageTests
{
    private static readonly DateTimeOffset T0 = new(2025, 6, 2, 1, 0, 0, TimeSpan.Zero);

    private static OutboxMessage NewMessage() => new(["a@example.cn"], "主题", "正文", null, new MailConcerning("Application", 42), T0);

    [Fact]
    public void A_new_message_is_pending_and_due_at_once()
    {
        var m = NewMessage();
        Assert.Equal(OutboxStatus.Pending, m.Status);
        Assert.True(m.IsDue(T0));
        Assert.False(m.IsDue(T0.AddTicks(-1)));
        Assert.Equal(0, m.Attempts);
        Assert.Equal(("Application", 42), (m.ConcerningType, m.ConcerningId));
    }

    [Fact]
    public void A_claim_counts_the_attempt_and_hides_the_message_for_the_lease()
    {
        var m = NewMessage();
        Assert.True(m.Claim(T0));
        Assert.Equal(1, m.Attempts);
        Assert.Equal(T0, m.LastAttemptAt);
        Assert.False(m.IsDue(T0 + OutboxMessage.ClaimLease - TimeSpan.FromSeconds(1)));
        Assert.True(m.IsDue(T0 + OutboxMessage.ClaimLease));
        Assert.Throws<InvalidOperationException>(() => m.Claim(T0));
    }

    [Fact]
    public void Every_change_moves_the_revision_on()
    {
        var m = NewMessage();
        var revisions = new List<int> { m.Revision };
        m.Claim(T0);
        revisions.Add(m.Revision);
        m.MarkAttemptFailed("x", T0);
        revisions.Add(m.Revision);
        Assert.Equal(revisions.Distinct().Count(), revisions.Count);
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 5)]
    [InlineData(3, 15)]
    [InlineData(4, 60)]
    [InlineData(5, 240)]
    public void A_failed_attempt_waits_longer_each_time(int attempt, int minutes)
    {
        var m = NewMessage();
        var now = T0;
        for (var i = 1; i <= attempt; i++)
        {
            m.Claim(now);
            m.MarkAttemptFailed($"第 {i} 次失败", now);
            Assert.Equal(OutboxStatus.Pending, m.Status);
            if (i < attempt)
            {
                now = m.NextAttemptAt;
            }
        }
        Assert.Equal(now + TimeSpan.FromMinutes(minutes), m.NextAttemptAt);
        Assert.Equal($"第 {attempt} 次失败", m.LastError);
    }

    [Fact]
    public void The_last_failed_attempt_fails_the_message()
    {
        var m = NewMessage();
        for (var i = 1; i <= OutboxMessage.MaxAttempts; i++)
        {
            m.Claim(m.NextAttemptAt);
            m.MarkAttemptFailed("550 mailbox unavailable", m.NextAttemptAt);
        }
        Assert.Equal(OutboxStatus.Failed, m.Status);
        Assert.Equal(OutboxMessage.MaxAttempts, m.Attempts);
        Assert.False(m.IsDue(DateTimeOffset.MaxValue));
        Assert.Throws<InvalidOperationException>(() => m.MarkSent(T0));
    }

    [Fact]
    public void A_last_claim_that_never_reported_back_fails_the_message_instead_of_an_extra_attempt()
    {
        var m = NewMessage();
        for (var i = 1; i < OutboxMessage.MaxAttempts; i++)
        {
            m.Claim(m.NextAttemptAt);
            m.MarkAttemptFailed("timeout", m.NextAttemptAt);
        }
        m.Claim(m.NextAttemptAt); // the dispatcher dies here
        Assert.False(m.Claim(m.NextAttemptAt));
        Assert.Equal(OutboxStatus.Failed, m.Status);
        Assert.Equal(OutboxMessage.MaxAttempts, m.Attempts);
        Assert.Contains("发送进程中断", m.LastError);
    }

    [Fact]
    public void Sent_clears_the_error_and_is_final()
    {
        var m = NewMessage();
        m.Claim(T0);
        m.MarkAttemptFailed("421 try later", T0);
        m.Claim(m.NextAttemptAt);
        m.MarkSent(T0.AddMinutes(2));
        Assert.Equal(OutboxStatus.Sent, m.Status);
        Assert.Equal(T0.AddMinutes(2), m.SentAt);
        Assert.Null(m.LastError);
        Assert.False(m.IsDue(DateTimeOffset.MaxValue));
        Assert.Throws<InvalidOperationException>(() => m.Resend(T0));
        Assert.Throws<InvalidOperationException>(() => m.MarkAttemptFailed("x", T0));
    }

    [Fact]
    public void Only_a_failed_message_can_be_resent_and_it_gets_a_fresh_round()
    {
        var m = NewMessage();
        Assert.Throws<InvalidOperationException>(() => m.Resend(T0));
        for (var i = 1; i <= OutboxMessage.MaxAttempts; i++)
        {
            m.Claim(m.NextAttemptAt);
            m.MarkAttemptFailed("550", m.NextAttemptAt);
        }
        var later = T0.AddDays(3);
        m.Resend(later);
        Assert.Equal(OutboxStatus.Pending, m.Status);
        Assert.Equal(0, m.Attempts);
        Assert.True(m.IsDue(later));
        Assert.Equal("550", m.LastError);
    }

    [Fact]
    public void A_long_error_is_cut_to_the_column()
    {
        var m = NewMessage();
        m.Claim(T0);
        m.MarkAttemptFailed(new string('错', 5000), T0);
        Assert.Equal(2000, m.LastError!.Length);
    }
}
