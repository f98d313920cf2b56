using System.Text;
using AssetBank.SampleLibrary.Themes;

namespace AssetBank.SampleLibrary.Generators;

/// <summary>Plain-text and Markdown renderings of a copy document (LF line ends).</summary>
internal static class CopyRendering
{
    public const string SloganHeading = "口号";

    public static string PlainText(CopyDocument copy)
    {
        var builder = new StringBuilder();
        builder.Append(copy.Title).Append("\n\n");
        foreach (var paragraph in copy.Paragraphs)
        {
            builder.Append(paragraph).Append("\n\n");
        }

        builder.Append(SloganHeading).Append("：\n");
        foreach (var slogan in copy.Slogans)
        {
            builder.Append(slogan).Append('\n');
        }

        return builder.ToString();
    }

    public static string Markdown(CopyDocument copy)
    {
        var builder = new StringBuilder();
        builder.Append("# ").Append(copy.Title).Append("\n\n");
        foreach (var paragraph in copy.Paragraphs)
        {
            builder.Append(paragraph).Append("\n\n");
        }

        builder.Append("## ").Append(SloganHeading).Append("\n\n");
        foreach (var slogan in copy.Slogans)
        {
            builder.Append("- **").Append(slogan).Append("**\n");
        }

        return builder.ToString();
    }
}
