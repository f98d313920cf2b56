namespace AssetBank.Core.Rights;

/// <summary>Under what kind of licence the bank holds an asset (see <see cref="LicenceTypes"/> for names and aliases).</summary>
public enum LicenceType
{
    /// <summary>The agency owns it outright.</summary>
    Owned = 0,
    WorkForHire,
    /// <summary>Stock, rights-managed: use limited to the licensed media, territory and period.</summary>
    StockRightsManaged,
    /// <summary>Stock, royalty-free.</summary>
    StockRoyaltyFree,
    ClientOwned,
    /// <summary>A KOL's or talent's release of their likeness.</summary>
    TalentRelease,
    MusicLicence,
}
