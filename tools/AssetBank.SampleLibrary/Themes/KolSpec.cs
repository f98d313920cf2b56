namespace AssetBank.SampleLibrary.Themes;

/// <summary>A KOL row before numbers are drawn: who, where, which vertical, which brands.</summary>
internal sealed record KolSpec(string Nickname, string Platform, string Vertical, KolTier Tier, IReadOnlyList<string> Brands);
