using System.ComponentModel.DataAnnotations;

namespace AssetBank.Similarity;

/// <summary>Tuning of the image similarity engine (configuration section <c>Similarity:Image</c>).</summary>
/// <remarks>The calibration defaults come from the evaluation in BENCHMARKS.md (tools/AssetBank.SimilarityEval).</remarks>
public sealed class ImageSimilarityOptions
{
    public const string SectionName = "Similarity:Image";

    /// <summary>ORB keypoints kept per picture.</summary>
    [Range(50, 5000)]
    public int MaxFeatures { get; set; } = 500;

    /// <summary>
    /// Deepest multi-index probe (0–4) in bits per chunk; with m chunks (16 up to about 120,000 references of 17 hashes,
    /// then fewer and wider, 13 from about 500,000) hashes within m·(radius+1)−1 bits are found unless <see cref="MaxVerifiedHashes"/> cuts the probe.
    /// </summary>
    [Range(0, 4)]
    public int MaxChunkRadius { get; set; } = 4;

    /// <summary>Most hashes stage 1 verifies per query (a reference has 17): bounds its time on a large library (BENCHMARKS.md).</summary>
    [Range(100, int.MaxValue)]
    public int MaxVerifiedHashes { get; set; } = 30_000;

    /// <summary>RANSAC reprojection tolerance in working-picture pixels (longer side about 512).</summary>
    [Range(1.0, 20.0)]
    public double ReprojectionPixels { get; set; } = 4.0;

    /// <summary>Inliers unrelated pictures reach by chance: the verified score starts above this.</summary>
    [Range(0, 100)]
    public int ChanceInliers { get; set; } = 6;

    /// <summary>Inliers that score exactly 85 %.</summary>
    [Range(1, 500)]
    public int InliersAt85 { get; set; } = 10;

    /// <summary>256-bit hash distance that alone scores exactly 85 %.</summary>
    [Range(1, 128)]
    public int HashDistanceAt85 { get; set; } = 30;

    /// <summary>256-bit hash distance that alone scores exactly 50 %.</summary>
    [Range(2, 256)]
    public int HashDistanceAt50 { get; set; } = 60;

    /// <summary>Dense alignment runs only when keypoints and hashes together score this or less (it costs a few ms).</summary>
    [Range(0.0, 100.0)]
    public double DenseBelowPercent { get; set; } = 85;

    /// <summary>Aligned block correlation (−1–1) that scores exactly 85 %.</summary>
    [Range(-1.0, 1.0)]
    public double CorrelationAt85 { get; set; } = 0.6;

    /// <summary>Aligned block correlation that scores exactly 50 %.</summary>
    [Range(-1.0, 1.0)]
    public double CorrelationAt50 { get; set; } = 0.3;

    /// <summary>Luminance standard deviation (0–255) below which a picture counts as blank and matches nothing.</summary>
    [Range(0.0, 64.0)]
    public double UniformBelowStdDev { get; set; } = 4.0;
}
