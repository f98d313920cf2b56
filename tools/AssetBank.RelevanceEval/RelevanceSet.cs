using System.Globalization;

namespace AssetBank.RelevanceEval;

/// <summary>
/// Builds the relevance set: 336 items in seven archive forms (TVC shot scripts with 画面/字幕/旁白, 小红书 notes, 抖音
/// comment threads, briefs, slogans, KOL rows, 微博 posts) over six industries and eight scenes, each expressing its
/// emotion and relationship in words that mostly do not name the label; one in eight is written in traditional
/// characters and some carry Cantonese; and 66 queries in three shapes. Deterministic: the same set every run.
/// </summary>
internal static class RelevanceSet
{
    private static readonly string[] Forms = ["shot", "note", "comments", "brief", "slogan", "kol", "weibo"];

    private static readonly string[] Cantonese = ["真係好正", "笑到碌地", "今日返工好攰", "佢哋都話唔錯", "我哋一齊去"];

    private static readonly string[] KolNames = ["阿杰", "小鹿", "大橙子", "米粒", "老周", "Coco", "七七", "豆豆妈"];

    public static List<EvalItem> Items()
    {
        var items = new List<EvalItem>();
        var id = 0;
        for (var i = 0; i < Facets.Industries.Length; i++)
        {
            for (var s = 0; s < Facets.Scenes.Length; s++)
            {
                for (var f = 0; f < Forms.Length; f++)
                {
                    id++;
                    var industry = Facets.Industries[i];
                    var scene = Facets.Scenes[s];
                    var emotion = Facets.Emotions[(i + (2 * s) + f) % Facets.Emotions.Length];
                    var relation = Facets.Relations[((3 * i) + s + (2 * f)) % Facets.Relations.Length];
                    var withRelation = id % 5 != 0;
                    var facets = new HashSet<string>(StringComparer.Ordinal) { Key(industry), Key(scene), Key(emotion) };
                    if (withRelation)
                    {
                        facets.Add(Key(relation));
                    }

                    var (kind, channel, title, text) = Write(Forms[f], id, industry, scene, emotion, withRelation ? relation : null);
                    if (id % 11 == 0)
                    {
                        text += "。" + Cantonese[id % Cantonese.Length];
                    }

                    if (id % 8 == 0)
                    {
                        (title, text) = (Traditional.Convert(title), Traditional.Convert(text));
                    }

                    items.Add(new EvalItem(id, Forms[f], kind, channel, title, text, facets));
                }
            }
        }

        return items;
    }

    public static List<EvalQuery> Queries(IReadOnlyList<EvalItem> items)
    {
        var queries = new List<EvalQuery>();

        // Dimension style: the bank's own 行业—场景—情绪—人物关系 form, taken from combinations the archive holds.
        foreach (var item in items.Where(x => x.Facets.Count == 4).Where((_, n) => n % 12 == 3).Take(22))
        {
            var labels = Ordered(item.Facets).ToList();
            var text = item.Id % 3 == 0 ? string.Join(' ', labels.Skip(1)) : string.Join('—', labels);
            queries.Add(new EvalQuery("dimension", text, Ordered(item.Facets).Skip(item.Id % 3 == 0 ? 1 : 0).Select(l => Find(l)).Select(Key).ToHashSet()));
        }

        // Free text: a strategist's paraphrase of a scene and a relationship (and sometimes the product), no labels.
        var n = 0;
        foreach (var scene in Facets.Scenes)
        {
            foreach (var relation in Facets.Relations.Where((_, r) => (r + n) % 3 == 0))
            {
                n++;
                var text = $"{scene.Paraphrases[n % 2]} {relation.Paraphrases[n % 2]}";
                queries.Add(new EvalQuery("free", text, new HashSet<string>(StringComparer.Ordinal) { Key(scene), Key(relation) }));
            }
        }

        // Mixed: one label and paraphrases for the rest.
        n = 0;
        foreach (var industry in Facets.Industries)
        {
            foreach (var emotion in Facets.Emotions.Where((_, e) => (e + n) % 2 == 0))
            {
                n++;
                var scene = Facets.Scenes[n % Facets.Scenes.Length];
                var text = $"{industry.Label} {scene.Paraphrases[n % 2]} {emotion.Paraphrases[n % 2]}";
                queries.Add(new EvalQuery("mixed", text, new HashSet<string>(StringComparer.Ordinal) { Key(industry), Key(scene), Key(emotion) }));
            }
        }

        // Only queries the archive can answer: a query with no relevant item measures nothing.
        return queries.Where(q => items.Any(i => q.Grade(i) >= 2)).ToList();
    }

    private static string Key(Facet facet) => facet.Dimension + ":" + facet.Label;

    private static Facet Find(string label) =>
        Facets.Industries.Concat(Facets.Scenes).Concat(Facets.Emotions).Concat(Facets.Relations).First(f => f.Label == label);

    private static readonly string[] DimensionOrder = ["industry", "scenario", "emotion", "relationship"];

    private static IEnumerable<string> Ordered(IReadOnlySet<string> facets) =>
        DimensionOrder
            .SelectMany(d => facets.Where(f => f.StartsWith(d + ":", StringComparison.Ordinal)))
            .Select(f => f[(f.IndexOf(':', StringComparison.Ordinal) + 1)..]);

    private static (string Kind, string? Channel, string Title, string Text) Write(string form, int id, Facet industry, Facet scene, Facet emotion, Facet? relation)
    {
        string P(Facet facet, int salt = 0) => facet.Phrases[(id + salt) % facet.Phrases.Length];
        var who = relation is null ? "我" : P(relation);
        var number = id.ToString(CultureInfo.InvariantCulture);
        return form switch
        {
            "shot" => ("copy", "TVC", $"TVC脚本 第{number}号 镜头{id % 6 + 1}",
                $"画面：{P(scene)}，{who}拿起{P(industry)}。字幕：{P(emotion)}。旁白：{P(scene, 1)}，总有{P(industry, 1)}在身边。"),
            "note" => ("social", "小红书", $"{P(scene)}｜{P(emotion)}",
                $"{P(scene, 1)}，{who}一起用了{P(industry)}，{P(emotion)}！姐妹们冲～ #{industry.Paraphrases[0]} #日常分享"),
            "comments" => ("social", "抖音", $"评论区 {number}",
                $"用户{number}A：{P(scene)}的时候{P(emotion)}\n用户{number}B：{who}也是这样，{P(emotion, 1)}\n用户{number}C：{P(industry)}求链接"),
            "brief" => ("copy", null, $"传播Brief {number}",
                $"项目背景：品牌希望在“{P(scene)}”这样的时刻与{who}沟通，传递“{P(emotion)}”的感受。产品：{P(industry)}。调性：真实、不说教。"),
            "slogan" => ("copy", "微信", $"Slogan提案 {number}", $"{P(emotion)}的时候，{P(scene)}，{P(industry)}懂{who}。"),
            "kol" => ("kol-list", "小红书", $"达人 {KolNames[id % KolNames.Length]}{number}",
                $"昵称：{KolNames[id % KolNames.Length]}{number}｜平台：小红书｜粉丝：{id % 90 + 3}万｜人设：{who}｜内容：{P(scene)}、{P(industry)}测评｜风格：{P(emotion)}"),
            _ => ("social", "微博", $"微博 {number}", $"#{scene.Paraphrases[1]}# {P(scene)}，{P(emotion)}。{who}说{P(industry)}真的可以。"),
        };
    }
}
