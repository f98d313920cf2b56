using System.ComponentModel.DataAnnotations;
using AssetBank.Core.Tagging;

namespace AssetBank.Tagging.Lexicon;

/// <summary>Scoring of the lexicon tagger. A label or synonym match counts 1.0, a keyword its weight, both times the field's weight.</summary>
public sealed class LexiconOptions
{
    /// <summary>Tags below this confidence are not emitted.</summary>
    [Range(0.0, 1.0)]
    public double MinConfidence { get; set; } = 0.25;

    [Range(1, 50)]
    public int MaxTagsPerDimension { get; set; } = 3;

    /// <summary>confidence = 1 − exp(−score / SaturationScore): one label match ≈ 0.49, two ≈ 0.74.</summary>
    [Range(0.01, 100.0)]
    public double SaturationScore { get; set; } = 1.5;

    /// <summary>Subtracted from a term's score per negative-keyword match (times the field weight).</summary>
    [Range(0.0, 100.0)]
    public double NegativeWeight { get; set; } = 1.0;

    /// <summary>Share of a child's score its parent receives (母婴 from 婴童喂养); halves again per level. 0 turns it off.</summary>
    [Range(0.0, 1.0)]
    public double ParentShare { get; set; } = 0.5;

    /// <summary>Each repeat of the same word for the same term counts this much of the previous one, so comment spam does not dominate.</summary>
    [Range(0.0, 1.0)]
    public double RepeatFactor { get; set; } = 0.5;

    /// <summary>Occurrences of the same word for the same term counted at most.</summary>
    [Range(1, 100)]
    public int MaxRepeats { get; set; } = 3;

    /// <summary>Evidence spans kept per tag.</summary>
    [Range(0, 20)]
    public int MaxEvidence { get; set; } = 3;

    /// <summary>Weight per text field; fields not listed count 1.0.</summary>
    public Dictionary<TaggingTextField, double> FieldWeights { get; set; } = new()
    {
        [TaggingTextField.Title] = 1.3,
        [TaggingTextField.Hashtag] = 1.2,
        [TaggingTextField.Body] = 1.0,
        [TaggingTextField.Caption] = 1.0,
        [TaggingTextField.Subtitle] = 1.0,
        [TaggingTextField.KolVertical] = 1.0,
        [TaggingTextField.Transcript] = 0.9,
        [TaggingTextField.OnScreenText] = 0.85,
        [TaggingTextField.Metadata] = 0.8,
        [TaggingTextField.Comment] = 0.6,
    };

    public double WeightOf(TaggingTextField field) =>
        FieldWeights.TryGetValue(field, out var weight) && double.IsFinite(weight) && weight >= 0 ? weight : 1.0;
}
