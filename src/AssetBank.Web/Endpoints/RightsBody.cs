using AssetBank.Application.Rights;

namespace AssetBank.Web.Endpoints;

/// <summary>Usage terms as the API and the asset page's form send them; lists separated by 、 ; | or commas.</summary>
/// <param name="Add">Keep the existing terms of the asset (or shot) beside the new ones instead of replacing them.</param>
public sealed record RightsBody(
    string? Shot,
    string? Holder,
    string? LicenceType,
    string? StockLibrary,
    string? LicenceId,
    string? Media,
    string? Territory,
    string? Start,
    string? End,
    string? Exclusive,
    string? Restrictions,
    string? Documents,
    bool Add)
{
    public RightsGrantText ToText() => new(Shot, Holder, LicenceType, StockLibrary, LicenceId, Media, Territory, Start, End, Exclusive, Restrictions, Documents);

    /// <summary>How the form labels a field the use case rejects, so the message names what the person sees.</summary>
    public static string FieldLabel(string field) => field switch
    {
        "shot" => "镜头",
        "holder" => "权利人",
        "licence_type" => "授权类型",
        "stock_library" => "图库",
        "licence_id" => "授权编号",
        "media" => "媒介",
        "territory" => "地域",
        "start" => "开始日期",
        "end" => "结束日期",
        "exclusive" => "独家",
        "restrictions" => "限制",
        "documents" => "合同文件",
        _ => field,
    };
}
