using Gongkai.Bodies;
using Gongkai.Mail;
using Gongkai.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace Gongkai.Tests.Mail;

/// <summary>
/// The outbox on a real database: committed with the business change or not at all, sent by the
/// dispatcher, retried with waits, failed after the last attempt, and sent once by two dispatchers.
/// Every dispatcher here sees the whole outbox of the test database, so assertions look only at
/// the messages the test made (unique subjects).
/// </summary>
public abstract class OutboxDispatchTests
{
    private readonly GongkaiApp app;

    protected OutboxDispatchTests(GongkaiApp app)
    {
        this.app = app;
        app.SkipUnlessAvailable();
    }

    [DbFact]
    public async Task A_message_enqueued_in_a_transaction_that_rolls_back_is_never_sent()
    {
        var subject = TestData.Unique("回滚");
        var slug = TestData.Unique("b");
        await app.WithDbAsync(async (db, services) =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            db.Bodies.Add(new Body(slug, TestData.Unique("c"), "回滚测试机构", BodyType.GovernmentDepartment));
            services.GetRequiredService<Mailbox>().Enqueue(MailTestData.Draft(subject));
            await db.SaveChangesAsync();
            await transaction.RollbackAsync();
            return 0;
        });
        var transport = new RecordingTransport();
        await app.DispatchAsync(transport);

