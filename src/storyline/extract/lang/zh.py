"""Chinese (Simplified) language data for the extractors (see ``lang/__init__.py`` for the names).

Chinese writes no spaces between words (UNSPACED): the rules read words from these lists, never
from spaces. Speech: "X表示，……" / "X说：“……”" / "“……”，X说。" / "据新华社报道，……"; the speaker is
what stands before the verb, its title ("外交部发言人", "总统") dropped. Numbers: "2500名士兵"
(a classifier between the number and the noun), "1.2万人" (scales 万 10^4 and 亿 10^8),
"2500多名" (多, more than), "106亿欧元", and the same in numerals ("三千名士兵", "一万五千人",
"三百多人", "三点五亿欧元"; NUMERALS), counted only before a classifier, a counted noun, a scale or a
unit, as numeral characters also make words ("一些", "统一", "十分"). Dates: "2024年10月31日",
"10月底前" (the edge and the deadline postposition after the month), "今年年底", "上周四", in
numerals too ("二〇二四年十月三十一日", "十月底前"), and a day of the month alone ("31日", "三十一日").
Fields not set here are the generic module's.
"""
from .generic import *  # noqa: F401,F403  (every field; the ones below are Chinese)

UNSPACED = True
_NUMERALS = ("一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二")
MONTHS = {**{f"{i}月": i for i in range(1, 13)}, **{f"{n}月": i for i, n in enumerate(_NUMERALS, 1)}}
WEEKDAYS = {f"{p}{d}": i for p in ("星期", "周", "礼拜") for i, d in enumerate("一二三四五六日")}
WEEKDAYS.update({"星期天": 6, "礼拜天": 6})
NUMBER_WORDS = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
# "一" alone is also "a"/"an" ("一名官员表示": an official said): read only in time expressions, and
# inside a longer numeral ("一千", "十一")
ONE_WORDS = {"一": 1}
# numbers in numerals ("三千名士兵", "一千零五", "三点五亿"; read by ``extract/numerals.py``): digits,
# units inside a group (十 百 千) and scales closing one (万 亿), with the traditional 兩 萬 億
NUMERALS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
            "八": 8, "九": 9, "十": 10, "百": 100, "千": 1000, "万": 1e4, "萬": 1e4, "亿": 1e8, "億": 1e8}
# financial forms ("壹仟贰佰"): only in runs of two or more, as 伍 陆 拾 肆 alone are words ("队伍", "陆军")
NUMERALS_FORMAL = {"零": 0, "壹": 1, "贰": 2, "貳": 2, "叁": 3, "參": 3, "肆": 4, "伍": 5, "陆": 6, "陸": 6, "柒": 7,
                   "捌": 8, "玖": 9, "拾": 10, "佰": 100, "仟": 1000, "万": 1e4, "萬": 1e4, "亿": 1e8, "億": 1e8}
NUMERAL_POINT = ("点", "點")
SCALES = {"万": 1e4, "亿": 1e8, "千万": 1e7, "百万": 1e6, "万亿": 1e12}
# a scale after one multiplies it ("数百万" 2-10 million, "十几万" 110,000-190,000); like numerals,
# one counts only before a classifier, a counted noun, a scale or a unit ("数千人", not "人数十分")
VAGUE_QUANTITIES = {"数千": (2000, 9999), "数百": (200, 999), "数万": (20000, 99999), "上千": (1000, 9999),
                    "上万": (10000, 99999), "数十万": (200000, 999999), "数十": (20, 99), "几十": (20, 99),
                    "几百": (200, 999), "几千": (2000, 9999), "几万": (20000, 99999), "十几": (11, 19),
                    "上百": (100, 999)}
QUALIFIERS = {"约": "about", "大约": "about", "近": "about", "将近": "about", "接近": "about", "超过": "more_than",
              "逾": "more_than", "多于": "more_than", "至少": "at_least", "不少于": "at_least", "不到": "less_than",
              "不足": "less_than", "少于": "less_than", "最多": "at_most", "多达": "at_most"}
