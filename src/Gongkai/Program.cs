using Gongkai.Cli;

return await GongkaiCommandLine.RunAsync(args);

/// <summary>The entry point; tests start the app through it.</summary>
public partial class Program;
