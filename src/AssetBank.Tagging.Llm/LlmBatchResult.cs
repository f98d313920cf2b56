using AssetBank.Core.Tagging;

namespace AssetBank.Tagging.Llm;

/// <summary>What one request brought back: answers per unit key, or why the whole request failed; and the tokens it cost.</summary>
internal sealed record LlmBatchResult(IReadOnlyDictionary<string, LlmUnitAnswer>? Answers, string? Problem, TokenUsage Usage);
