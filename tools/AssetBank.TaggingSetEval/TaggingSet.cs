using System.Globalization;
using AssetBank.Core.Tagging;

namespace AssetBank.TaggingSetEval;

/// <summary>Builds the tagging set: every industry × scene in six archive forms, each item around one emotion and (four in five) a relationship.</summary>
internal static class TaggingSet
{
    private static readonly string[] Forms = ["shot", "note", "comments", "brief", "weibo", "kol"];

    public static List<SetItem> Items()
    {
        var items = new List<SetItem>();
        var id = 0;
        for (var i = 0; i < Cues.Industries.Length; i++)
        {
            for (var s = 0; s < Cues.Scenes.Length; s++)
            {
                for (var f = 0; f < Forms.Length; f++)
                {
                    id++;
                    var industry = Cues.Industries[i];
                    var scene = Cues.Scenes[s];
                    var emotion = Cues.Emotions[(i + (2 * s) + f) % Cues.Emotions.Length];
                    var relation = id % 5 == 0 ? null : Cues.Relations[((3 * i) + s + (2 * f)) % Cues.Relations.Length];
                    var expected = new Dictionary<string, string>(StringComparer.Ordinal)
                    {
                        [industry.Dimension] = industry.Label,
                        [scene.Dimension] = scene.Label,
                        [emotion.Dimension] = emotion.Label,
                    };
                    if (relation is not null)
                    {
                        expected[relation.Dimension] = relation.Label;
                    }

                    var (channel, title, field, text) = Write(Forms[f], id, industry, scene, emotion, relation);
                    items.Add(new SetItem(id, Forms[f], channel, title, field, text, expected));
                }
            }
        }

        return items;
    }

    private static (string? Channel, string Title, TaggingTextField Field, string Text) Write(string form, int id, Cue industry, Cue scene, Cue emotion, Cue? relation)
    {
        string P(Cue cue, int salt = 0) => cue.Phrases[(id + salt) % cue.Phrases.Length];
        var who = relation is null ? "我" : P(relation);
        var number = id.ToString(CultureInfo.InvariantCulture);
        return form switch
        {
            "shot" => ("TVC", $"TVC 第{number}号 镜头{(id % 6) + 1}", TaggingTextField.Subtitle,
                $"{P(scene)}，{who}拿出{P(industry)}。{P(emotion)}。"),
            "note" => ("小红书", $"{P(scene, 1)}的一天", TaggingTextField.Body,
                $"{P(scene)}，{who}带上了{P(industry)}，{P(emotion)}～分享给大家 #日常记录 #好物分享"),
            "comments" => ("抖音", $"评论 {number}", TaggingTextField.Comment,
                $"{P(scene)}的时候真的{P(emotion)}\n{who}也一样啊\n{P(industry)}是哪个牌子的？"),
            "brief" => (null, $"传播简报 {number}", TaggingTextField.Body,
                $"背景：{P(scene)}。沟通对象：{who}。产品：{P(industry)}。希望用户感到：{P(emotion, 1)}。"),
            "weibo" => ("微博", $"微博 {number}", TaggingTextField.Body,
                $"{P(scene, 2)}，{P(emotion)}。{who}说{P(industry)}真的不错。"),
            _ => ("小红书", $"达人 {number}", TaggingTextField.KolVertical,
                $"人设：{who}｜内容：{P(scene)}、{P(industry)}｜风格：{P(emotion)}"),
        };
    }
}
