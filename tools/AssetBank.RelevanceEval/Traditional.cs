using System.Text;

namespace AssetBank.RelevanceEval;

/// <summary>
/// Writes some items in traditional characters, as archive material from Hong Kong and Taiwan agencies comes: a
/// hand-made simplified → traditional table for the characters the set uses (the reverse of what search folds).
/// </summary>
internal static class Traditional
{
    private const string Simplified = "这罐奶纸尿树苗胀瓶宝嘴妆时盘红来钟级宽后车续航公数码耳机门降调侦护调觉心脏样种帐过饭节贴联饺岁还钟个办灯见约补电场烛晚饭饭练韵腿颤伸窝里哪租屋干净面虑别团压温暖笑乐离谱论评还愈舒画励为难孤独说话这爷奶孙双闺对们组边项伙伴单胎层请际气发头现给机读轻实传说费调达风测类样间语样应视频脚镜剧尔队热帮让边总买专则义乌连运动运动锻炼脑书众吗么层";
    private const string TraditionalChars = "這罐奶紙尿樹苗脹瓶寶嘴妝時盤紅來鐘級寬後車續航公數碼耳機門降調偵護調覺心臟樣種帳過飯節貼聯餃歲還鐘個辦燈見約補電場燭晚飯飯練韻腿顫伸窩裏哪租屋乾淨麵慮別團壓溫暖笑樂離譜論評還癒舒畫勵為難孤獨說話這爺奶孫雙閨對們組邊項夥伴單胎層請際氣發頭現給機讀輕實傳說費調達風測類樣間語樣應視頻腳鏡劇爾隊熱幫讓邊總買專則義烏連運動運動鍛煉腦書眾嗎麼層";

    private static readonly Dictionary<char, char> Map = Build();

    public static string Convert(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(Map.GetValueOrDefault(c, c));
        }

        return builder.ToString();
    }

    private static Dictionary<char, char> Build()
    {
        var map = new Dictionary<char, char>();
        for (var i = 0; i < Math.Min(Simplified.Length, TraditionalChars.Length); i++)
        {
            map.TryAdd(Simplified[i], TraditionalChars[i]);
        }

        return map;
    }
}
