namespace AssetBank.SampleLibrary.Generators;

/// <summary>A Douyin comment as a comment-section export writes it.</summary>
internal sealed record DouyinComment(string Id, string Text, int Likes, string Time, string VideoId, string Nickname);