# after the number: "2500多名" (more than 2,500), "1万余人", "300来人"
QUALIFIERS_AFTER = {"多": "more_than", "余": "more_than", "来": "about"}
PERCENT_WORDS = {"%", "％"}
PERCENT_BEFORE = ("百分之",)
CURRENCY_WORDS = {"欧元": "€", "美元": "$", "元": "¥", "元人民币": "¥", "人民币": "¥", "英镑": "£", "日元": "JP¥",
                  "里拉": "₺", "土耳其里拉": "₺"}
# measure words between a number and what it counts ("2500名士兵", "300顶帐篷")
CLASSIFIERS = ("名", "个", "位", "座", "所", "架", "辆", "艘", "顶", "批", "支", "台", "间", "套", "件", "条", "张")
# nouns a number counts: the longest that follows the number and its classifier
COUNTED_NOUNS = ("士兵", "军人", "官兵", "救援人员", "人员", "救援队员", "消防员", "医护人员", "医生", "志愿者", "难民",
                 "平民", "儿童", "居民", "灾民", "伤者", "伤员", "死者", "遇难者", "人", "户", "家庭", "帐篷", "房屋",
                 "建筑", "楼房", "吨", "车辆", "卡车", "飞机", "直升机", "船只", "学校", "医院", "村庄")
DECIMAL_SEP = "."
THOUSANDS_SEPS = (",",)
ORDINAL_PREFIXES = ("第",)
DEADLINE_CUES = ("截至", "截止到", "截止", "最迟", "最晚", "不晚于", "赶在")
# "10月31日前", "年底前完成": the postposition follows the date
DEADLINE_CUES_AFTER = ("之前", "以前", "为止", "前")
DEADLINE_CUES_AFTER_EXCEPT = ("前往", "前来", "前夕", "前线", "前后", "前所", "前任", "前方")
PERIOD_EDGES: dict[str, str] = {}
PERIOD_EDGES_AFTER = {"底": "end", "末": "end", "初": "start", "中旬": "mid", "上旬": "start", "下旬": "end",
                      "年底": "end", "年末": "end", "年初": "start", "月底": "end", "月末": "end", "月初": "start"}
RELATIVE_DAYS = {"今天": 0, "今日": 0, "昨天": -1, "昨日": -1, "明天": 1, "明日": 1, "前天": -2, "后天": 2}
RELATIVE_UNITS = {"本周": ("week", 0), "这周": ("week", 0), "上周": ("week", -1), "下周": ("week", 1),
                  "本月": ("month", 0), "这个月": ("month", 0), "上个月": ("month", -1), "上月": ("month", -1),
                  "下个月": ("month", 1), "下月": ("month", 1), "今年": ("year", 0), "去年": ("year", -1),
                  "明年": ("year", 1), "前年": ("year", -2), "本周末": ("weekend", 0)}
UNIT_WORDS = {"天": "day", "日": "day", "周": "week", "星期": "week", "个月": "month", "月": "month", "年": "year",
              "小时": "hour", "分钟": "minute"}
AGO_PATTERNS = (r"{n}\s*{unit}前",)
AHEAD_PATTERNS = (r"{n}\s*{unit}后", r"{n}\s*{unit}内")
SEASONS = {"春季": "SP", "夏季": "SU", "秋季": "FA", "冬季": "WI", "春天": "SP", "夏天": "SU", "秋天": "FA",
           "冬天": "WI"}
SEASON_MODIFIERS = ("今年", "去年", "明年")
PRESENT_WORDS = {"目前": "PRESENT_REF", "现在": "PRESENT_REF", "当前": "PRESENT_REF"}
QUOTE_VERBS = ("表示", "说", "称", "指出", "强调", "透露", "宣布", "坦言", "说道", "告诉", "回应", "介绍说", "补充说",
               "发表声明说")
