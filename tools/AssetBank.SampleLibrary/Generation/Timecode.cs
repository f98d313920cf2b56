using System.Globalization;

namespace AssetBank.SampleLibrary.Generation;

/// <summary>Frame counts to seconds and to the text forms ffmpeg and SRT want.</summary>
internal static class Timecode
{
    /// <summary>Seconds of <paramref name="frames"/> at the library frame rate, rounded to the millisecond.</summary>
    public static double Seconds(double frames) => Math.Round(frames / SizeProfile.FrameRate, 3);

    /// <summary>Seconds as an invariant decimal string for ffmpeg arguments.</summary>
    public static string Arg(double seconds) => seconds.ToString("0.###", CultureInfo.InvariantCulture);

    /// <summary>SRT form, <c>HH:MM:SS,mmm</c>.</summary>
    public static string Srt(double seconds)
    {
        var ms = (long)Math.Round(seconds * 1000, MidpointRounding.AwayFromZero);
        var t = TimeSpan.FromMilliseconds(ms);
        return string.Create(CultureInfo.InvariantCulture, $"{(int)t.TotalHours:00}:{t.Minutes:00}:{t.Seconds:00},{t.Milliseconds:000}");
    }
}
