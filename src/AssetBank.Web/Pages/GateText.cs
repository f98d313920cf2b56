using AssetBank.Core.Reuse;

namespace AssetBank.Web.Pages;

/// <summary>The gate outcome in the page's words.</summary>
public static class GateText
{
    public static string Of(GateOutcome outcome) => outcome switch
    {
        GateOutcome.Passed => "通过",
        GateOutcome.Blocked => "未达标",
        GateOutcome.Overridden => "已豁免",
        _ => outcome.ToString(),
    };
}
