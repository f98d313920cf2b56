using AssetBank.SampleLibrary.Manifest;

namespace AssetBank.SampleLibrary.Themes;

/// <summary>美妆 — 种草 — 惊喜 — 闺蜜.</summary>
internal static class MeizhuangTheme
{
    public static ThemeContent Create() => new(
        new ThemeDefinition(
            "meizhuang",
            "絮语",
            new ThemeTags("美妆", "种草", "惊喜", "闺蜜"),
            ["美妆", "种草", "口红", "唇釉", "试色", "闺蜜", "惊喜", "生日礼物", "姐妹"]),
        Slug: "meizhuang",
        VideoFile: "tvc_meizhuang_bestie_gift.mp4",
        VideoTitle: "絮语丝绒唇釉《闺蜜的生日惊喜》TVC",
        WithSubtitles: true,
        FixedGop: false,
        ToneHz: 330,
        Shots:
        [
            new(ShotSource.Plasma, "闺蜜生日，我准备了一个小惊喜", "小雅生日那天，我偷偷准备了一份礼物。", Core: true),
            new(ShotSource.TestSrc2, "被小红书种草了三个月的唇釉", "这支唇釉，我在小红书上被种草了整整三个月。", Core: true),
            new(ShotSource.Color, "拆开的那一刻，她尖叫了", "她拆开盒子，愣了两秒，然后尖叫着抱住我。", Core: true, Color: "#c2185b"),
            new(ShotSource.Life, "当场试色：是她的本命色！", "当场试色，豆沙玫瑰，简直是她的本命色。", Core: true),
            new(ShotSource.Gradients, "絮语丝绒唇釉 07 豆沙玫瑰", "絮语丝绒唇釉，一抹就是好气色。", Core: false, Into: TransitionKind.Crossfade),
            new(ShotSource.Color, "好东西，要和闺蜜一起分享", "好东西，就要和最好的闺蜜一起分享。", Core: true, Color: "#2e1a47"),
        ],
        Copy: new CopyDocument(
            "絮语丝绒唇釉 小红书种草方案",
            [
                "背景：絮语丝绒唇釉 07 号“豆沙玫瑰”上市三个月，自然搜索量稳步上升，但用户心智仍停留在“又一支豆沙色”。我们需要一个能让人主动分享的理由。",
                "洞察：女生之间最真诚的种草，往往发生在闺蜜之间。一句“这个颜色超适合你”，胜过十条广告。而送给闺蜜的生日礼物，是最自然的惊喜时刻。",
                "创意：发起“给闺蜜的惊喜试色”活动。用户把唇釉作为礼物送给闺蜜，记录对方拆开、试色的第一反应，以 #闺蜜惊喜试色 话题发布笔记。",
                "达人策略：以腰部美妆博主为主力，头部博主负责引爆，尾部素人铺量，全部要求真实试色、不修唇色。",
                "衡量指标：话题笔记数、收藏率、搜索“絮语 豆沙玫瑰”的增量，以及电商站内的礼盒装销量。",
            ],
            ["一抹好气色，姐妹都说好", "给闺蜜的惊喜，从一支唇釉开始", "絮语丝绒，说出你的温柔"]),
        Notes:
        [
            new NoteSpec(
                "闺蜜生日送了这支唇釉，她当场尖叫！",
                "被种草了三个月终于下手，送给闺蜜当生日惊喜。她拆开看到是豆沙玫瑰，直接尖叫着抱住我哈哈哈。黄皮涂上超显白，丝绒质地不拔干，薄涂是温柔日常，厚涂就很有气场。姐妹们冲！",
                ["闺蜜礼物", "唇釉试色", "豆沙色", "种草"]),
            new NoteSpec(
                "黄皮亲妈色！絮语07号真实试色",
                "自然光无滤镜试色。第一眼以为是普通豆沙，上嘴才发现带一点玫瑰调，特别提气色。持妆大概四个小时，吃饭会掉但掉得很均匀。已经回购给闺蜜一支了。",
                ["口红试色", "黄皮", "美妆分享", "好物推荐"]),
            new NoteSpec(
                "和闺蜜的换色游戏，太好玩了",
                "我和闺蜜各买一支不同色号的唇釉，周末约出来互换试色，谁涂哪个颜色好看就归谁。结果她抢走了我的豆沙玫瑰，我拿到了她的焦糖奶茶。这种小惊喜真的很治愈。",
                ["闺蜜日常", "美妆", "唇釉"]),
        ],
        Memes:
        [
            new MemeSpec(
                "meizhuang-sisters-go",
                "姐妹们冲！",
                ["姐妹们冲！", "姐妹们冲冲冲", "冲！姐妹们！", "姐妹们给我冲"]),
            new MemeSpec(
                "meizhuang-seeded-again",
                "又被种草了，钱包：我谢谢你",
                [
                    "又被种草了，钱包：我谢谢你",
                    "又被种草了，我的钱包：谢谢你啊",
                    "被种草了，钱包又要瘦了",
                    "又被种草了，钱包表示很无语 [捂脸]",
                ]),
            new MemeSpec(
                "meizhuang-bestie-where",
                "我的闺蜜怎么从来不送我这个",
                ["我的闺蜜怎么从来不送我这个", "我闺蜜怎么就不送我这个", "@闺蜜 学着点，我的生日礼物就它了"]),
        ],
        OtherComments: ["什么色号？", "黄皮能用吗", "求链接求链接", "好看！", "这个颜色绝了", "拔干吗？"],
        Kols:
        [
            new KolSpec("Coco的化妆间", "小红书", "美妆个护", KolTier.Head, ["絮语", "完美日记"]),
            new KolSpec("阿May爱试色", "抖音", "美妆个护", KolTier.Waist, ["絮语"]),
            new KolSpec("糖糖和她的闺蜜", "小红书", "美妆个护", KolTier.Tail, []),
            new KolSpec("美妆情报局", "微博", "美妆个护", KolTier.Head, ["花西子", "絮语"]),
        ],
        Queries: ["美妆 种草 惊喜 闺蜜", "闺蜜 生日礼物 口红试色"]);
}
