using System.ComponentModel.DataAnnotations;
using AssetBank.Tagging.Lexicon;

namespace AssetBank.Tagging;

/// <summary>Configuration section <c>Tagging</c>.</summary>
public sealed class TaggingOptions
{
    public const string SectionName = "Tagging";

    /// <summary>The tagger resolved as <c>ITagger</c>; <see cref="TaggerKind.Llm"/> needs <c>AddAssetBankLlmTagging</c>.</summary>
    public TaggerKind Tagger { get; set; } = TaggerKind.Lexicon;

    /// <summary>A taxonomy file to use instead of the shipped default (<c>Data/taxonomy.zh-CN.json</c>, else the embedded copy).</summary>
    public string? TaxonomyPath { get; set; }

    [Required]
    public LexiconOptions Lexicon { get; set; } = new();
}
