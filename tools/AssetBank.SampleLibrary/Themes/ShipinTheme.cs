using AssetBank.SampleLibrary.Manifest;

namespace AssetBank.SampleLibrary.Themes;

/// <summary>食品饮料 — 加班 — 疲惫 — 同事.</summary>
internal static class ShipinTheme
{
    public static ThemeContent Create() => new(
        new ThemeDefinition(
            "shipin",
            "醒醒",
            new ThemeTags("食品饮料", "加班", "疲惫", "同事"),
            ["食品饮料", "咖啡", "冷萃", "加班", "熬夜", "打工人", "同事", "疲惫", "提神", "续命"]),
        Slug: "shipin",
        VideoFile: "tvc_shipin_overtime_coffee.mp4",
        VideoTitle: "醒醒冷萃《加班不孤单》TVC",
        WithSubtitles: true,
        FixedGop: false,
        ToneHz: 392,
        Shots:
        [
            new(ShotSource.Color, "晚上十点，工位的灯还亮着", "晚上十点，整层楼只剩我们组的灯还亮着。", Core: true, Color: "#202020"),
            new(ShotSource.TestSrc2, "第三版方案，又被打回来了", "第三版方案又被打回来，大家都累得不想说话。", Core: true),
            new(ShotSource.Life, "同事递来一瓶冷萃", "隔壁工位的小王，默默递过来一瓶冷萃。", Core: true),
            new(ShotSource.RgbTestSrc, "醒醒冷萃 0糖 双倍咖啡因", "醒醒冷萃，零糖，双倍咖啡因。", Core: false),
            new(ShotSource.Gradients, "打工人的续命水", "那一口下去，我好像又能再战三个小时。", Core: true),
            new(ShotSource.Color, "加班不孤单，一起醒醒", "加班不孤单，一起醒醒。", Core: true, Color: "#ff6f00"),
        ],
        Copy: new CopyDocument(
            "醒醒冷萃《加班不孤单》创意说明",
            [
                "打工人的深夜，从来不是一个人的战斗。方案被打回、需求又改了、会议开到九点，真正让人撑下去的，往往是隔壁工位递过来的一瓶饮料和一句“再坚持一下”。",
                "醒醒冷萃零糖、双倍咖啡因，低温慢萃十二小时，入口不苦不酸。它不是又一杯提神饮料，而是同事之间心照不宣的默契。",
                "传播上，我们邀请真实的加班团队拍摄“深夜工位”，在抖音发起 #加班不孤单 话题，让打工人晒出自己的续命搭子。",
                "物料：15 秒 TVC、写字楼电梯海报、便利店冷柜贴，以及一套“今天也辛苦了”同事互送贴纸。",
            ],
            ["加班不孤单，一起醒醒", "打工人的续命水", "再战三小时，醒醒陪你"]),
        Notes:
        [
            new NoteSpec(
                "加班到凌晨的续命清单",
                "最近项目上线，连续两周加班到十一点。总结一下我的续命搭子：冷萃咖啡、黑巧、坚果，还有会帮你带夜宵的同事。疲惫的时候喝一口冰冰的冷萃，真的能再撑一会儿。",
                ["打工人", "加班", "续命", "职场日常"]),
            new NoteSpec(
                "同事默默递来的那瓶咖啡，我记到现在",
                "那天方案第三次被打回，我在工位上差点哭出来。隔壁的小姐姐什么都没说，放了一瓶冷萃在我桌上，贴了张便利贴：今天也辛苦了。有这样的同事，加班好像也没那么难。",
                ["同事", "职场温暖", "加班"]),
        ],
        Memes:
        [
            new MemeSpec(
                "shipin-still-at-desk",
                "刷到的时候我还在工位上",
                ["刷到的时候我还在工位上", "刷到这条的时候我还在工位", "看到这个视频时我还在加班 [流泪]", "刷到的时候我还在公司，笑不出来"]),
            new MemeSpec(
                "shipin-worker-lifeblood",
                "打工人的命都是咖啡给的",
                ["打工人的命都是咖啡给的", "打工人的命是咖啡给的", "我的命都是冷萃给的", "打工人，打工魂，打工人的命都是咖啡给的"]),
            new MemeSpec(
                "shipin-where-colleague",
                "这种同事请给我来一打",
                ["这种同事请给我来一打", "这样的同事给我来一打", "我也想要这种同事", "@同事 学学人家"]),
        ],
        OtherComments: ["哪里能买到？", "零糖好评", "已经在喝了", "真实", "求问便利店有吗", "明天还要早起"],
        Kols:
        [
            new KolSpec("打工人小林", "抖音", "职场", KolTier.Head, ["醒醒"]),
            new KolSpec("咖啡测评室", "小红书", "美食饮品", KolTier.Waist, ["醒醒", "三顿半"]),
            new KolSpec("深夜食堂阿伟", "快手", "美食", KolTier.Waist, []),
            new KolSpec("职场吐槽君", "微博", "职场", KolTier.Tail, ["醒醒"]),
        ],
        Queries: ["食品饮料 加班 疲惫 同事", "打工人 深夜加班 提神咖啡"]);
}
