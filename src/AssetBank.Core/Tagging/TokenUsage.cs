namespace AssetBank.Core.Tagging;

/// <summary>Tokens spent on a model; zero for the lexicon tagger and for cache hits.</summary>
public sealed record TokenUsage(long InputTokens, long OutputTokens)
{
    public static TokenUsage None { get; } = new(0, 0);

    public long TotalTokens => InputTokens + OutputTokens;

    public static TokenUsage operator +(TokenUsage left, TokenUsage right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        return new TokenUsage(left.InputTokens + right.InputTokens, left.OutputTokens + right.OutputTokens);
    }

    public static TokenUsage Add(TokenUsage left, TokenUsage right) => left + right;
}
