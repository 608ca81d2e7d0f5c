package org.npcwh.samples.events;

import java.util.List;
import org.npcwh.samples.world.Draw;
import org.npcwh.samples.world.Names;

/**
 * Chinese free text for messages, opinions, suggestions and projects. On purpose it holds what real
 * exports hold: commas, both kinds of quotes, line breaks, and sometimes a phone or ID number.
 */
final class Texts {
  /** Message categories and the municipal topic each is routed to. */
  static final List<String[]> CATEGORIES = List.of(
      new String[] {"交通出行", "交通出行"}, new String[] {"住房保障", "住房保障"}, new String[] {"教育", "教育"},
      new String[] {"医疗卫生", "医疗卫生"}, new String[] {"生态环境", "生态环境"}, new String[] {"城市管理", "城市管理"},
      new String[] {"社会保障", "就业社保"}, new String[] {"公共安全", "公共安全"}, new String[] {"市场监管", "市场监管"},
      new String[] {"养老服务", "养老服务"}, new String[] {"水务", "水务"}, new String[] {"其他", "营商环境"});

  private static final List<String> PLACES = List.of("小区门口", "地铁站出口", "学校周边", "菜市场旁边", "公交站台",
      "社区公园", "老旧小区", "城中村巷道", "工业区路口", "商业街");
  private static final List<String> PROBLEMS = List.of("晚上噪音很大，影响休息", "路灯坏了很久，没人维修",
      "电动车乱停乱放，行人难以通过", "垃圾清运不及时，气味难闻", "下雨天经常积水", "停车位严重不足",
      "施工围挡占道，存在安全隐患", "学位紧张，孩子上学要跨片区", "看病排队时间太长", "加装电梯推进缓慢");
  private static final List<String> ASKS = List.of("希望有关部门尽快处理", "建议增加巡查频次",
      "请代表帮忙反映一下", "恳请相关单位给个说法", "希望能纳入明年的民生实事", "麻烦尽快处理, 谢谢");
  private static final List<String> SUBJECTS = List.of("加快推进老旧小区加装电梯", "优化公交线网和站点设置",
      "增加公办学位供给", "完善社区养老服务设施", "加强城中村消防安全治理", "推进河道综合整治",
      "规范电动自行车停放管理", "提升社区健康服务中心服务能力", "加大保障性住房供给", "优化营商环境支持中小企业",
      "加强校园周边交通安全", "推动垃圾分类提质增效", "完善新就业形态劳动者权益保障", "建设口袋公园和绿道",
      "缓解医院周边停车难", "加强食品安全监管");
  private static final List<String> PROJECTS = List.of("新建和改扩建公办中小学", "老旧小区改造", "城中村综合治理",
      "社区健康服务中心建设", "口袋公园建设", "长者饭堂建设", "公共充电设施建设", "背街小巷环境提升",
      "公共厕所升级改造", "暴雨内涝点整治", "婴幼儿托育服务点建设", "社区体育公园建设", "学校周边交通安全设施完善",
      "公交候车亭升级", "社区图书馆建设", "无障碍设施改造");

  private Texts() {}

  /** What a resident writes: a few sentences, sometimes quoted, over one or two lines. */
  static String message(Draw draw, String category) {
    StringBuilder b = new StringBuilder();
    b.append("您好，我住在").append(draw.pick(PLACES)).append("附近，").append(draw.pick(PROBLEMS)).append('。');
    if (draw.chance(0.3)) {
      b.append("物业说“这事归街道管”，街道又说\"要等上面安排\"。");
    }
    if (draw.chance(0.35)) {
      b.append('\n');
    }
    b.append("关于").append(category).append("，").append(draw.pick(ASKS)).append('。');
    if (draw.chance(0.08)) {
      b.append("我的电话").append(Names.mobile(draw)).append("，随时可以联系。");
    }
    if (draw.chance(0.04)) {
      b.append("身份证号").append(Names.idNumber(draw)).append("，可以核实。");
    }
    return b.toString();
  }

  static String opinion(Draw draw) {
    String[] forms = {"建议将“%s”修改为“%s”，表述更准确。", "该条规定过于原则，建议明确%s和%s的具体标准。",
        "建议增加关于%s的规定，并与%s相衔接。", "赞同本条，但\"%s\"一词含义不清，建议对%s作出解释。"};
    String[] terms = {"相关部门", "街道办事处", "居民委员会", "经营者", "物业服务企业", "违法行为", "合理期限",
        "书面告知", "公共利益", "社会组织"};
    String first = draw.pick(terms);
    String second = draw.pick(terms);
    while (second.equals(first)) {
      second = draw.pick(terms);
    }
    String text = String.format(draw.pick(forms), first, second);
    return draw.chance(0.2) ? text + "\n另：基层执行中存在困难，望充分听取社区意见。" : text;
  }

  static String article(Draw draw) {
    int n = draw.between(1, 60);
    return draw.chance(0.1) ? "总体意见" : "第" + chineseNumber(n) + "条";
  }

  /** A title on the suggestion's topic, or on one of the concrete subjects residents raise most. */
  static String suggestionTitle(Draw draw, String topic) {
    String[] forms = {"关于进一步做好%s工作的建议", "关于完善%s相关政策的建议", "关于加大%s投入力度的建议",
        "关于解决%s领域突出问题的建议"};
    return draw.chance(0.3) ? "关于" + draw.pick(SUBJECTS) + "的建议" : String.format(draw.pick(forms), topic);
  }

  static String commitment(int year) {
    return "已列入" + year + "年工作计划，将于年底前完成，并定期向代表反馈进展";
  }

  static String project(Draw draw, String where) {
    return where + draw.pick(PROJECTS) + "项目";
  }

  static String chineseNumber(int n) {
    String digits = "零一二三四五六七八九";
    if (n < 10) {
      return String.valueOf(digits.charAt(n));
    }
    String tens = n / 10 == 1 ? "十" : digits.charAt(n / 10) + "十";
    return n % 10 == 0 ? tens : tens + digits.charAt(n % 10);
  }
}
