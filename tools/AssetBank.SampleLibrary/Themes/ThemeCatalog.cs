namespace AssetBank.SampleLibrary.Themes;

/// <summary>The themes of the sample library, in the order they are generated.</summary>
internal static class ThemeCatalog
{
    public static IReadOnlyList<ThemeContent> All { get; } =
    [
        MuyingTheme.Create(),
        MeizhuangTheme.Create(),
        QicheTheme.Create(),
        ShipinTheme.Create(),
        ShumaTheme.Create(),
    ];

    /// <summary>Notes that fit no theme, mixed into exports as noise.</summary>
    public static IReadOnlyList<NoteSpec> OffTopicNotes { get; } =
    [
        new NoteSpec(
            "周末在家做了一锅番茄牛腩",
            "番茄先炒出沙，牛腩冷水下锅焯水，再一起小火炖一个半小时。汤汁拌饭能吃三碗。",
            ["家常菜", "周末做饭"]),
        new NoteSpec(
            "养了三年的龟背竹终于开背了",
            "放在东南窗边，半个月浇一次水，今年春天新叶终于裂开了。植物真的会回应你的耐心。",
            ["绿植", "阳台花园"]),
    ];
}
