using AssetBank.Core.Search;
using AssetBank.Core.Tagging;
using AssetBank.Tagging.Taxonomies;

namespace AssetBank.Search.Tests;

/// <summary>
/// A small bank as a strategist would meet it: a baby-formula TVC cut into shots with subtitles, a car TVC, Xiaohongshu
/// notes, Douyin comment memes, a copy document and a print ad, tagged on the four dimensions with the default taxonomy.
/// </summary>
internal static class Corpus
{
    private static readonly Lazy<Taxonomy> LazyTaxonomy = new(TaxonomyLoader.LoadDefault);

    public static Taxonomy Taxonomy => LazyTaxonomy.Value;

    public static IReadOnlyList<SearchDocument> Documents { get; } = Build();

    /// <summary>The items that fit 母婴 × 夜醒 × 焦虑 × 新手爸爸 fully: one of each group.</summary>
    public static IReadOnlyList<string> NightWakingDadIds { get; } = ["shot:101:0", "asset:201", "asset:301"];

    /// <summary>Items that have nothing to do with babies.</summary>
    public static IReadOnlyList<string> UnrelatedIds { get; } = ["shot:102:0", "shot:102:1", "asset:102", "asset:203", "asset:204", "asset:302", "asset:501"];

    public static SearchTag Tag(TagDimension dimension, string label, double confidence)
    {
        var term = Taxonomy.FindByLabel(dimension, label) ?? throw new InvalidOperationException($"{label} is not a {dimension} term.");
        return new SearchTag(dimension, term.Id, term.Label, confidence);
    }

    public static DateTimeOffset Date(int year, int month, int day) => new(year, month, day, 10, 0, 0, TimeSpan.FromHours(8));

    public static async IAsyncEnumerable<SearchDocument> Stream(IEnumerable<SearchDocument> documents)
    {
        foreach (var document in documents)
        {
            await Task.Yield();
            yield return document;
        }
    }

