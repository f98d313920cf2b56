namespace AssetBank.Core.Ingestion;

/// <summary>Well-known stage positions, spaced so later stages slot in between.</summary>
public static class StageOrder
{
    public const int Detect = 100;
    public const int Extract = 200;
    public const int Tag = 300;
    public const int Similarity = 400;
    public const int Index = 900;
}
