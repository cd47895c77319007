namespace Gongkai.Applications;

/// <summary>The application fields as shown by Shared/_ApplicationFields: what was typed and what is wrong with it.</summary>
public sealed record ApplicationFormView(ApplicationInput Input, IReadOnlyDictionary<string, string> Errors);