ACCORDING_TO = ("据", "根据")
ACCORDING_TO_AFTER = ("报道", "消息", "称", "介绍", "透露", "统计", "的数据", "的统计", "的消息", "数据显示", "显示")
# "对新华社记者表示", "接受新华社采访时说": the outlet after one of these relays the statement
RELAY_PHRASES = ("对", "向", "在接受", "接受")
OUTLET_NOUNS = ("记者",)
SOURCE_WORDS = ("他", "她", "他们", "她们")
SOURCE_NOUNS = ("消息人士", "官员", "知情人士", "目击者")
SPEAKER_PRONOUNS = ("他", "她")
# titles before a name: "外交部发言人汪文斌" -> "汪文斌"
QUOTE_SPEAKER_TITLES = ("发言人", "部长", "外长", "总统", "副总统", "总理", "主席", "秘书长", "大使", "主任", "局长",
                        "市长", "省长", "首相", "国务卿", "司令", "院长", "代表", "负责人", "官员", "议长", "总干事",
                        "特使", "董事长", "总裁")
SPEAKER_END_WORDS = ("在", "于", "对", "向", "接受", "时", "当天", "日前", "近日", "也", "还", "则")
FUTURE_CUES = ("将", "将于", "将在", "计划", "预计", "即将", "下周", "明年")
FUNCTION_WORDS = {"的", "了", "在", "和", "与", "及", "是", "将", "已", "对", "向", "从", "被", "把", "为", "于", "等"}
BYLINE_OUTLETS = {"新华社": "Xinhua", "新华网": "Xinhua", "中新社": "China News Service", "中新网": "China News Service",
                  "央视新闻": "CCTV", "央视": "CCTV", "中央电视台": "CCTV", "人民日报": "People's Daily",
                  "人民网": "People's Daily", "环球时报": "Global Times", "路透社": "Reuters", "法新社": "AFP",
                  "美联社": "AP", "阿纳多卢通讯社": "Anadolu Agency", "安纳多卢通讯社": "Anadolu Agency",
                  "reuters": "Reuters", "afp": "AFP"}
MEASURE_WORDS = ("公里", "千米", "米", "英里")
WHAT_HEAD = "last"
DEADLINE_WORDS = ("期限", "截止日期", "推迟", "延期", "延长", "提前")
DEADLINE_TO = ("至", "到")
DEADLINE_FROM = ("从", "由")
# Chinese names for the gazetteer (countries come from pycountry's Chinese names)
GAZETTEER = {
    "United Nations": ("org", ("联合国",)),
    "European Union": ("org", ("欧盟", "欧洲联盟")),
    "NATO": ("org", ("北约", "北大西洋公约组织")),
    "World Health Organization": ("org", ("世界卫生组织", "世卫组织")),
    "Red Cross": ("org", ("红十字会", "国际红十字委员会", "红十字国际委员会")),
    "Red Crescent": ("org", ("红新月会", "土耳其红新月会")),
    "Reuters": ("org", ("路透社",)),
    "Agence France-Presse": ("org", ("法新社",)),
    "Associated Press": ("org", ("美联社",)),
    "Xinhua": ("org", ("新华社", "新华通讯社")),
    "China News Service": ("org", ("中新社", "中国新闻社")),
    "CCTV": ("org", ("央视", "中央电视台")),
    "People's Daily": ("org", ("人民日报",)),
    "Anadolu Agency": ("org", ("阿纳多卢通讯社", "安纳多卢通讯社")),
    "AFAD": ("org", ("土耳其灾害与应急管理局", "灾害与应急管理局")),
    "Ankara": ("place", ("安卡拉",)),
    "Istanbul": ("place", ("伊斯坦布尔",)),
    "Beijing": ("place", ("北京",)),
    "Shanghai": ("place", ("上海",)),
    "Damascus": ("place", ("大马士革",)),
    "Aleppo": ("place", ("阿勒颇",)),
    "Cairo": ("place", ("开罗",)),
    "Hatay": ("place", ("哈塔伊",)),
    "Gaziantep": ("place", ("加济安泰普",)),
    "Kahramanmaraş": ("place", ("卡赫拉曼马拉什",)),
}
