namespace AssetBank.Core.Collections;

/// <summary>Cuts a time range out of a local video file into a new playable file (for exports).</summary>
public interface IClipCutter
{
    /// <summary>Writes the range <paramref name="startSeconds"/>–<paramref name="endSeconds"/> of <paramref name="sourcePath"/> to <paramref name="outputPath"/> (MP4).</summary>
    /// <exception cref="Errors.AssetBankException">The tool failed or timed out; the message says why.</exception>
    Task CutAsync(string sourcePath, double startSeconds, double endSeconds, string outputPath, CancellationToken cancellationToken);
}
