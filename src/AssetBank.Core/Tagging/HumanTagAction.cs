namespace AssetBank.Core.Tagging;

public enum HumanTagAction
{
    /// <summary>The term applies, whatever the machine says.</summary>
    Add = 0,

    /// <summary>The term does not apply, and stays removed through re-tagging.</summary>
    Remove = 1,
}
