using Gongkai.Audit;

namespace Gongkai.Tests.Audit;

/// <summary>
/// The hash format is a promise to every database already written: records without a body hash as
/// they did before records had one, and the body id, when there is one, is covered.
/// </summary>
public sealed class AuditHashTests
{
    private static readonly DateTimeOffset At = new(2025, 6, 2, 2, 0, 0, 123, TimeSpan.Zero);

    private static AuditRecord Record(int? bodyId) =>
        new(3, At, AuditActor.System, "新增", "DisclosureItem", "42", bodyId, null, "{\"Title\":\"通知\"}", null, AuditHash.Genesis);

    [Fact]
    public void A_record_without_a_body_hashes_in_the_original_form()
    {
        // SHA-256 of "<previous>\n3\n2025-06-02T02:00:00.123Z\n系统\n新增\nDisclosureItem\n42\n∅\n{"Title":"通知"}\n∅"
        Assert.Equal("356ca9c2063d1e0da8e376415abfaaf64d55951f5f8b6f35c4667028e807f405", Record(null).Hash);
    }

    [Fact]
    public void A_record_with_a_body_hashes_a_first_line_naming_it()
    {
        Assert.Equal("2bb025bb55b8550fa32a0c0478aee13ee44d4655abd53e0a4f889225e73ed7bc", Record(7).Hash);
    }

    [Theory]
    [InlineData(null, 7)]
    [InlineData(7, null)]
    [InlineData(7, 8)]
    [InlineData(7, 70)]
    [InlineData(1, 0)]
    public void Another_body_id_is_another_hash(int? written, int? forged) =>
        Assert.NotEqual(Record(written).Hash, Record(forged).Hash);
}
