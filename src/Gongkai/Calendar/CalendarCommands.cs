using Gongkai.Cli;

namespace Gongkai.Calendar;

/// <summary><c>gongkai calendar add-working-days</c> and <c>gongkai calendar is-working-day</c>.</summary>
public static class CalendarCommands
{
    public const string AddUsage = "gongkai calendar add-working-days --from YYYY-MM-DD --days N";
    public const string IsUsage = "gongkai calendar is-working-day YYYY-MM-DD";
    public const string ApplicationUsage = "gongkai calendar application-deadline --received YYYY-MM-DD [--corrected YYYY-MM-DD] [--pause YYYY-MM-DD:YYYY-MM-DD]... [--extension N]";

    /// <summary>Prints the date N working days after --from, followed by " provisional" beyond the known calendar.</summary>
    public static async Task<int> AddWorkingDaysAsync(string[] args, IServiceProvider services, TextWriter output)
    {
        var cli = new CliArgs(args);
        var from = CliArgs.Date(cli.Required("--from"), "--from");
        var days = CliArgs.Number(cli.Required("--days"), "--days", 0, 10_000);
        var calendar = await services.GetRequiredService<CalendarSource>().GetAsync();
        await output.WriteLineAsync(calendar.AddWorkingDays(from, days).ToString());
        return 0;
    }

    /// <summary>Prints true or false.</summary>
    public static async Task<int> IsWorkingDayAsync(string[] args, IServiceProvider services, TextWriter output)
    {
        var cli = new CliArgs(args);
        if (cli.Positional.Count != 1)
        {
            throw new CliException("请给出一个日期。");
        }
        var date = CliArgs.Date(cli.Positional[0], "日期");
        var calendar = await services.GetRequiredService<CalendarSource>().GetAsync();
        await output.WriteLineAsync(calendar.IsWorkingDay(date) ? "true" : "false");
        return 0;
    }

    /// <summary>Prints the reply due date of an application (domain.md §5), followed by " provisional" beyond the known calendar.</summary>
    public static async Task<int> ApplicationDeadlineAsync(string[] args, IServiceProvider services, TextWriter output)
    {
        var cli = new CliArgs(args);
        if (!Applications.ClockFactsText.TryParse(cli.Required("--received"), cli.Option("--corrected"), cli.Options("--pause"), cli.Option("--extension"), out var facts, out var problems))
        {
            throw new CliException(string.Join(" ", problems));
        }
        var calendar = await services.GetRequiredService<CalendarSource>().GetAsync();
        await output.WriteLineAsync(Applications.ApplicationClock.Compute(calendar, facts!).Due.ToString());
        return 0;
    }
}
