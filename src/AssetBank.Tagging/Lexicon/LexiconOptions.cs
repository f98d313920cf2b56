using System.ComponentModel.DataAnnotations;
using AssetBank.Core.Tagging;

namespace AssetBank.Tagging.Lexicon;

/// <summary>Scoring of the lexicon tagger. A label or synonym match counts 1.0, a keyword its weight, both times the field's weight.</summary>
public sealed class LexiconOptions
{
    /// <summary>Tags below this confidence are not emitted.</summary>
    [Range(0.0, 1.0)]
    public double MinConfidence { get; set; } = 0.25;

    /// <summary>
    /// When no emotion reaches <see cref="MinConfidence"/>, the strongest is still emitted down to this confidence (one weak
    /// cue such as 陪着): copy rarely says how it feels twice, and one shown cue is better than no emotion.
    /// </summary>
    [Range(0.0, 1.0)]
    public double LoneEmotionConfidence { get; set; } = 0.15;

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

    /// <summary>Share of the whole film's score a shot receives as context (video shots).</summary>
    [Range(0.0, 1.0)]
    public double FilmContextShare { get; set; } = 0.35;

    /// <summary>Share of the whole film's industry score a shot receives: the industry belongs to the film (its brand and product).</summary>
    [Range(0.0, 1.0)]
    public double FilmIndustryShare { get; set; } = 1.0;

    /// <summary>Share of a film's shots (at least two, the title counting as two) that must carry an industry for it to count in full for the film.</summary>
    [Range(0.0, 1.0)]
    public double IndustrySpread { get; set; } = 0.3;

    /// <summary>Inside a film, an industry outside the leading industry's family is tagged only with at least this share of the leader's score.</summary>
    [Range(0.0, 1.0)]
    public double FilmIndustryDominance { get; set; } = 0.5;

    /// <summary>What a shot's own industry words count inside a film (查手机 in a baby-care TVC).</summary>
    [Range(0.0, 1.0)]
    public double ShotIndustryFactor { get; set; } = 0.5;

    /// <summary>Share of each neighbouring shot's own score a shot receives as context.</summary>
    [Range(0.0, 1.0)]
    public double NeighbourContextShare { get; set; } = 0.2;

    /// <summary>Share of the item's own title and text a part (a note of an export, a KOL row, a thread) receives as context.</summary>
    [Range(0.0, 1.0)]
    public double ItemContextShare { get; set; } = 0.3;

    /// <summary>A context score counts at most this much before its share is taken (about two label matches).</summary>
    [Range(0.0, 100.0)]
    public double ContextScoreCap { get; set; } = 3.0;

    /// <summary>Weight of an emotion word at the start of an arc (焦虑 in 从焦虑到安心); the end counts in full.</summary>
    [Range(0.0, 1.0)]
    public double ArcStartFactor { get; set; } = 0.5;

    /// <summary>Weight of an emotion word followed by a contrast in its sentence (累 in 有点累，但是很值).</summary>
    [Range(0.0, 1.0)]
    public double ContrastFactor { get; set; } = 0.6;

    /// <summary>Weight of an emotion word after an intensifier (太, 超, 特别).</summary>
    [Range(1.0, 3.0)]
    public double IntensifierFactor { get; set; } = 1.3;

    /// <summary>What a negated emotion word counts for its opposite, as a keyword weight (see <see cref="NegatedAs"/>): 不担心 says 安心 about as clearly as 放心 does.</summary>
    [Range(0.0, 2.0)]
    public double NegatedWeight { get; set; } = 0.7;

    /// <summary>
    /// Term ids and the term a negation of them expresses (不慌 → 安心, 告别单身 → 情侣); ids missing from the taxonomy are
    /// ignored. Emotion words are always read for negation; words of other dimensions only when listed here.
    /// </summary>
    public Dictionary<string, string> NegatedAs { get; set; } = new(StringComparer.Ordinal)
    {
        ["emotion.anxiety"] = "emotion.reassurance",
        ["emotion.fear"] = "emotion.reassurance",
        ["emotion.nervousness"] = "emotion.calm",
        ["emotion.stress"] = "emotion.relaxation",
        ["emotion.exhaustion"] = "emotion.relaxation",
        ["emotion.loneliness"] = "emotion.warmth",
        ["emotion.breakdown"] = "emotion.calm",
        ["relationship.singles"] = "relationship.lovers",
    };

    /// <summary>Pairs of terms that, shown in the same text, mean a third; ids missing from the taxonomy are ignored.</summary>
    public List<ShownTogether> ShownTogether { get; set; } =
    [
        new("relationship.grandparents", "relationship.parent-child", "relationship.three-generations"),
        new("relationship.grandparents", "relationship.couple", "relationship.three-generations"),
        new("relationship.grandparents", "relationship.new-dad", "relationship.three-generations"),
        new("relationship.grandparents", "relationship.new-mom", "relationship.three-generations"),
        new("relationship.grandparents", "relationship.nuclear-family", "relationship.three-generations"),
    ];

    /// <summary>
    /// Scenario terms that name a time rather than an activity (下班后, 周末): when another scenario is shown too, the
    /// setting counts <see cref="SettingShare"/> of its score, so 下班后去约会 is a date before it is an evening.
    /// </summary>
    public List<string> Settings { get; set; } = ["scenario.after-work", "scenario.weekend"];

    [Range(0.0, 1.0)]
    public double SettingShare { get; set; } = 0.5;

    /// <summary>Share of the two scores a <see cref="ShownTogether"/> pair gives the term it means.</summary>
    [Range(0.0, 2.0)]
    public double ShownTogetherShare { get; set; } = 1.0;

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
