namespace AssetBank.Core.Assets;

/// <summary>What an asset is, decided from its content, not its file name.</summary>
public enum AssetKind
{
    Unknown = 0,
    Video,
    Image,
    Audio,
    Copy,
    KolList,
    Social,
}
