using AssetBank.Core.Search;
using AssetBank.Core.Similarity;

namespace AssetBank.Cli.Commands;

/// <summary>Where an audio alarm is: the asset's time range and the reference track's, side by side.</summary>
internal static class AudioAlarmText
{
    public static string Where(CopyrightAlarm alarm) =>
        $"音频 (audio) {TimeCodes.Range(alarm.StartSeconds, alarm.EndSeconds)}";
}
