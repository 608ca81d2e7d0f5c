package org.npcwh.samples.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.npcwh.samples.world.Draw;

/**
 * The drafts open for comment at the legislative contact points: 39 that receive opinions in 2022
 * (one opened in December 2021, some running into 2023), one open in 2022 that receives none, one
 * opened over the new year whose opinions all arrive in 2023, and 16 opened in 2023.
 */
final class Drafts {
  static final int WITH_OPINIONS_IN_2022 = 39;
  private static final List<String> SUBJECTS = List.of("物业管理", "生态环境保护", "城市更新", "数据", "养老服务",
      "无障碍环境建设", "市容和环境卫生", "公共文明行为", "医疗", "学前教育", "社会信用", "知识产权保护", "安全生产",
      "消防", "燃气管理", "道路交通安全", "食品安全", "全民健身", "慈善事业", "家庭教育促进", "妇女权益保障",
      "未成年人保护", "科学技术进步", "湿地保护", "噪声污染防治", "农产品质量安全", "行政复议", "无人机管理",
      "人工智能产业促进", "智能网联汽车管理", "低空经济产业促进", "海洋经济", "河道管理", "水土保持", "绿化",
      "城市排水", "电梯安全", "住房租赁", "职业教育", "公共卫生", "心理健康", "控制吸烟", "文明养犬",
      "生活垃圾分类", "优化营商环境", "个人破产", "商事登记", "质量促进", "标准化", "地名管理", "志愿服务",
      "母婴保健", "野生动物保护", "社区矫正", "档案", "统计", "人民调解", "法律援助");
  private static final String[] KINDS = {"LAW", "PROVINCIAL_REGULATION", "MUNICIPAL_REGULATION", "OTHER"};

  /** One draft: its window and what it is. */
  record Draft(String id, String title, String kind, String stage, LocalDate opensOn, LocalDate closesOn) {}

  private Drafts() {}

  static List<Draft> build(Draw draw) {
    List<String> subjects = new ArrayList<>(SUBJECTS);
    List<Draft> out = new ArrayList<>();
    add(out, subjects, draw, LocalDate.of(2021, 12, 15), LocalDate.of(2022, 1, 20), null);
    for (int i = 0; i < WITH_OPINIONS_IN_2022 - 2; i++) {
      LocalDate opens = LocalDate.of(2022, 1, 10).plusDays(9L * i);
      add(out, subjects, draw, opens, opens.plusDays(draw.between(20, 45)), null);
    }
    add(out, subjects, draw, LocalDate.of(2022, 12, 10), LocalDate.of(2023, 1, 15), null);
    add(out, subjects, draw, LocalDate.of(2022, 8, 1), LocalDate.of(2022, 8, 31), "OTHER");
    add(out, subjects, draw, LocalDate.of(2022, 12, 28), LocalDate.of(2023, 1, 31), null);
    for (int i = 0; i < 16; i++) {
      LocalDate opens = LocalDate.of(2023, 1, 5).plusDays(10L * i);
      add(out, subjects, draw, opens, opens.plusDays(draw.between(20, 45)), null);
    }
    return out;
  }

  private static void add(List<Draft> out, List<String> subjects, Draw draw, LocalDate opens, LocalDate closes,
      String forcedKind) {
    String subject = subjects.remove(draw.between(0, subjects.size() - 1));
    String kind = forcedKind != null ? forcedKind : KINDS[draw.weighted(20, 25, 45, 10)];
    String title = switch (kind) {
      case "LAW" -> "中华人民共和国" + subject + "法（草案）";
      case "PROVINCIAL_REGULATION" -> "广东省" + subject + "条例（草案）";
      case "MUNICIPAL_REGULATION" -> "深圳经济特区" + subject + "条例（修订草案征求意见稿）";
      default -> "深圳市" + subject + "立法项目（征求意见稿）";
    };
    String stage = kind.equals("OTHER") ? "PROJECT" : draw.chance(0.7) ? "REVIEW" : "DRAFTING";
    long inYear = out.stream().filter(d -> d.opensOn().getYear() == opens.getYear()).count();
    String id = String.format("DR%d-%03d", opens.getYear(), inYear + 1);
    out.add(new Draft(id, "《" + title + "》", kind, stage, opens, closes));
  }
}
