using System.Collections.Concurrent;
using AssetBank.Core.Errors;
using AssetBank.Core.Similarity;
using AssetBank.Core.Similarity.Video;

namespace AssetBank.Application.Similarity.Video;

/// <summary>
/// Fingerprints the keyframes of a sampled video exactly as pictures are fingerprinted: shared by the video reference
/// import and the batch check so that both describe a keyframe the same way.
/// </summary>
internal static class KeyframeSignatures
{
    /// <summary>The signatures of the keyframes in time order; blank frames (fades, black) are left out, they match nothing.</summary>
    /// <param name="name">Names the video in decoder errors.</param>
    public static IReadOnlyList<DescribedKeyframe> Describe(
        SampledVideo sampled, string name, IPictureDecoder decoder, IImageSimilarity similarity, bool asQuery, int parallelism, CancellationToken cancellationToken)
    {
        var described = new ConcurrentBag<DescribedKeyframe>();
        Parallel.ForEach(sampled.Frames, new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellationToken }, sample =>
        {
            try
            {
                using var stream = new MemoryStream(sample.Jpeg, writable: false);
                var signature = similarity.Describe(decoder.Decode(stream, $"{name}@{sample.Seconds:0.00}"), asQuery);
                if (!signature.IsUniform)
                {
                    described.Add(new DescribedKeyframe(sample, signature));
                }
            }
            catch (ContentRejectedException)
            {
                // One unreadable keyframe leaves its shot with fewer keyframes; the rest of the video still counts.
            }
        });
        return [.. described.OrderBy(d => d.Sample.Seconds)];
    }
}
