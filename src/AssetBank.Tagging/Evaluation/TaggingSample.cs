using AssetBank.Core.Tagging;

namespace AssetBank.Tagging.Evaluation;

/// <summary>A text (or a full input) with the four labels a person expects; a null label leaves that dimension unjudged.</summary>
public sealed record TaggingSample(string Id, string Text, string? Industry, string? Scenario, string? Emotion, string? Relationship)
{
    /// <summary>A full input to tag instead of <see cref="Text"/> as a body (title, comments, shots …).</summary>
    public TaggingInput? Input { get; init; }

    public string? Expected(TagDimension dimension) => dimension switch
    {
        TagDimension.Industry => Industry,
        TagDimension.Scenario => Scenario,
        TagDimension.Emotion => Emotion,
        TagDimension.Relationship => Relationship,
        _ => null,
    };

    public TaggingInput ToInput() => Input ?? new TaggingInput
    {
        ItemId = Id,
        Texts = [new TaggingText(TaggingTextField.Body, Text)],
    };
}
