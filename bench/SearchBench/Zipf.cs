namespace SearchBench;

/// <summary>
/// Picks ranks 0..n-1 with probability proportional to 1/(rank+1)^s: a few choices are common
/// and a long tail is rare, as words are in real text.
/// </summary>
public sealed class Zipf
{
    private readonly double[] _cumulative;

    public Zipf(int n, double s = 1.0)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        _cumulative = new double[n];
        var sum = 0.0;
        for (var i = 0; i < n; i++)
        {
            sum += 1.0 / Math.Pow(i + 1, s);
            _cumulative[i] = sum;
        }
    }

    /// <summary>Picks with the given weights instead of 1/rank^s.</summary>
    public Zipf(IReadOnlyList<double> weights)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(weights.Count, 1);
        _cumulative = new double[weights.Count];
        var sum = 0.0;
        for (var i = 0; i < weights.Count; i++)
        {
            sum += weights[i];
            _cumulative[i] = sum;
        }
    }

    public int Count => _cumulative.Length;

    public int Next(Random random)
    {
        var x = random.NextDouble() * _cumulative[^1];
        var i = Array.BinarySearch(_cumulative, x);
        return Math.Min(i < 0 ? ~i : i, _cumulative.Length - 1);
    }

    public T Pick<T>(Random random, IReadOnlyList<T> items) => items[Next(random)];
}
