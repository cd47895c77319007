namespace Gongkai.Items.Admin;

/// <summary>What the item form needs: the input as typed, the categories to choose from, and field errors.</summary>
public sealed record MetadataFormView(MetadataInput Input, IReadOnlyList<(int Id, string Name)> Categories, IReadOnlyDictionary<string, string> Errors);
