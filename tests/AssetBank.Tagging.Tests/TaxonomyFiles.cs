using System.Text;

namespace AssetBank.Tagging.Tests;

/// <summary>Builds small taxonomy files for validation tests.</summary>
internal static class TaxonomyFiles
{
    public static byte[] Utf8(string json) => Encoding.UTF8.GetBytes(json.ReplaceLineEndings("\n"));

    /// <summary>A valid four-dimension file; <paramref name="industry"/> lines go into the industry array verbatim.</summary>
    public static string With(params string[] industry) =>
        "{\n" +
        "  \"industry\": [\n" +
        string.Join(",\n", industry.Select(l => "    " + l)) + "\n" +
        "  ],\n" +
        "  \"scenario\": [\n" +
        "    {\"id\": \"scenario.night-waking\", \"label\": \"夜醒\", \"en\": \"Night waking\", \"keywords\": {\"凌晨\": 0.5}}\n" +
        "  ],\n" +
        "  \"emotion\": [\n" +
        "    {\"id\": \"emotion.anxiety\", \"label\": \"焦虑\", \"en\": \"Anxiety\", \"negative\": [\"不焦虑\"]}\n" +
        "  ],\n" +
        "  \"relationship\": [\n" +
        "    {\"id\": \"relationship.new-dad\", \"label\": \"新手爸爸\", \"en\": \"New dad\", \"synonyms\": [\"奶爸\"]}\n" +
        "  ]\n" +
        "}\n";
}
