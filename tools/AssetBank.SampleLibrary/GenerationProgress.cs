namespace AssetBank.SampleLibrary;

/// <summary>Progress after one generation step: files written so far, out of the total, and the step's last file.</summary>
public sealed record GenerationProgress(int FilesWritten, int FilesTotal, string LastPath);
