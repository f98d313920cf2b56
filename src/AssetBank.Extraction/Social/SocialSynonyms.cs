using AssetBank.Extraction.Tables;

namespace AssetBank.Extraction.Social;

/// <summary>
/// Header and JSON-key synonyms of social exports (Xiaohongshu note exports, Douyin and Weibo comment exports, and the
/// field names of their APIs). Counts come before texts in the "contains" pass: 评论数 is a count, 评论内容 a text.
/// </summary>
internal static class SocialSynonyms
{
    public static SynonymTable<SocialField> Table { get; } = new(
    [
        new(SocialField.VideoId, ["视频id", "作品id", "来源视频", "来源视频id", "awemeid", "videoid", "itemid", "视频编号", "微博id", "mid", "源微博id"],
            ["视频id", "作品id", "来源视频", "awemeid", "videoid"]),
        new(SocialField.VideoUrl, ["视频链接", "作品链接", "来源链接", "videourl", "awemeurl", "源微博链接", "微博链接"],
            ["视频链接", "作品链接", "来源链接", "videourl"]),
        new(SocialField.ReplyCount, ["回复数", "回复量", "子评论数", "replycount", "replies", "replycommenttotal", "replytotal"],
            ["回复数", "回复量", "子评论数", "replycount", "replytotal"]),
        new(SocialField.Likes, ["点赞", "点赞数", "点赞量", "获赞", "赞", "likes", "likecount", "likedcount", "diggcount", "attitudescount", "likenum"],
            ["点赞", "获赞", "like", "digg", "attitudes"]),
        new(SocialField.Collects, ["收藏", "收藏数", "收藏量", "collects", "collectcount", "collectedcount"], ["收藏", "collect"]),
        new(SocialField.Shares, ["分享", "分享数", "转发", "转发数", "shares", "sharecount", "repostscount"], ["分享", "转发", "share", "repost"]),
        new(SocialField.Comments, ["评论数", "评论量", "评论次数", "comments", "commentcount", "commentscount", "commentnum"],
            ["评论数", "评论量", "commentcount", "commentscount"]),
        new(SocialField.CommentText, ["评论内容", "评论", "评论文本", "回复内容", "comment", "commenttext", "commentcontent", "text"],
            ["评论内容", "评论文本", "commenttext", "commentcontent"]),
        new(SocialField.Id, ["id", "评论id", "笔记id", "noteid", "commentid", "cid", "编号"], ["笔记id", "评论id", "noteid", "commentid"]),
        new(SocialField.Title, ["标题", "笔记标题", "title", "notetitle"], ["标题", "title"]),
        new(SocialField.Body, ["正文", "内容", "笔记内容", "笔记正文", "描述", "文案", "body", "content", "desc", "description"],
            ["正文", "笔记内容", "内容", "描述", "desc", "content", "body"]),
        new(SocialField.Hashtags, ["话题", "标签", "hashtags", "hashtag", "tags", "taglist", "topics"], ["话题", "hashtag", "tag", "topic"]),
        new(SocialField.Images, ["图片", "图片链接", "images", "imagelist", "imageurls", "pics", "cover", "封面"], ["图片", "image", "pic", "封面"]),
        new(SocialField.Author, ["作者", "博主", "用户", "昵称", "用户昵称", "用户名", "author", "nickname", "username", "user"],
            ["作者", "博主", "昵称", "用户名", "author", "nickname"]),
        new(SocialField.Published, ["时间", "发布时间", "评论时间", "创建时间", "日期", "time", "date", "publishedat", "publishtime", "createtime", "createdat"],
            ["时间", "日期", "time", "date", "publish", "created"]),
        new(SocialField.Url, ["链接", "笔记链接", "url", "link", "noteurl"], ["链接", "url", "link"]),
        new(SocialField.Platform, ["平台", "来源平台", "platform", "source", "渠道"], ["平台", "platform"]),
    ]);
}
