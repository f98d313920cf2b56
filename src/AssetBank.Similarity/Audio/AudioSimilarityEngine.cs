using AssetBank.Core.Similarity.Audio;
using Microsoft.Extensions.Options;

namespace AssetBank.Similarity.Audio;

/// <summary>Chromaprint offset matching (see <see cref="ChromaprintTrackIndex"/> and <see cref="OffsetVerifier"/>).</summary>
public sealed class AudioSimilarityEngine(IOptions<AudioSimilarityOptions> options) : IAudioSimilarity
{
    public IAudioTrackIndex CreateIndex() => new ChromaprintTrackIndex(options.Value);

    /// <summary>The calibrated percentage for a bit error rate (for baselines measured on the same scale).</summary>
    public double Percent(double bitErrorRate) => OffsetVerifier.Percent(bitErrorRate, options.Value);
}
