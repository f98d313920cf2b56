using AssetBank.SampleLibrary.Manifest;

namespace AssetBank.SampleLibrary.Themes;

/// <summary>3C数码 — 开箱 — 兴奋 — 年轻人. Its video is encoded with a fixed GOP, so keyframes do not sit on cuts.</summary>
internal static class ShumaTheme
{
    public static ThemeContent Create() => new(
        new ThemeDefinition(
            "shuma",
            "声岚",
            new ThemeTags("3C数码", "开箱", "兴奋", "年轻人"),
            ["数码", "3C", "开箱", "耳机", "降噪", "测评", "新品", "年轻人", "兴奋", "黑科技"]),
        Slug: "shuma",
        VideoFile: "tvc_shuma_unboxing_gop50.mp4",
        VideoTitle: "声岚Air3降噪耳机 开箱快剪",
        WithSubtitles: false,
        FixedGop: true,
        ToneHz: 440,
        Shots:
        [
            new(ShotSource.SmpteHdBars, "新品到手，开箱！", null, Core: true),
            new(ShotSource.TestSrc2, "声岚Air3 主动降噪耳机", null, Core: true),
            new(ShotSource.Sierpinski, "一键降噪，地铁秒变图书馆", null, Core: false),
            new(ShotSource.Mandelbrot, "续航36小时，充电10分钟听2小时", null, Core: false),
            new(ShotSource.CellAuto, "年轻人的第一副降噪耳机", null, Core: true),
            new(ShotSource.Color, "声岚，听见你的世界", null, Core: false, Color: "#00bcd4"),
        ],
        Copy: new CopyDocument(
            "声岚Air3 开箱视频脚本与卖点",
            [
                "开场三秒必须有“拆”的动作：撕开封膜、推开磁吸盒盖、耳机弹出的那一下，配合清脆的音效，让年轻人看到就兴奋。",
                "卖点一：主动降噪深度 45dB，一键开启，早高峰地铁秒变图书馆。卖点二：续航 36 小时，充电 10 分钟听 2 小时。卖点三：入耳检测、双设备连接，刷剧打游戏无缝切换。",
                "人设：刚工作一两年的年轻人，第一次给自己买一副“像样的”耳机。语气兴奋、直接，多用对比和实测，少用形容词。",
                "结尾落版：声岚，听见你的世界。引导评论区晒出自己的开箱。",
            ],
            ["声岚，听见你的世界", "年轻人的第一副降噪耳机", "一键降噪，世界安静"]),
        Notes:
        [
            new NoteSpec(
                "开箱｜百元价位的降噪耳机能打吗？",
                "激动的心颤抖的手，终于等到声岚Air3到货！磁吸盒盖手感很好，降噪开启的一瞬间地铁报站声都小了一大半。续航实测一天通勤加午休还剩60%。学生党和刚工作的年轻人可以冲。",
                ["开箱", "数码好物", "降噪耳机", "年轻人的第一次"]),
            new NoteSpec(
                "桌面改造：年轻人的第一套数码装备",
                "工作第一年，给自己的桌面来了一次大升级：机械键盘、显示器挂灯、降噪耳机。每一件开箱的时候都兴奋得像过年。附上清单和价格。",
                ["桌面改造", "数码", "开箱"]),
        ],
        Memes: [],
        OtherComments: [],
        Kols:
        [
            new KolSpec("数码小白菜", "B站", "3C数码", KolTier.Head, ["声岚", "小米"]),
            new KolSpec("开箱狂魔Leo", "抖音", "3C数码", KolTier.Waist, ["声岚"]),
            new KolSpec("极客阿K", "小红书", "3C数码", KolTier.Tail, []),
            new KolSpec("科技美学", "微博", "3C数码", KolTier.Star, ["华为", "声岚"]),
        ],
        Queries: ["3C数码 开箱 兴奋 年轻人", "耳机 开箱 测评"]);
}
