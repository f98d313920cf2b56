namespace AssetBank.Application.Rights;

/// <summary>The columns of a rights file: English names as exported, Chinese headers accepted on import.</summary>
public static class RightsColumns
{
    public const string Key = "key";

    /// <summary>Each column with the headers that name it (case, spaces, <c>-</c> and <c>_</c> ignored).</summary>
    public static IReadOnlyList<(string Name, string[] Headers)> All { get; } =
    [
        (Key, ["key", "object key", "asset", "资产", "对象键", "文件键"]),
        ("shot", ["shot", "镜头"]),
        ("holder", ["holder", "rights holder", "权利人", "版权方", "版权所有人"]),
        ("licence_type", ["licence type", "license type", "licence", "license", "授权类型", "授权"]),
        ("stock_library", ["stock library", "library", "图库"]),
        ("licence_id", ["licence id", "license id", "授权编号", "许可编号"]),
        ("media", ["media", "medium", "媒介", "媒体", "可用媒介"]),
        ("territory", ["territory", "territories", "地域", "区域", "授权地域"]),
        ("start", ["start", "start date", "开始", "开始日期", "起始日期"]),
        ("end", ["end", "end date", "结束", "结束日期", "到期日", "到期日期"]),
        ("exclusive", ["exclusive", "独家"]),
        ("restrictions", ["restrictions", "限制", "使用限制", "备注"]),
        ("documents", ["documents", "contracts", "文件", "合同", "授权文件"]),
    ];

    /// <summary>The column a header names; null when it names none.</summary>
    public static string? Resolve(string header)
    {
        var folded = Fold(header);
        return All.FirstOrDefault(c => Fold(c.Name) == folded || c.Headers.Any(h => Fold(h) == folded)).Name;
    }

    /// <summary>Reads a row's cells into terms, given which column holds what.</summary>
    public static RightsGrantText Terms(IReadOnlyDictionary<string, int> columns, Func<int, string> cell)
    {
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(cell);
        string? Get(string name) => columns.TryGetValue(name, out var i) ? cell(i) : null;
        return new RightsGrantText(Get("shot"), Get("holder"), Get("licence_type"), Get("stock_library"), Get("licence_id"), Get("media"),
            Get("territory"), Get("start"), Get("end"), Get("exclusive"), Get("restrictions"), Get("documents"));
    }

    /// <summary>The cells of one export row, in the order of <see cref="All"/>.</summary>
    public static string?[] Cells(string key, RightsGrantText t) =>
        [key, t.Shot, t.Holder, t.LicenceType, t.StockLibrary, t.LicenceId, t.Media, t.Territory, t.Start, t.End, t.Exclusive, t.Restrictions, t.Documents];

    private static string Fold(string text) =>
        new(text.Trim().TrimStart('\uFEFF').ToLowerInvariant().Where(c => !char.IsWhiteSpace(c) && c is not '-' and not '_').ToArray());
}
