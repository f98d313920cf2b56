namespace AssetBank.Extraction.Social;

/// <summary>Comments of one thread that say the same thing (a 热梗): the best-liked example, how many repeat it, their likes.</summary>
internal sealed record Meme(string Example, int Repeats, long Likes, IReadOnlyList<string> Variants);
