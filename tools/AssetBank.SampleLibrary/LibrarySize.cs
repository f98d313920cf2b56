namespace AssetBank.SampleLibrary;

/// <summary>How big the generated library is: small for tests (seconds), large for benchmarks (720p, longer clips).</summary>
public enum LibrarySize
{
    Small,
    Large,
}
