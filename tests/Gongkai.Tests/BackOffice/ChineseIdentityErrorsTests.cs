using System.Reflection;
using System.Text.RegularExpressions;
using Gongkai.Staff;
using Microsoft.AspNetCore.Identity;

namespace Gongkai.Tests.BackOffice;

public partial class ChineseIdentityErrorsTests
{
    /// <summary>Every message Identity can give, by the name of the describer's method.</summary>
    public static TheoryData<string> Messages()
    {
        var data = new TheoryData<string>();
        foreach (var method in typeof(IdentityErrorDescriber).GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(m => m.IsVirtual && m.ReturnType == typeof(IdentityError)))
        {
            data.Add(method.Name);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Messages))]
    public void Every_identity_message_is_in_chinese(string name)
    {
        var method = typeof(ChineseIdentityErrors).GetMethod(name, BindingFlags.Public | BindingFlags.Instance)!;
        Assert.True(method.DeclaringType == typeof(ChineseIdentityErrors), $"{name} is not translated: Identity would show its English message");
        var arguments = method.GetParameters().Select(p => p.ParameterType == typeof(int) ? (object)10 : "abc").ToArray();

        var error = (IdentityError)method.Invoke(new ChineseIdentityErrors(), arguments)!;

        Assert.Equal(name, error.Code);
        Assert.Matches(Chinese(), error.Description);
        Assert.DoesNotMatch(EnglishWord(), error.Description.Replace("abc", "", StringComparison.Ordinal));
    }

    [Fact]
    public void There_are_messages_to_check()
    {
        Assert.True(Messages().Count >= 20);
    }

    [Theory]
    [InlineData(15, "15 分钟")]
    [InlineData(5, "5 分钟")]
    [InlineData(0.5, "1 分钟")]
    public void The_lockout_message_gives_the_configured_minutes(double minutes, string expected)
    {
        var message = ChineseIdentityErrors.LockedOut(TimeSpan.FromMinutes(minutes));

        Assert.Contains(expected, message, StringComparison.Ordinal);
        Assert.StartsWith("登录失败次数过多，账号已临时锁定", message, StringComparison.Ordinal);
    }

    [GeneratedRegex("\\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Chinese();

    [GeneratedRegex("[A-Za-z]{3,}")]
    private static partial Regex EnglishWord();
}
