namespace AssetBank.Web.Endpoints;

/// <summary>Bank material confirmed for a deliverable line: a whole asset, one shot, or a time range.</summary>
public sealed record ConfirmBody(string Project, string Line, string Key, int? Shot, double? Start, double? End, decimal? Share);
