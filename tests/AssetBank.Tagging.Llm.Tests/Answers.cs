using System.Text.Json;

namespace AssetBank.Tagging.Llm.Tests;

/// <summary>Fixture answers a model might give.</summary>
internal static class Answers
{
    /// <summary>A schema-conforming answer giving every unit the night-waking tags.</summary>
    public static string NightWaking(ChatRequest request) => JsonSerializer.Serialize(new
    {
        items = request.UnitIds.Select(id => new Dictionary<string, object>
        {
            ["id"] = id,
            ["industry"] = new[] { Tag("母婴", 0.92, "宝宝"), Tag("婴童喂养", 0.6, "冲奶粉") },
            ["scenario"] = new[] { Tag("夜醒", 0.88, "凌晨三点宝宝又醒了") },
            ["emotion"] = new[] { Tag("焦虑", 0.81, "焦虑到不行") },
            ["relationship"] = new[] { Tag("新手爸爸", 0.9, "新手爸爸") },
        }),
    });

    public static object Tag(string label, double confidence, string evidence) => new { label, confidence, evidence };
}
