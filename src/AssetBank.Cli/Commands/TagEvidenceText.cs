using System.Globalization;
using AssetBank.Core.Media;
using AssetBank.Core.Tagging;

namespace AssetBank.Cli.Commands;

/// <summary>Says why a tag was given: the words or caption quoted, the field they came from, and the shot's time code.</summary>
internal static class TagEvidenceText
{
    public static string FieldName(TaggingTextField? field) => field switch
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
        TaggingTextField.OnScreenText => "画面文字(OCR)",
        TaggingTextField.Context => "上下文",
        _ => "依据",
    };

    /// <summary>The shot index in an item id of the form <c>KEY#shotN</c>, or null.</summary>
    public static int? ShotIndex(string? itemId)
    {
        if (itemId is null)
        {
            return null;
        }

        var at = itemId.LastIndexOf("#shot", StringComparison.Ordinal);
        return at >= 0 && int.TryParse(itemId.AsSpan(at + 5), NumberStyles.None, CultureInfo.InvariantCulture, out var index) ? index : null;
    }

    public static string TimeCode(Shot shot) =>
        string.Create(CultureInfo.InvariantCulture, $"{shot.Start:mm\\:ss}–{shot.End:mm\\:ss}");

    /// <summary>One line per piece of evidence: 字幕「凌晨三点」· 镜头0 00:00–00:03.</summary>
    public static string Describe(TagEvidence evidence, IReadOnlyList<Shot> shots)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        ArgumentNullException.ThrowIfNull(shots);
        var text = $"{FieldName(evidence.Field)}「{evidence.Text}」";
        if (ShotIndex(evidence.ShotId) is { } index)
        {
            var shot = shots.FirstOrDefault(s => s.Index == index);
            text += shot is null ? $" · 镜头{index}" : $" · 镜头{index} {TimeCode(shot)}";
        }

        return text;
    }
}
