using AssetBank.Core.Tagging;

namespace AssetBank.TaggingSetEval;

/// <summary>An archive item of the tagging set and the labels it was written to express, one per dimension (relationship optional).</summary>
internal sealed record SetItem(int Id, string Form, string? Channel, string Title, TaggingTextField Field, string Text, IReadOnlyDictionary<string, string> Expected);
