using AssetBank.SampleLibrary.Manifest;

namespace AssetBank.SampleLibrary.Themes;

/// <summary>汽车 — 家庭出游 — 温馨 — 一家三口.</summary>
internal static class QicheTheme
{
    public static ThemeContent Create() => new(
        new ThemeDefinition(
            "qiche",
            "远途",
            new ThemeTags("汽车", "家庭出游", "温馨", "一家三口"),
            ["汽车", "SUV", "自驾", "出游", "周末", "露营", "一家三口", "家人", "温馨", "后排"]),
        Slug: "qiche",
        // Agencies name deliverables in Chinese; one video keeps a Chinese file name.
        VideoFile: "汽车_周末自驾_一家三口.mp4",
        VideoTitle: "远途L7《把周末还给家人》TVC",
        WithSubtitles: false,
        FixedGop: false,
        ToneHz: 196,
        Shots:
        [
            new(ShotSource.Gradients, "周五下班，说走就走", "周五下班，我们决定说走就走。", Core: true),
            new(ShotSource.TestSrc2, "一家三口的周末自驾", "后备厢塞满帐篷和零食，一家三口出发了。", Core: true),
            new(ShotSource.CellAuto, "后排的她，睡得正香", "山路有点绕，后排的女儿却睡得正香。", Core: true),
            new(ShotSource.Mandelbrot, "湖边露营，一起看日落", "傍晚到了湖边，我们支起帐篷，一起看日落。", Core: true),
            new(ShotSource.Color, "远途L7 七座大空间 全家更安心", "远途L7，七座大空间，全家出行更安心。", Core: false, Into: TransitionKind.Crossfade, Color: "#1e5a3c"),
            new(ShotSource.Color, "把周末，还给家人", "把周末，还给家人。", Core: true, Color: "#f0c020"),
        ],
        Copy: new CopyDocument(
            "远途L7 品牌故事：把周末还给家人",
            [
                "工作日属于公司，周末属于谁？很多年轻父母的回答是：属于补觉、加班和没完没了的家务。孩子长得很快，能一家三口一起出门的周末，其实没有想象中那么多。",
                "远途L7 想做的，是让出发这件事变得简单。七座大空间，后备厢放得下帐篷、儿童车和一整箱零食；二排独立座椅，孩子在后排睡得安稳；全速域辅助驾驶，让爸爸在长途路上也能轻松一点。",
                "我们拍了一个普通家庭的普通周末：周五下班，说走就走；山路上女儿在后排睡着了；傍晚在湖边支起帐篷，一家人看完一整场日落。没有夸张的特技，只有车里那一点点温馨。",
                "把周末还给家人，是一句口号，也是一个提醒：路一直都在，别等孩子长大了才出发。",
            ],
            ["把周末，还给家人", "远途L7，全家出行更安心", "路一直都在，出发正当时"]),
        Notes:
        [
            new NoteSpec(
                "带娃自驾两天一夜，这条湖边露营路线绝了",
                "周五下班直接出发，开了三个小时到湖边营地。女儿一路在后排睡觉，醒来就到了。晚上一家三口在帐篷前看日落、烤棉花糖，是今年最温馨的一个周末。附上路线和露营装备清单。",
                ["自驾游", "家庭出游", "露营", "一家三口"]),
            new NoteSpec(
                "二胎家庭换车记：最后选了七座SUV",
                "老大五岁，老二刚满一岁，原来的轿车塞两个安全座椅就满了。试驾了五六款车，最后看中后排空间和后备厢，出去玩再也不用纠结带什么。",
                ["换车", "SUV", "家庭用车"]),
        ],
        Memes: [],
        OtherComments: [],
        Kols:
        [
            new KolSpec("老周说车", "抖音", "汽车", KolTier.Head, ["远途", "长城"]),
            new KolSpec("一家三口去旅行", "小红书", "亲子旅行", KolTier.Waist, ["远途"]),
            new KolSpec("车评人大雷", "B站", "汽车", KolTier.Waist, []),
            new KolSpec("周末去哪儿玩", "视频号", "亲子旅行", KolTier.Tail, []),
        ],
        Queries: ["汽车 家庭出游 温馨 一家三口", "一家人 周末自驾 露营"]);
}
