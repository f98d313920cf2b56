namespace AssetBank.Extraction.Social;

/// <summary>The canonical columns of social-listening exports: notes (小红书笔记) and comment sections (评论区).</summary>
internal enum SocialField
{
    Id,
    Title,
    Body,
    Hashtags,
    Likes,
    Collects,
    Comments,
    Shares,
    Author,
    Images,
    Published,
    Url,
    Platform,
    CommentText,
    VideoId,
    VideoUrl,
    ReplyCount,
}
