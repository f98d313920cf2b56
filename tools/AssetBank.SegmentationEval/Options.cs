namespace AssetBank.SegmentationEval;

/// <summary>Command-line options of the evaluation tool.</summary>
internal sealed class Options
{
    public required string GoldPath { get; set; }

    public bool Json { get; set; }

    public bool Jieba { get; set; } = true;

    public string Python { get; set; } = "/usr/bin/python3";

    public int Errors { get; set; }
}
