namespace AssetBank.Core.Similarity.Video;

/// <summary>One fingerprinted keyframe of a reference video: which video, which shot, and when.</summary>
/// <param name="Id">Store id (0 before it is stored).</param>
/// <param name="Library">The reference library.</param>
/// <param name="ItemId">The video's id in the library (its relative path).</param>
/// <param name="ShotIndex">0-based shot of the reference video.</param>
/// <param name="ShotStartSeconds">Start of that shot.</param>
/// <param name="ShotEndSeconds">End of that shot.</param>
/// <param name="Seconds">Time of the keyframe.</param>
/// <param name="Signature">The keyframe's image signature (<see cref="ImageSignatureCodec"/>), as image references have.</param>
public sealed record ReferenceVideoFrame(long Id, string Library, string ItemId, int ShotIndex, double ShotStartSeconds, double ShotEndSeconds, double Seconds, byte[] Signature);
