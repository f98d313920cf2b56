namespace AssetBank.Similarity.Audio;

/// <summary>Chromaprint's default algorithm: audio at 11,025 Hz, one fingerprint value every 1,365 samples (a third of a 4,096-sample frame).</summary>
public static class ChromaprintTiming
{
    public const double SecondsPerValue = 1365.0 / 11025.0;

    public static double Seconds(int values) => values * SecondsPerValue;
}
