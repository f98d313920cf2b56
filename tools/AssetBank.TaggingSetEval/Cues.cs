namespace AssetBank.TaggingSetEval;

/// <summary>
/// The values the tagging set is written around, written for this set (not taken from the sample library or the
/// relevance set). Most phrases show a value rather than name it, as archive copy does.
/// </summary>
internal static class Cues
{
    public static readonly Cue[] Industries =
    [
        new("industry", "母婴", ["宝宝的第一罐奶粉", "新生儿纸尿裤", "吸奶器", "婴儿推车"]),
        new("industry", "美妆", ["新出的唇釉", "遮瑕膏", "一瓶精华液", "卸妆油"]),
        new("industry", "汽车", ["新提的SUV", "智能驾驶辅助", "后备箱", "试驾的那台车"]),
        new("industry", "咖啡茶饮", ["一杯美式", "奶茶店的新品", "手冲咖啡", "柠檬茶"]),
        new("industry", "3C数码", ["新买的平板", "蓝牙耳机", "手机的长焦镜头", "充电宝"]),
        new("industry", "家居", ["乳胶枕", "新换的沙发", "收纳柜", "落地灯"]),
        new("industry", "运动户外", ["跑鞋", "冲锋衣", "登山杖", "运动手环"]),
        new("industry", "宠物", ["猫粮", "狗狗的牵引绳", "猫砂盆", "冻干零食"]),
    ];

    public static readonly Cue[] Scenes =
    [
        new("scenario", "夜醒", ["凌晨两点孩子哭醒", "半夜起来喂奶", "一晚上起来四趟"]),
        new("scenario", "通勤", ["早上八点的地铁", "上班路上", "挤公交"]),
        new("scenario", "加班", ["晚上十点还在改稿", "又是最后一个离开公司", "周末被叫回公司"]),
        new("scenario", "露营", ["在营地搭起帐篷", "湖边的营地", "天幕下煮咖啡"]),
        new("scenario", "春节团圆", ["除夕的年夜饭", "腊月二十九回老家", "春晚开始前包饺子"]),
        new("scenario", "健身", ["在健身房练背", "晚上跑完十公里", "撸铁一小时"]),
        new("scenario", "约会", ["第一次约会", "周五晚上和他吃饭", "情人节去看电影"]),
        new("scenario", "居家", ["周末在家哪儿也不去", "在家窝了一天", "窝在沙发上看剧"]),
    ];

    public static readonly Cue[] Emotions =
    [
        new("emotion", "焦虑", ["急得直冒汗", "整晚心里发慌", "不知道怎么办才好"]),
        new("emotion", "温馨", ["一家人围在一起", "心里热乎乎的", "抱在一起笑"]),
        new("emotion", "搞笑", ["笑出声了", "笑到肚子疼😂", "这波操作笑喷[捂脸]"]),
        new("emotion", "治愈", ["看着就被治愈了", "整个人都慢下来了", "心都化了"]),
        new("emotion", "疲惫", ["累到不想说话", "眼皮直打架", "整个人被掏空"]),
        new("emotion", "感动", ["看着看着眼眶就红了", "鼻子一酸", "没忍住哭了"]),
        new("emotion", "孤独", ["一个人吃完晚饭", "身边一个说话的人都没有", "一个人过了这个节"]),
        new("emotion", "安心", ["终于放心了", "有它在就踏实了", "一点也不担心了"]),
        new("emotion", "兴奋", ["迫不及待拆开", "激动得睡不着", "等不及要试试"]),
        new("emotion", "浪漫", ["烛光晚餐", "他送了一束玫瑰", "满天星空下"]),
    ];

    public static readonly Cue[] Relations =
    [
        new("relationship", "新手爸爸", ["刚当爸爸的他", "第一次带娃的老公", "奶爸"]),
        new("relationship", "闺蜜", ["我和闺蜜", "我的好姐妹", "和闺蜜一起"]),
        new("relationship", "情侣", ["我和男朋友", "女朋友", "我们俩恋爱三年"]),
        new("relationship", "同事", ["同组的同事", "隔壁工位", "和同事"]),
        new("relationship", "三代同堂", ["爷爷奶奶和孙子", "姥姥带着外孙", "祖孙三代"]),
        new("relationship", "宠物主人", ["我家猫主子", "铲屎官", "遛狗的我"]),
        new("relationship", "单身青年", ["独居的我", "一个人住", "单身的第五年"]),
    ];
}
