using System.ComponentModel.DataAnnotations;

namespace AssetBank.Media.Ocr;

/// <summary>Reading burned-in captions and image text with tesseract (<c>Media:Ocr:*</c>).</summary>
public sealed class OcrOptions
{
    /// <summary>Switches OCR of video frames and still images on or off.</summary>
    public bool Enabled { get; set; } = true;

    [Required]
    public string TesseractPath { get; set; } = "tesseract";

    /// <summary>tesseract's <c>-l</c>: installed traineddata names joined with <c>+</c>.</summary>
    [Required]
    [RegularExpression("^[A-Za-z_]+(\\+[A-Za-z_]+)*$")]
    public string Languages { get; set; } = "chi_sim";

    /// <summary>Frames sampled per second of video; captions usually stay up for more than a second.</summary>
    [Range(0.1, 10.0)]
    public double FramesPerSecond { get; set; } = 2.0;

    /// <summary>
    /// Sampled frames in a row through which a text band must hold still to be read (1: no check). Captions stay up for
    /// a second or more while footage moves; at 2 frames a second, 3 frames mean a second of stillness.
    /// </summary>
    [Range(1, 8)]
    public int StillFrames { get; set; } = 3;

    /// <summary>At most this many frames per video; longer videos are sampled more sparsely.</summary>
    [Range(1, 100_000)]
    public int MaxFramesPerVideo { get; set; } = 1800;

    /// <summary>Sampled frames are scaled down to at most this width.</summary>
    [Range(320, 4096)]
    public int FrameMaxWidth { get; set; } = 1280;

    /// <summary>Text lines looked at per frame (the densest ones).</summary>
    [Range(1, 64)]
    public int MaxBandsPerFrame { get; set; } = 6;

    /// <summary>Text lines looked at in a still image.</summary>
    [Range(1, 256)]
    public int MaxBandsPerImage { get; set; } = 24;

    /// <summary>Distinct text strips recognised per video; beyond it the rest are skipped with a warning.</summary>
    [Range(1, 1_000_000)]
    public int MaxStripsPerVideo { get; set; } = 4000;

    /// <summary>Strips stacked onto one page per tesseract run (start-up costs about a second).</summary>
    [Range(1, 500)]
    public int StripsPerCall { get; set; } = 60;

    /// <summary>Lines read with a lower mean confidence (0–1) are dropped.</summary>
    [Range(0.0, 1.0)]
    public double MinConfidence { get; set; } = 0.55;

    /// <summary>Share of a line's Chinese characters that must form dictionary words; lower is dropped as garbage.</summary>
    [Range(0.0, 1.0)]
    public double MinWordCoverage { get; set; } = 0.4;

    /// <summary>Time limit of one tesseract run.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan CallTimeout { get; set; } = TimeSpan.FromSeconds(90);

    /// <summary>Time limit for all OCR of one video or image; past it the text read so far is kept, with a warning.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "10:00:00")]
    public TimeSpan MaxTimePerAsset { get; set; } = TimeSpan.FromMinutes(10);
}