    private static List<SearchDocument> Build()
    {
        const TagDimension I = TagDimension.Industry;
        const TagDimension S = TagDimension.Scenario;
        const TagDimension E = TagDimension.Emotion;
        const TagDimension R = TagDimension.Relationship;
        return
        [
            SearchDocument.ForAsset(101, "video") with
            {
                Channel = "TVC", Client = "暖暖乳业", Project = "暖暖奶粉2021春季", Producer = "阿杰", Created = Date(2021, 3, 15),
                Key = "tvc/2021/nuannuan-night.mp4", Title = "暖暖奶粉《凌晨三点》30秒TVC",
                Subtitles = "凌晨三点，宝宝又哭醒了\n新手爸爸手忙脚乱地冲奶粉\n一家三口终于睡了个好觉",
                Tags = [Tag(I, "母婴", 0.9), Tag(S, "夜醒", 0.8), Tag(E, "焦虑", 0.7), Tag(R, "新手爸爸", 0.8)],
            },
            SearchDocument.ForShot(101, 0, 0, 4.5) with
            {
                Channel = "TVC", Client = "暖暖乳业", Created = Date(2021, 3, 15), Key = "tvc/2021/nuannuan-night.mp4",
                Title = "暖暖奶粉《凌晨三点》30秒TVC", KeyframeKey = "derived/101/shot-000.jpg",
                Subtitles = "凌晨三点，宝宝又哭醒了，爸爸一脸焦虑地从床上弹起来",
                Tags = [Tag(I, "母婴", 0.9), Tag(S, "夜醒", 0.9), Tag(E, "焦虑", 0.85), Tag(R, "新手爸爸", 0.85)],
            },
            SearchDocument.ForShot(101, 1, 4.5, 9.2) with
            {
                Channel = "TVC", Client = "暖暖乳业", Created = Date(2021, 3, 15), Key = "tvc/2021/nuannuan-night.mp4",
                Title = "暖暖奶粉《凌晨三点》30秒TVC", KeyframeKey = "derived/101/shot-001.jpg",
                Subtitles = "新手爸爸手忙脚乱地冲奶粉，水温刚刚好",
                Tags = [Tag(I, "婴童喂养", 0.8), Tag(S, "喂奶", 0.8), Tag(E, "焦虑", 0.5), Tag(R, "新手爸爸", 0.9)],
            },
            SearchDocument.ForShot(101, 2, 9.2, 15) with
            {
                Channel = "TVC", Client = "暖暖乳业", Created = Date(2021, 3, 15), Key = "tvc/2021/nuannuan-night.mp4",
                Title = "暖暖奶粉《凌晨三点》30秒TVC", KeyframeKey = "derived/101/shot-002.jpg",
                Subtitles = "一家三口终于睡了个好觉",
                Tags = [Tag(I, "母婴", 0.7), Tag(S, "哄睡", 0.6), Tag(E, "温馨", 0.9), Tag(R, "一家三口", 0.9)],
            },
            SearchDocument.ForAsset(102, "video") with
            {
                Channel = "TVC", Client = "远途汽车", Created = Date(2022, 9, 1), Key = "tvc/2022/yuantu-camping.mp4",
                Title = "远途新能源《周末去露营》", Subtitles = "周末自驾去露营\n新能源汽车续航无忧",
                Tags = [Tag(I, "新能源汽车", 0.9), Tag(S, "露营", 0.9), Tag(E, "放松", 0.8), Tag(R, "一家三口", 0.7)],
            },
            SearchDocument.ForShot(102, 0, 0, 6) with
            {
                Channel = "TVC", Client = "远途汽车", Created = Date(2022, 9, 1), Title = "远途新能源《周末去露营》",
                Subtitles = "周末自驾去露营，孩子在后座睡着了", KeyframeKey = "derived/102/shot-000.jpg",
                Tags = [Tag(I, "汽车", 0.8), Tag(S, "自驾游", 0.9), Tag(E, "放松", 0.8), Tag(R, "一家三口", 0.8)],
            },
            SearchDocument.ForShot(102, 1, 6, 12) with
            {
                Channel = "TVC", Client = "远途汽车", Created = Date(2022, 9, 1), Title = "远途新能源《周末去露营》",
                Subtitles = "新能源汽车续航无忧，一路安心", KeyframeKey = "derived/102/shot-001.jpg",
                Tags = [Tag(I, "新能源汽车", 0.9), Tag(S, "驾驶出行", 0.7), Tag(E, "安心", 0.8)],
            },
            SearchDocument.ForAsset(201, "social") with
            {
                Channel = "xhs", Created = Date(2023, 11, 2), Engagement = 3200, ExternalId = "xhs-6543a1",
                Title = "新手爸爸夜醒崩溃实录",
                Body = "宝宝一晚醒五次，老婆累坏了，我这个新手爸爸也很焦虑。求推荐安抚奶嘴和暖奶器，半夜冲奶真的太难了！",
                Tags = [Tag(I, "母婴", 0.9), Tag(S, "夜醒", 0.85), Tag(E, "焦虑", 0.8), Tag(R, "新手爸爸", 0.9)],
            },
            SearchDocument.ForAsset(202, "social") with
            {
                Channel = "小红书", Created = Date(2024, 2, 20), Engagement = 1800,
                Title = "哄睡神器分享｜宝宝十分钟入睡",
                Body = "用了这个白噪音机，宝宝十分钟就睡着了，宝妈们冲！再也不用抱着走一整晚。",
                Tags = [Tag(I, "母婴", 0.8), Tag(S, "哄睡", 0.9), Tag(E, "治愈", 0.6), Tag(R, "新手妈妈", 0.7)],
            },
            SearchDocument.ForAsset(203, "social") with
            {
                Channel = "小红书", Created = Date(2024, 5, 8), Engagement = 5200,
                Title = "早C晚A护肤心得", Body = "坚持早C晚A三个月，皮肤状态稳定多了，和闺蜜一起打卡。",
                Tags = [Tag(I, "护肤品", 0.9), Tag(S, "护肤日常", 0.9), Tag(E, "自信", 0.6), Tag(R, "闺蜜", 0.7)],
            },
            SearchDocument.ForAsset(204, "social") with
            {
                Channel = "小红书", Created = Date(2024, 6, 12), Engagement = 900,
                Title = "打工人通勤穿搭一周不重样", Body = "地铁通勤也要好看，这五套穿搭舒服又显瘦。",
                Tags = [Tag(I, "服饰", 0.9), Tag(S, "穿搭", 0.9), Tag(S, "通勤", 0.7), Tag(R, "打工人", 0.8)],
            },
            SearchDocument.ForAsset(205, "social") with
            {
                Channel = "小红书", Created = Date(2023, 12, 24), Engagement = 640,
                Title = "当爹第一个月", Body = "半夜三点起来哄娃，当爹的心情谁懂，白天还要上班。",
            },
            SearchDocument.ForAsset(301, "social") with
            {
                Channel = "douyin", Created = Date(2024, 1, 10), Engagement = 12000,
                Title = "新手爸爸带娃名场面",
                Comments = "我只是去倒了杯水，回来娃醒了\n笑死，新手爸爸的焦虑写在脸上\n夜醒三次的我已经麻了",
                Tags = [Tag(I, "母婴", 0.7), Tag(S, "夜醒", 0.75), Tag(E, "焦虑", 0.6), Tag(E, "搞笑", 0.8), Tag(R, "新手爸爸", 0.85)],
            },
            SearchDocument.ForAsset(302, "social") with
            {
                Channel = "抖音", Created = Date(2024, 3, 4), Engagement = 8800,
                Title = "打工人周一综合症", Comments = "周一的地铁人挤人\n工位上的我：已读不回\n打工人打工魂",
                Tags = [Tag(I, "互联网平台", 0.4), Tag(S, "通勤", 0.8), Tag(E, "疲惫", 0.9), Tag(R, "打工人", 0.9)],
            },
            SearchDocument.ForAsset(303, "social") with
            {
                Channel = "抖音", Created = Date(2022, 7, 7), Engagement = 4300,
                Title = "奶爸凌晨冲奶一气呵成", Comments = "奶爸的手速练出来了\n凌晨冲奶闭着眼都能做",
                Tags = [Tag(I, "婴童喂养", 0.8), Tag(S, "夜醒", 0.6), Tag(R, "新手爸爸", 0.8)],
            },
            SearchDocument.ForAsset(401, "copy") with
            {
                Channel = "微信", Client = "暖暖乳业", Created = Date(2023, 5, 20), Title = "暖暖奶粉618大促朋友圈文案",
                Body = "新手爸妈的焦虑，我们都懂。618囤货季，暖暖奶粉陪宝宝睡个整觉。",
                Tags = [Tag(I, "母婴", 0.8), Tag(S, "大促购物", 0.7), Tag(E, "焦虑", 0.5), Tag(R, "新手妈妈", 0.6)],
            },
            SearchDocument.ForAsset(501, "image") with
            {
                Channel = "平面", Client = "远途汽车", Created = Date(2019, 4, 1), Title = "远途汽车户外大牌",
                Captions = "远途，带全家去远方",
                Tags = [Tag(I, "汽车", 0.9), Tag(S, "家庭出游", 0.6), Tag(R, "家庭", 0.6)],
            },
        ];
    }
}
