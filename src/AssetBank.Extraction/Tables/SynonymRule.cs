namespace AssetBank.Extraction.Tables;

/// <summary>How headers name one field: exact spellings, and words that name it when contained in a longer header.</summary>
/// <param name="Exact">Whole headers (normalised: lower case, no spaces or punctuation) that mean the field.</param>
/// <param name="Contains">Words that mean the field when the header contains one of them.</param>
/// <param name="RequiresAny">With <paramref name="Contains"/>: the header must also contain one of these (报价 + 视频).</param>
/// <param name="Excludes">With <paramref name="Contains"/>: a header containing one of these is not this field (粉丝画像 is not 粉丝数).</param>
internal sealed record SynonymRule<TField>(
    TField Field,
    IReadOnlyList<string> Exact,
    IReadOnlyList<string> Contains,
    IReadOnlyList<string>? RequiresAny = null,
    IReadOnlyList<string>? Excludes = null)
    where TField : struct, Enum;
