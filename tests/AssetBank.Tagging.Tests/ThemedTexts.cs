namespace AssetBank.Tagging.Tests;

/// <summary>Short advertising texts written for these tests, one per theme, with the four labels a strategist expects.</summary>
internal static class ThemedTexts
{
    public static readonly (string Text, string Industry, string Scenario, string Emotion, string Relationship)[] All =
    [
        ("凌晨三点宝宝又醒了，新手爸爸手忙脚乱地冲奶粉，焦虑到不行", "母婴", "夜醒", "焦虑", "新手爸爸"),
        ("闺蜜按头安利的这支口红，上嘴才发现居然这么显白，被种草了，真的绝了", "美妆", "种草", "惊喜", "闺蜜"),
        ("晚上十点还在工位改方案，整个人累到不想说话，隔壁工位的同事递来一杯冷萃咖啡", "食品饮料", "加班", "疲惫", "同事"),
        ("快递到了！迫不及待拆开新机，年轻人的第一台折叠屏，续航和快充都太酷了", "3C数码", "开箱", "兴奋", "年轻人"),
        ("周末一家三口开车去郊游，带娃出游就靠大后备箱，一路上笑声不断，暖暖的", "汽车", "家庭出游", "温馨", "一家三口"),
    ];

    public static TheoryData<string, string, string, string, string> Data()
    {
        var data = new TheoryData<string, string, string, string, string>();
        foreach (var (text, industry, scenario, emotion, relationship) in All)
        {
            data.Add(text, industry, scenario, emotion, relationship);
        }

        return data;
    }
}
