namespace Gongkai.Tests.Privacy;

/// <summary>
/// Numbers with correct (or deliberately wrong) check digits, computed here independently of the
/// code under test so that no test case depends on a check digit worked out by hand.
/// </summary>
internal static class TestNumbers
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

    /// <summary>The 17 digits followed by their GB 11643 check character.</summary>
    public static string Id(string first17)
    {
        if (first17.Length != 17 || !first17.All(char.IsAsciiDigit))
        {
            throw new ArgumentException("17 digits expected", nameof(first17));
        }
        var sum = first17.Select((c, i) => (c - '0') * Weights[i]).Sum();
        return first17 + "10X98765432"[sum % 11];
    }

    /// <summary>The 17 digits followed by a check character that is not the right one.</summary>
    public static string IdWithWrongCheck(string first17)
    {
        var right = Id(first17)[^1];
        return first17 + (right == '0' ? '1' : '0');
    }

    /// <summary>Whether the digits pass the Luhn check: from the right, every second digit doubled.</summary>
    public static bool Luhn(string digits)
    {
        var sum = 0;
        var reversed = digits.Reverse().ToArray();
        for (var i = 0; i < reversed.Length; i++)
        {
            var d = reversed[i] - '0';
            sum += i % 2 == 0 ? d : d * 2 / 10 + d * 2 % 10;
        }
        return sum % 10 == 0;
    }

    /// <summary>The digits followed by the one check digit that makes them pass Luhn.</summary>
    public static string Card(string withoutCheck) => Enumerable.Range(0, 10).Select(d => withoutCheck + d).Single(Luhn);

    /// <summary>The digits followed by a check digit that makes them fail Luhn.</summary>
    public static string CardFailingLuhn(string withoutCheck) => Enumerable.Range(0, 10).Select(d => withoutCheck + d).First(n => !Luhn(n));

    /// <summary>An ID number with a right check digit that passes Luhn too: reported as an ID number only.</summary>
    public static string IdThatPassesLuhn() => Enumerable.Range(0, 1000)
        .Select(sequence => Id($"11010519800101{sequence:D3}"))
        .First(id => char.IsAsciiDigit(id[^1]) && Luhn(id));

    /// <summary>Groups a run of characters: Group("11010519491231002X", " ", 6, 8, 4) is "110105 19491231 002X".</summary>
    public static string Group(string run, string separator, params int[] sizes)
    {
        if (sizes.Sum() != run.Length)
        {
            throw new ArgumentException("the sizes must add up to the length", nameof(sizes));
        }
        var parts = new List<string>();
        var at = 0;
        foreach (var size in sizes)
        {
            parts.Add(run.Substring(at, size));
            at += size;
        }
        return string.Join(separator, parts);
    }
}
