namespace AssetBank.Core.Similarity.Audio;

/// <summary>Chromaprint matching with time offsets: the index over reference tracks and the calibrated comparison.</summary>
public interface IAudioSimilarity
{
    IAudioTrackIndex CreateIndex();
}
