package org.npcwh.samples.world;

import java.util.List;

/** Pools of plausible Chinese names: people, communities, enterprises and parks. Invented, not real. */
public final class Names {
  private static final String SURNAMES =
      "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";
  private static final String GIVEN =
      "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建文辉力鹏宇浩凯俊斌峰晨旭颖婷欣怡佳琳雪梅慧晶志海东林斌宁思源子涵梓轩雨博嘉瑞家豪诗雅";
  private static final String PLACE_FIRST = "华新福安兴东西南北龙荔桂湖景翠碧金银祥康和平泰瑞丰益宝云松竹梅兰莲凤鹏锦";
  private static final String PLACE_SECOND = "岭田沙海山园林村围岗坑塘洲湾苑城庭峰港源溪坪口头埔门桥河水湖庄";
  private static final List<String> COMPANY_WORDS = List.of(
      "智联", "华信", "创维达", "海川", "中科远", "鹏程", "宏图", "星河", "安捷", "恒通", "锐视", "云帆", "嘉德",
      "汇丰源", "博远", "天佑", "瑞达", "光启明", "润泽", "卓越", "新能", "联创", "聚力", "启航");
  private static final List<String> COMPANY_KINDS = List.of(
      "科技有限公司", "电子有限公司", "智能制造有限公司", "生物医药有限公司", "物流有限公司", "新材料股份有限公司");
  private static final List<String> PARK_KINDS = List.of("产业园", "科技园", "创意园", "商圈", "工业区");

  private Names() {}

  /** A full name, two or three characters. */
  public static String person(Draw draw) {
    String surname = String.valueOf(SURNAMES.charAt(draw.between(0, SURNAMES.length() - 1)));
    String given = String.valueOf(GIVEN.charAt(draw.between(0, GIVEN.length() - 1)));
    if (draw.chance(0.7)) {
      given += GIVEN.charAt(draw.between(0, GIVEN.length() - 1));
    }
    return surname + given;
  }

  /** A two-character place name; the caller keeps them unique. */
  public static String place(Draw draw) {
    return String.valueOf(PLACE_FIRST.charAt(draw.between(0, PLACE_FIRST.length() - 1)))
        + PLACE_SECOND.charAt(draw.between(0, PLACE_SECOND.length() - 1));
  }

  public static String company(Draw draw, String place) {
    return "深圳市" + place + draw.pick(COMPANY_WORDS) + draw.pick(COMPANY_KINDS);
  }

  public static String park(Draw draw, String place) {
    return place + draw.pick(PARK_KINDS);
  }

  /** An 11-digit mainland mobile number. */
  public static String mobile(Draw draw) {
    String[] prefixes = {"130", "131", "132", "135", "136", "137", "138", "139", "150", "152", "158", "159",
        "176", "177", "180", "186", "188", "189", "199"};
    return draw.pick(prefixes) + String.format("%08d", draw.between(0, 99_999_999));
  }

  /** An 18-character resident ID number of a Shenzhen-born person (check digit not computed). */
  public static String idNumber(Draw draw) {
    String check = draw.chance(0.1) ? "X" : String.valueOf(draw.between(0, 9));
    return "4403" + String.format("%02d", draw.between(3, 8)) + draw.between(1960, 2003)
        + String.format("%02d%02d", draw.between(1, 12), draw.between(1, 28))
        + String.format("%03d", draw.between(0, 999)) + check;
  }
}
