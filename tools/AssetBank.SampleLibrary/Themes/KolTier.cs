namespace AssetBank.SampleLibrary.Themes;

/// <summary>Follower tier of a KOL, which bounds the generated follower count and prices.</summary>
internal enum KolTier
{
    Tail,
    Waist,
    Head,
    Star,
}
