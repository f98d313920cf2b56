using AssetBank.Core.Similarity;
using AssetBank.Core.Similarity.Video;

namespace AssetBank.Application.Similarity.Video;

/// <summary>A sampled keyframe of a video with its image signature.</summary>
internal sealed record DescribedKeyframe(VideoFrameSample Sample, ImageSignature Signature);
