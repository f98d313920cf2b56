namespace AssetBank.Core.Media;

public enum MediaStreamKind
{
    Unknown = 0,
    Video,
    Audio,
    Subtitle,
    Data,
    Attachment,
}
