namespace AssetBank.Core.Search;

/// <summary>How a query text was read: its parts in order, and notes about anything dropped or changed.</summary>
public sealed record QueryInterpretation
{
    /// <summary>An interpretation of no text: no parts.</summary>
    public static QueryInterpretation Empty { get; } = new() { Text = string.Empty };

    /// <summary>The text interpreted (after clean-up and truncation).</summary>
    public required string Text { get; init; }

    public IReadOnlyList<InterpretedPart> Parts { get; init; } = [];

    public IReadOnlyList<QueryNote> Notes { get; init; } = [];

    /// <summary>True when nothing searchable or filterable was found.</summary>
    public bool IsEmpty => Parts.Count == 0;

    /// <summary>The free-text parts joined by spaces.</summary>
    public string FreeText => string.Join(' ', Parts.Where(p => p.Role == QueryPartRole.FreeText).Select(p => p.Text));

    /// <summary>Every term resolved from a dimension part, in order, without repeats.</summary>
    public IReadOnlyList<ResolvedTerm> ResolvedTerms =>
        Parts.Where(p => p.Role == QueryPartRole.Dimension).SelectMany(p => p.Terms).Distinct().ToList();

    /// <summary>One line: <c>母婴 → 行业:母婴 · 夜醒 → 场景:夜醒 · 文本:哄娃</c>.</summary>
    public override string ToString() => string.Join(" · ", Parts.Select(p => p.ToString()));
}
