namespace AssetBank.Tagging.Lexicon;

/// <summary>
/// Two terms shown in the same text that together mean a third: a grandparent and a parent in one story are three
/// generations (姥姥帮忙带外孙，我和老公上班), which neither word says alone.
/// </summary>
/// <param name="First">Term id; it or one of its descendants must score.</param>
/// <param name="Second">Term id; it or one of its descendants must score.</param>
/// <param name="Means">Term id that receives both scores (times <see cref="LexiconOptions.ShownTogetherShare"/>).</param>
public sealed record ShownTogether(string First, string Second, string Means);
