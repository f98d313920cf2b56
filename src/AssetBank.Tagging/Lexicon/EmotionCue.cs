namespace AssetBank.Tagging.Lexicon;

/// <summary>How the words around an emotion word change what it says.</summary>
/// <param name="Factor">Multiplies the word's weight: below 1 for the start of an arc or the side of a contrast that is left behind, above 1 after an intensifier.</param>
/// <param name="Negated">The word is negated (不慌, 没那么焦虑): it argues against its term.</param>
/// <param name="CueStart">Where the cue begins (the negator or the intensifier), so evidence can quote it with the word.</param>
internal readonly record struct EmotionCue(double Factor, bool Negated, int CueStart)
{
    public static EmotionCue Plain(int start) => new(1.0, false, start);
}
