namespace AssetBank.Core.Media;

/// <summary>EBU R128 loudness of a programme.</summary>
/// <param name="IntegratedLufs">Integrated loudness in LUFS (−70 for silence); broadcast delivery targets −23, streaming about −14.</param>
/// <param name="LoudnessRangeLu">Loudness range (LRA) in LU, when measured.</param>
/// <param name="TruePeakDbtp">True peak in dBTP, when measured.</param>
public sealed record LoudnessSummary(double IntegratedLufs, double? LoudnessRangeLu, double? TruePeakDbtp);
