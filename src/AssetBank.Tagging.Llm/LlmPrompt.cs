using System.Globalization;
using System.Text;
using AssetBank.Core.Assets;
using AssetBank.Core.Tagging;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;

namespace AssetBank.Tagging.Llm;

/// <summary>The chat sent for one request: a system message with the rules and the vocabulary, a user message with the units.</summary>
internal static class LlmPrompt
{
    /// <summary>Bump when the prompt changes, so cached answers to the old prompt are not reused.</summary>
    public const string Version = "prompt-v2";

    public static string SystemMessage(Taxonomy taxonomy, StructuredOutputMode mode)
    {
        var text = new StringBuilder();
        text.AppendLine("你是广告公司内容资产库的打标助手。请为用户给出的每一个素材（整条素材或单个镜头）打四个维度的标签：");
        text.AppendLine("行业(industry)、场景(scenario)、情绪(emotion)、人物关系(relationship)。");
        text.AppendLine("规则：");
        text.AppendLine("1. 只能使用下方词表中的标签原文，不要自造标签，不要翻译；");
        text.AppendLine("2. 每个维度最多给 3 个标签，按把握从高到低排列；没有依据的维度给空数组；");
        text.AppendLine("3. confidence 是 0 到 1 之间的小数；evidence 摘录素材中支持该标签的原文片段（不超过 30 个字），看图得出的写“画面”加简短描述；");
        text.AppendLine("4. 每个素材按给出的 id 原样返回一项；只输出 JSON，不要任何解释；");
        text.AppendLine("5. 镜头属于整条素材：先看它自己的字幕和画面，再结合素材标题和前后镜头判断，个别路过的词不能改变整条片子的行业；情绪看表现出来的状态，注意否定和转折（“不慌”是安心，不是慌张）。");
        if (mode != StructuredOutputMode.JsonSchema)
        {
            text.AppendLine("输出格式：");
            text.AppendLine("{\"items\":[{\"id\":\"u1\",\"industry\":[{\"label\":\"…\",\"confidence\":0.9,\"evidence\":\"…\"}],\"scenario\":[],\"emotion\":[],\"relationship\":[]}]}");
        }

        text.AppendLine("词表：");
        foreach (var dimension in TagDimensions.All)
        {
            text.Append(TagDimensions.ToChinese(dimension)).Append('(').Append(TagDimensions.ToWire(dimension)).Append(")：");
            text.AppendLine(string.Join("、", taxonomy.TermsOf(dimension).Select(t => t.Label)));
        }

        return text.ToString();
    }

    public static ChatHistory Build(
        string systemMessage,
        TaggingInput item,
        IReadOnlyList<LlmUnit> units,
        IReadOnlyDictionary<string, LoadedImage> images,
        LlmTaggerOptions options)
    {
        var history = new ChatHistory(systemMessage);
        var content = new ChatMessageContentItemCollection();
        var header = new StringBuilder();
        header.Append("素材类型：").Append(AssetKindNames.ToChinese(item.Kind));
        if (!string.IsNullOrWhiteSpace(item.Channel))
        {
            header.Append("；渠道：").Append(item.Channel.Trim());
        }

        if (!string.IsNullOrWhiteSpace(item.Title))
        {
            header.Append("；所属素材标题：").Append(item.Title.Trim());
        }

        header.Append("。请为以下 ").Append(units.Count.ToString(CultureInfo.InvariantCulture)).Append(" 项分别打标。");
        content.Add(new TextContent(header.ToString()));

        foreach (var unit in units)
        {
            var text = new StringBuilder();
            text.Append("\n[id=").Append(unit.Key).Append("] ").Append(unit.Heading).Append('\n');
            var budget = options.MaxTextChars;
            foreach (var piece in unit.Texts)
            {
                if (budget <= 0)
                {
                    break;
                }

                var body = piece.Text.Trim();
                if (body.Length > budget)
                {
                    body = body[..budget];
                }

                budget -= body.Length;
                text.Append(FieldName(piece.Field)).Append('：').Append(body).Append('\n');
            }

            if (unit.Texts.Count == 0)
            {
                text.Append("（无文字）\n");
            }

            content.Add(new TextContent(text.ToString()));
            var unitImages = unit.Images.Where(images.ContainsKey).ToList();
            if (unitImages.Count > 0)
            {
                content.Add(new TextContent($"[id={unit.Key}] 的画面："));
                foreach (var path in unitImages)
                {
                    var image = images[path];
                    content.Add(new ImageContent(image.Data, image.MimeType));
                }
            }
        }

        history.AddUserMessage(content);
        return history;
    }

    private static string FieldName(TaggingTextField field) => field switch
    {
        TaggingTextField.Title => "标题",
        TaggingTextField.Body => "正文",
        TaggingTextField.Caption => "配文",
        TaggingTextField.Subtitle => "字幕",
        TaggingTextField.Transcript => "口播",
        TaggingTextField.Comment => "评论",
        TaggingTextField.Hashtag => "话题",
        TaggingTextField.KolVertical => "KOL垂类",
        TaggingTextField.Metadata => "元数据",
        TaggingTextField.OnScreenText => "画面文字",
        TaggingTextField.Context => "上下文",
        _ => "文字",
    };
}
