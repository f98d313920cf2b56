namespace AssetBank.SampleLibrary.Manifest;

/// <summary>Names of the alterations applied to duplicates, as they appear in the manifest.</summary>
public static class Alterations
{
    public const string Resize50 = "resize50";
    public const string RecompressLow = "recompress-low";
    public const string Crop5Center = "crop5-center";
    public const string Crop10Corner = "crop10-corner";
    public const string Brightness = "brightness";
    public const string TextOverlay = "text-overlay";
    public const string Mirror = "mirror";

    public const string TranscodeMp3 = "transcode-mp3";
    public const string Volume = "volume";
    public const string Highpass = "highpass";
    public const string TrimStart = "trim-start";
    public const string LowBitrate = "low-bitrate";

    public const string ReusedShot = "reused-shot";
    public const string TrimShot = "trim-shot";
    public const string Regrade = "regrade";
    public const string Reencode = "reencode";

    public const string LiftedSlogan = "lifted-slogan";
    public const string FormatDocx = "format-docx";
    public const string EncodingGb18030 = "encoding-gb18030";
}
