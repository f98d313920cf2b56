namespace AssetBank.Core.Search;

/// <summary>One part of the query text and what it became.</summary>
/// <param name="Text">The part as typed (for an explicit part, the whole <c>name:value</c>).</param>
/// <param name="Role">Dimension, free text or filter.</param>
public sealed record InterpretedPart(string Text, QueryPartRole Role)
{
    /// <summary>For a dimension part: the terms it names (one word may name terms of two dimensions, e.g. 孕期).</summary>
    public IReadOnlyList<ResolvedTerm> Terms { get; init; } = [];

    /// <summary>
    /// True for a part that must match: an explicit <c>行业:母婴</c> part (only documents carrying the term), a
    /// <c>+word</c> or a quoted phrase.
    /// </summary>
    public bool Required { get; init; }

    /// <summary>True for <c>行业:母婴</c> or a dimension filter given outside the text: the tag itself, not its words, must match.</summary>
    public bool Explicit { get; init; }

    /// <summary>True for a <c>-word</c> or <c>-行业:母婴</c> part: documents matching it are left out.</summary>
    public bool Excluded { get; init; }

    /// <summary>For a filter: <c>kind</c>, <c>channel</c>, <c>client</c> or <c>date</c>.</summary>
    public string? Field { get; init; }

    /// <summary>For a filter: the normalised value (kind wire name, channel, client, or the date range as typed).</summary>
    public string? Value { get; init; }

    /// <summary>For a date filter: inclusive start.</summary>
    public DateTimeOffset? From { get; init; }

    /// <summary>For a date filter: exclusive end.</summary>
    public DateTimeOffset? Before { get; init; }

    public override string ToString() => Role switch
    {
        _ when Excluded => $"排除:{Text}",
        QueryPartRole.Dimension => $"{Text} → {string.Join(" | ", Terms)}{(Required ? " (必须)" : string.Empty)}",
        QueryPartRole.Filter => $"{Field}={Value}",
        _ => $"文本:{Text}{(Required ? " (必须)" : string.Empty)}",
    };
}
