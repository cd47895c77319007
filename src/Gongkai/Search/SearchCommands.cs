using Gongkai.Data;

namespace Gongkai.Search;

/// <summary><c>gongkai search reindex</c>: rebuilds the search index, with a progress bar.</summary>
public static class SearchCommands
{
    public const string ReindexUsage = "gongkai search reindex";

    public static async Task<int> ReindexAsync(string[] args, IServiceProvider services, TextWriter output)
    {
        var db = services.GetRequiredService<GongkaiDb>();
        var started = System.Diagnostics.Stopwatch.StartNew();
        var bar = new ProgressBar(output, interactive: ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected);
        var count = await SearchRebuild.RunAsync(db, new SyncProgress(bar.Show), CancellationToken.None);
        bar.Finish();
        await output.WriteLineAsync($"检索索引已重建：共 {count} 条信息，用时 {started.Elapsed.TotalSeconds:F1} 秒。");
        return 0;
    }

    /// <summary>Reports on the caller's thread (Progress&lt;T&gt; would post to the thread pool and print out of order).</summary>
    private sealed class SyncProgress(Action<(int, int)> report) : IProgress<(int Done, int Total)>
    {
        public void Report((int Done, int Total) value) => report(value);
    }

    /// <summary>
    /// <c>[##########----------]  50%  500/1000</c>, redrawn in place on a terminal; when the
    /// output is a file or a pipe, one line at each tenth instead.
    /// </summary>
    private sealed class ProgressBar(TextWriter output, bool interactive)
    {
        private const int Width = 30;
        private int _lastTenth = -1;
        private bool _drawn;

        public void Show((int Done, int Total) progress)
        {
            var (done, total) = progress;
            var fraction = total == 0 ? 1 : (double)done / total;
            var line = $"[{new string('#', (int)(fraction * Width)).PadRight(Width, '-')}] {(int)(fraction * 100),3}%  {done}/{total}";
            if (interactive)
            {
                output.Write("\r" + line);
                _drawn = true;
                return;
            }
            var tenth = (int)(fraction * 10);
            if (tenth != _lastTenth)
            {
                _lastTenth = tenth;
                output.WriteLine(line);
            }
        }

        public void Finish()
        {
            if (_drawn)
            {
                output.WriteLine();
            }
        }
    }
}