        Assert.Equal(0, transport.CountWithSubject(subject));
        Assert.False(await app.WithDbAsync((db, _) => db.Outbox.AnyAsync(m => m.Subject == subject)));
        Assert.False(await app.WithDbAsync((db, _) => db.Bodies.AnyAsync(b => b.Slug == slug)));
    }

    [DbFact]
    public async Task A_message_committed_with_the_business_change_is_sent_once_and_every_step_is_audited()
    {
        var subject = TestData.Unique("提交");
        var slug = TestData.Unique("b");
        var id = await app.WithDbAsync(async (db, services) =>
        {
            var body = new Body(slug, TestData.Unique("c"), "提交测试机构", BodyType.GovernmentDepartment);
            db.Bodies.Add(body);
            await db.SaveChangesAsync();
            var message = services.GetRequiredService<Mailbox>().Enqueue(MailTestData.Draft(subject) with { Concerning = new MailConcerning("Body", body.Id) });
            await db.SaveChangesAsync();
            return message.Id;
        });
        var transport = new RecordingTransport();
        await app.DispatchAsync(transport);
        await app.DispatchAsync(transport);

        Assert.Equal(1, transport.CountWithSubject(subject));
        var sent = await app.ReloadAsync(id);
        Assert.Equal((OutboxStatus.Sent, 1), (sent.Status, sent.Attempts));
        Assert.NotNull(sent.SentAt);
        var actions = await app.WithDbAsync((db, _) => db.AuditRecords.Where(r => r.EntityType == nameof(OutboxMessage) && r.EntityId == id.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .OrderBy(r => r.Sequence).Select(r => r.Action).ToListAsync());
        Assert.Equal(["新增", "发送邮件", "邮件已发送"], actions);
        var bodyId = await app.WithDbAsync((db, _) => db.Bodies.Where(b => b.Slug == slug).Select(b => b.Id).SingleAsync());
        Assert.Equal([id], await app.WithDbAsync((db, _) => db.Outbox.Concerning("Body", bodyId).Select(m => m.Id).ToListAsync()));
    }

    [DbFact]
    public async Task A_failed_attempt_records_the_error_and_waits_before_the_next()
    {
        var clock = new ManualClock();
        var message = await app.EnqueueAsync(MailTestData.Draft(TestData.Unique("失败")), clock);
        var failing = new RecordingTransport(failWith: new IOException("连接被拒绝"));

        await app.DispatchAsync(failing, clock);
        var after = await app.ReloadAsync(message.Id);
        Assert.Equal(OutboxStatus.Pending, after.Status);
        Assert.Equal(1, after.Attempts);
        Assert.Equal(clock.Now.AddMinutes(1), after.NextAttemptAt);
        Assert.Equal("IOException: 连接被拒绝", after.LastError);

        // Not again before its time, then again.
        var calls = failing.Calls;
        clock.Now = after.NextAttemptAt.AddSeconds(-1);
        await app.DispatchAsync(failing, clock);
        Assert.Equal(1, (await app.ReloadAsync(message.Id)).Attempts);
        clock.Now = after.NextAttemptAt;
        await app.DispatchAsync(failing, clock);
        var second = await app.ReloadAsync(message.Id);
        Assert.Equal(2, second.Attempts);
        Assert.Equal(clock.Now.AddMinutes(5), second.NextAttemptAt);
        Assert.True(failing.Calls > calls);
    }

    [DbFact]
    public async Task After_the_last_attempt_the_message_is_failed_and_left_alone()
    {
        var clock = new ManualClock();
        var message = await app.EnqueueAsync(MailTestData.Draft(TestData.Unique("放弃")), clock);
        var failing = new RecordingTransport(failWith: new InvalidOperationException("550 mailbox unavailable"));
        for (var attempt = 1; attempt <= OutboxMessage.MaxAttempts; attempt++)
        {
            await app.DispatchAsync(failing, clock);
            var now = await app.ReloadAsync(message.Id);
            Assert.Equal(attempt, now.Attempts);
            Assert.Equal(attempt < OutboxMessage.MaxAttempts ? OutboxStatus.Pending : OutboxStatus.Failed, now.Status);
            clock.Now = now.NextAttemptAt;
        }
        clock.Now = clock.Now.AddDays(30);
        await app.DispatchAsync(failing, clock);
        var failed = await app.ReloadAsync(message.Id);
        Assert.Equal((OutboxStatus.Failed, OutboxMessage.MaxAttempts), (failed.Status, failed.Attempts));
        Assert.Contains("550 mailbox unavailable", failed.LastError);
        Assert.True(await app.WithDbAsync((db, _) => db.AuditRecords.AnyAsync(r => r.EntityType == nameof(OutboxMessage) && r.Action == "邮件发送失败")));
    }

    [DbFact]
    public async Task A_message_whose_dispatcher_died_mid_send_is_sent_again_after_the_claim_runs_out()
    {
        var clock = new ManualClock();
        var subject = TestData.Unique("重启");
        var message = await app.EnqueueAsync(MailTestData.Draft(subject), clock);
        await app.WithDbAsync(async (db, _) =>
        {
            (await db.Outbox.SingleAsync(m => m.Id == message.Id)).Claim(clock.Now); // claimed, then the process stopped
            return await db.SaveChangesAsync();
        });
        var transport = new RecordingTransport();

        await app.DispatchAsync(transport, clock);
        Assert.Equal(0, transport.CountWithSubject(subject));
        clock.Now += OutboxMessage.ClaimLease;
        await app.DispatchAsync(transport, clock);
        Assert.Equal(1, transport.CountWithSubject(subject));
        Assert.Equal((OutboxStatus.Sent, 2), ((await app.ReloadAsync(message.Id)).Status, (await app.ReloadAsync(message.Id)).Attempts));
    }

    [DbFact]
    public async Task Of_two_claims_on_the_same_revision_only_the_first_is_saved()
    {
        var message = await app.EnqueueAsync(MailTestData.Draft(TestData.Unique("争用")));
        await using var first = app.Services.CreateAsyncScope();
        await using var second = app.Services.CreateAsyncScope();
        var db1 = first.ServiceProvider.GetRequiredService<Gongkai.Data.GongkaiDb>();
        var db2 = second.ServiceProvider.GetRequiredService<Gongkai.Data.GongkaiDb>();
        var m1 = await db1.Outbox.SingleAsync(m => m.Id == message.Id);
        var m2 = await db2.Outbox.SingleAsync(m => m.Id == message.Id);
        var now = DateTimeOffset.UtcNow;
        Assert.True(m1.Claim(now));
        Assert.True(m2.Claim(now));
        await db1.SaveChangesAsync();
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => db2.SaveChangesAsync());
        Assert.Equal(1, (await app.ReloadAsync(message.Id)).Attempts);
    }

    [DbFact]
    public async Task Two_dispatchers_running_at_once_send_each_message_once()
    {
        var subjects = Enumerable.Range(0, 12).Select(i => TestData.Unique($"并发{i}")).ToList();
        foreach (var subject in subjects)
        {
            await app.EnqueueAsync(MailTestData.Draft(subject));
        }
        var transport = new RecordingTransport(delay: TimeSpan.FromMilliseconds(20));

        var results = await Task.WhenAll(Task.Run(() => app.DispatchAsync(transport)), Task.Run(() => app.DispatchAsync(transport)));

        Assert.All(subjects, s => Assert.Equal(1, transport.CountWithSubject(s)));
        Assert.Equal(transport.Sent.Count, results.Sum(r => r.Sent));
        var statuses = await app.WithDbAsync((db, _) => db.Outbox.Where(m => subjects.Contains(m.Subject)).Select(m => new { m.Status, m.Attempts }).ToListAsync());
        Assert.Equal(subjects.Count, statuses.Count);
        Assert.All(statuses, s => Assert.Equal((OutboxStatus.Sent, 1), (s.Status, s.Attempts)));
    }

    [DbFact]
    public async Task A_reply_letter_from_the_file_store_is_attached_under_its_chinese_name()
    {
        var subject = TestData.Unique("答复");
        var letter = "PK\u0003\u0004 一份答复告知书"u8.ToArray();
        var id = await app.WithDbAsync(async (db, services) =>
        {
            var mailbox = services.GetRequiredService<Mailbox>();
            var attachment = await mailbox.StoreAttachmentAsync("政府信息公开申请答复告知书.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", new MemoryStream(letter));
            var message = mailbox.Enqueue(MailTestData.Draft(subject, "张三 <zhangsan@example.cn>") with { Attachments = [attachment] });
            await db.SaveChangesAsync();
            return message.Id;
        });
        var directory = Path.Combine(Path.GetTempPath(), "gongkai-mail-tests", Guid.NewGuid().ToString("N"));
        try
        {
            await app.DispatchAsync(new PickupDirectoryTransport(directory, TimeProvider.System));
            var sent = Directory.GetFiles(directory).Select(f => MimeMessage.Load(f)).Single(m => m.Subject == subject);
            Assert.Equal("zhangsan@example.cn", sent.To.Mailboxes.Single().Address);
            var part = Assert.IsType<MimePart>(sent.Attachments.Single());
            Assert.Equal("政府信息公开申请答复告知书.docx", part.FileName);
            using var bytes = new MemoryStream();
            await part.Content!.DecodeToAsync(bytes);
            Assert.Equal(letter, bytes.ToArray());
            Assert.Single((await app.ReloadAsync(id)).Attachments);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [DbFact]
    public async Task Enqueue_refuses_what_could_never_be_sent()
    {
        await app.WithDbAsync((db, services) =>
        {
            var mailbox = services.GetRequiredService<Mailbox>();
            Assert.Throws<ArgumentException>(() => mailbox.Enqueue(MailTestData.Draft("主题", "not-an-address")));
            Assert.Throws<ArgumentException>(() => mailbox.Enqueue(MailTestData.Draft("主题", "a@")));
            Assert.Throws<ArgumentException>(() => mailbox.Enqueue(new MailDraft([], "主题", "正文")));
            Assert.Throws<ArgumentException>(() => mailbox.Enqueue(MailTestData.Draft(" \r\n ")));
            Assert.Throws<ArgumentException>(() => mailbox.Enqueue(MailTestData.Draft(new string('长', 501))));
            Assert.Throws<ArgumentException>(() => mailbox.Enqueue(MailTestData.Draft("主题") with { Attachments = [new MailAttachment("a.docx", "not a type", "k")] }));
            Assert.Empty(db.ChangeTracker.Entries<OutboxMessage>());
            var message = mailbox.Enqueue(MailTestData.Draft("关于\r\n申请的\t答复", "a@example.cn", "A@Example.cn"));
            Assert.Equal("关于 申请的 答复", message.Subject);
            Assert.Equal(["a@example.cn"], message.Recipients);
            return Task.FromResult(0);
        });
        Assert.True(Mailbox.IsValidAddress("zhangsan@example.cn"));
        Assert.False(Mailbox.IsValidAddress("张三"));
    }
}

public sealed class OutboxDispatchTests_Sqlite(MailSqliteApp app) : OutboxDispatchTests(app), IClassFixture<MailSqliteApp>;

public sealed class OutboxDispatchTests_Postgres(MailPostgresApp app) : OutboxDispatchTests(app), IClassFixture<MailPostgresApp>;
