using System.CommandLine;
using AssetBank.Application.Rights;

namespace AssetBank.Cli.Commands;

/// <summary>The options that write usage terms, shared by <c>rights set</c> and <c>upload</c> (which prefixes some with <c>rights-</c>).</summary>
internal sealed class RightsOptions
{
    private RightsOptions(bool forUpload)
    {
        var prefix = forUpload ? "--rights-" : "--";
        Holder = new Option<string?>(prefix + "holder") { Description = "权利人 / rights holder" };
        LicenceType = new Option<string?>("--licence-type") { Description = "授权类型：owned 自有 | work-for-hire 委托创作 | stock-rm | stock-rf | client-owned 客户所有 | talent-release KOL/艺人授权 | music-licence 音乐授权" };
        Media = new Option<string?>("--media") { Description = "可用媒介，逗号或、分隔：电视 OTT 抖音 小红书 微博 微信 视频号 B站 快手 社交媒体 户外 平面 内部 全媒体 / allowed media" };
        Territory = new Option<string?>("--territory") { Description = "授权地域：中国大陆 港澳台 大中华区 海外 全球 / territory" };
        Start = new Option<string?>(prefix + "start") { Description = "授权开始：2026-03-01、2026/03/01、2026.3.1、2026年3月1日、二〇二六年三月 / first day of use" };
        End = new Option<string?>(prefix + "end") { Description = "授权结束（含当日；只写月份时为月末）/ last day of use (a month means its last day)" };
        All = [Holder, LicenceType, Media, Territory, Start, End];
        if (forUpload)
        {
            return;
        }

        StockLibrary = new Option<string?>("--stock-library") { Description = "图库（Getty、视觉中国…）/ stock library" };
        LicenceId = new Option<string?>("--licence-id") { Description = "授权编号 / licence id" };
        Exclusive = new Option<bool>("--exclusive") { Description = "独家授权 / exclusive" };
        Restrictions = new Option<string?>("--restrictions") { Description = "使用限制（自由文本）/ restrictions, free text" };
        Documents = new Option<string[]>("--document") { Description = "合同或授权书在存储中的对象键（可重复）/ object key of a contract or release", Arity = ArgumentArity.ZeroOrMore };
        Shot = new Option<int?>("--shot") { Description = "只适用于该镜头（序号）/ these terms are a shot's own" };
        All = [.. All, StockLibrary, LicenceId, Exclusive, Restrictions, Documents, Shot];
    }

    public Option<string?> Holder { get; }

    public Option<string?> LicenceType { get; }

    public Option<string?> Media { get; }

    public Option<string?> Territory { get; }

    public Option<string?> Start { get; }

    public Option<string?> End { get; }

    public Option<string?>? StockLibrary { get; }

    public Option<string?>? LicenceId { get; }

    public Option<bool>? Exclusive { get; }

    public Option<string?>? Restrictions { get; }

    public Option<string[]>? Documents { get; }

    public Option<int?>? Shot { get; }

    public IReadOnlyList<Option> All { get; }

    public static RightsOptions ForSet() => new(forUpload: false);

    public static RightsOptions ForUpload() => new(forUpload: true);

    public RightsGrantText Read(ParseResult parse) => new(
        Shot is null ? null : parse.GetValue(Shot)?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        parse.GetValue(Holder),
        parse.GetValue(LicenceType),
        StockLibrary is null ? null : parse.GetValue(StockLibrary),
        LicenceId is null ? null : parse.GetValue(LicenceId),
        parse.GetValue(Media),
        parse.GetValue(Territory),
        parse.GetValue(Start),
        parse.GetValue(End),
        Exclusive is not null && parse.GetValue(Exclusive) ? "yes" : null,
        Restrictions is null ? null : parse.GetValue(Restrictions),
        Documents is null ? null : string.Join('、', parse.GetValue(Documents) ?? []));
}
