using System.Diagnostics;
using System.Globalization;

namespace SearchBench;

/// <summary>Command-line options (see bench/README.md).</summary>
public sealed record Options(
    int Items,
    string Database,
    string? Postgres,
    int Seed,
    int Batch,
    int Runs,
    int LikeRuns,
    bool Rebuild,
    bool GenerateOnly,
    bool LoadOnly,
    int Samples,
    string? ProgressFile)
{
    public const string Usage = """
        Usage: dotnet run -c Release --project bench/SearchBench -- [options]
          --items N          items to generate and load (default 100000)
          --db FILE          SQLite database file (default /tmp/gongkai-search-bench-N.db)
          --postgres CS      use PostgreSQL with this connection string instead (its database is emptied)
          --seed N           corpus seed (default 20261128)
          --batch N          documents per transaction (default 5000)
          --runs N           timed runs per query (default 200; fewer when a query is slow)
          --like-runs N      timed runs per LIKE query (default 3; fewer when slow)
          --rebuild          reload even if the database already holds this corpus
          --generate-only    generate the corpus only (no database): timing and samples
          --load-only        load (or check the load), skip the queries
          --samples N        print N generated items (default 0; 3 with --generate-only)
          --progress FILE    append load progress to FILE as markdown
        """;

    public static Options Parse(string[] args)
    {
        int? items = null;
        string? db = null;
        string? postgres = null;
        var seed = 20261128;
        var batch = 5000;
        var runs = 200;
        var likeRuns = 3;
        var rebuild = false;
        var generateOnly = false;
        var loadOnly = false;
        int? samples = null;
        string? progress = null;
        for (var i = 0; i < args.Length; i++)
        {
            string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.\n{Usage}");
            int Number() => int.Parse(Value().Replace("_", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);
            switch (args[i])
            {
                case "--items": items = Number(); break;
                case "--db": db = Value(); break;
                case "--postgres": postgres = Value(); break;
                case "--seed": seed = Number(); break;
                case "--batch": batch = Number(); break;
                case "--runs": runs = Number(); break;
                case "--like-runs": likeRuns = Number(); break;
                case "--rebuild": rebuild = true; break;
                case "--generate-only": generateOnly = true; break;
                case "--load-only": loadOnly = true; break;
                case "--samples": samples = Number(); break;
                case "--progress": progress = Value(); break;
                case "--help" or "-h": throw new ArgumentException(Usage);
                default: throw new ArgumentException($"Unknown option {args[i]}.\n{Usage}");
            }
        }
        var n = items ?? 100_000;
        return new Options(n, db ?? $"/tmp/gongkai-search-bench-{n}.db", postgres, seed, Math.Max(1, batch), Math.Max(1, runs), Math.Max(1, likeRuns),
            rebuild, generateOnly, loadOnly, samples ?? (generateOnly ? 3 : 0), progress);
    }
}

/// <summary>Resident memory of this process (Linux: VmHWM and VmRSS, which can be reset between phases).</summary>
public static class Memory
{
    public static long PeakWorkingSet() => Status("VmHWM:") ?? Process.GetCurrentProcess().PeakWorkingSet64;

    public static long WorkingSet() => Status("VmRSS:") ?? Process.GetCurrentProcess().WorkingSet64;

    /// <summary>Starts a new peak (Linux only; writes 5 to /proc/self/clear_refs).</summary>
    public static bool ResetPeak()
    {
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static long? Status(string key)
    {
        if (!File.Exists("/proc/self/status"))
        {
            return null;
        }
        foreach (var line in File.ReadLines("/proc/self/status"))
        {
            if (line.StartsWith(key, StringComparison.Ordinal))
            {
                var kb = line[key.Length..].Trim().Split(' ')[0];
                return long.Parse(kb, CultureInfo.InvariantCulture) * 1024;
            }
        }
        return null;
    }
}

/// <summary>Load progress on stderr, and as markdown lines in a file others can read while it runs.</summary>
public sealed class Progress(string? file, string label)
{
    private TimeSpan _lastReport = TimeSpan.Zero;

    public void Note(string line)
    {
        Console.Error.WriteLine(line);
        if (file is not null)
        {
            File.AppendAllText(file, $"- {DateTime.UtcNow:HH:mm:ss} UTC {label}: {line}\n");
        }
    }

    public void Loaded(int done, int total, TimeSpan wall, TimeSpan generate, TimeSpan tokenise, TimeSpan write)
    {
        if (done < total && wall - _lastReport < TimeSpan.FromSeconds(30))
        {
            return;
        }
        _lastReport = wall;
        var rate = done / Math.Max(0.001, wall.TotalSeconds);
        var eta = TimeSpan.FromSeconds((total - done) / Math.Max(1, rate));
        Note(string.Create(CultureInfo.InvariantCulture,
            $"{done:N0}/{total:N0} items in {wall.TotalSeconds:0}s ({rate:N0} items/s overall; index writes {done / Math.Max(0.001, write.TotalSeconds):N0} docs/s; generate {generate.TotalSeconds:0}s, tokenise {tokenise.TotalSeconds:0}s), about {eta.TotalMinutes:0.0} min left"));
    }
}
