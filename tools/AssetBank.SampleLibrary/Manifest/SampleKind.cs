namespace AssetBank.SampleLibrary.Manifest;

/// <summary>What a sample file is meant to be; serialised in kebab case (<c>kol-list</c>).</summary>
public enum SampleKind
{
    Video,
    Image,
    Audio,
    Copy,
    KolList,
    Social,

    /// <summary>A sidecar subtitle file (.srt) that belongs to a video.</summary>
    Subtitle,

    /// <summary>A deliberately broken input; <see cref="ManifestEntry.Bad"/> says what is wrong.</summary>
    Bad,
}
