using AssetBank.Core.Similarity;

namespace AssetBank.Application.Similarity;

/// <summary>
/// What the batch check compares: a picture, or one keyframe of a video (<paramref name="Name"/> is then
/// <c>path@mm:ss.t</c>), with the file it comes from.
/// </summary>
internal sealed record FolderItem(string Name, string SourceFile, ImageSignature Signature);
