using AssetBank.Core.Tagging;

namespace AssetBank.Tagging.Llm;

/// <summary>One thing to tag inside a request: the item's own content, or one shot.</summary>
/// <param name="Key">The short id the model echoes back (<c>u1</c>, <c>u2</c> …).</param>
/// <param name="ShotId">The shot's id, or null for the item's own content.</param>
/// <param name="Heading">What the unit is, as told to the model.</param>
/// <param name="Texts">The unit's text fields.</param>
/// <param name="Images">Local image paths (sent only with vision on).</param>
internal sealed record LlmUnit(string Key, string? ShotId, string Heading, IReadOnlyList<TaggingText> Texts, IReadOnlyList<string> Images);
