namespace AssetBank.Core.Ingestion;

/// <summary>Well-known stage positions, in the order the stages run, spaced so later stages slot in between.</summary>
public static class StageOrder
{
    /// <summary>Kind and format from the bytes.</summary>
    public const int Detect = 100;

    /// <summary>Probe, shots, keyframes, image and audio facts.</summary>
    public const int Media = 200;

    /// <summary>Text, KOL rows, notes and comment threads from documents and exports.</summary>
    public const int Extract = 300;

    /// <summary>Four-dimension tags; needs what media and extraction found.</summary>
    public const int Tag = 400;

    /// <summary>Copyright similarity against reference libraries; needs hashes and text.</summary>
    public const int Similarity = 500;
}
