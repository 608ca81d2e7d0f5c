package org.npcwh.samples.world;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.npcwh.core.contract.SourceDataset;
import org.npcwh.samples.io.Row;

/**
 * The 40 bodies that answer letters and suggestions: 30 municipal bureaus (codes SZ01…SZ30) and
 * the 10 district governments (codes QX + the district code). A scaled world keeps the 30 bureaus
 * (they stand for the bureaus of every level above the district) and has a government per district.
 */
public final class Departments {
  /** Municipal bureaus; the topic after the colon routes letters and suggestions to them. */
  private static final String[] MUNICIPAL = {
      "市发展和改革委员会:经济发展", "市教育局:教育", "市科技创新局:科技创新", "市工业和信息化局:产业发展",
      "市公安局:公共安全", "市民政局:养老服务", "市司法局:法治建设", "市财政局:经济发展",
      "市人力资源和社会保障局:就业社保", "市规划和自然资源局:城市规划", "市生态环境局:生态环境",
      "市住房和建设局:住房保障", "市交通运输局:交通出行", "市水务局:水务", "市商务局:营商环境",
      "市文化广电旅游体育局:文化体育", "市卫生健康委员会:医疗卫生", "市退役军人事务局:就业社保",
      "市应急管理局:公共安全", "市市场监督管理局:市场监管", "市城市管理和综合执法局:城市管理",
      "市医疗保障局:医疗卫生", "市政务服务和数据管理局:营商环境", "市地方金融监督管理局:经济发展",
      "市国有资产监督管理委员会:经济发展", "前海深港现代服务业合作区管理局:营商环境", "市残疾人联合会:养老服务",
      "市公安局交通警察局:交通出行", "市气象局:公共安全", "市妇女联合会:教育"};

  /** One department. */
  public record Department(String code, String name, String level, String districtCode, String topic) {}

  private final List<Department> all;
  private final List<Department> municipal;
  private final Map<String, Department> byDistrict = new HashMap<>();

  private Departments(List<Department> all) {
    this.all = List.copyOf(all);
    this.municipal = all.stream().filter(d -> d.level().equals("MUNICIPAL")).toList();
    all.stream().filter(d -> d.districtCode() != null).forEach(d -> byDistrict.putIfAbsent(d.districtCode(), d));
  }

  public static Departments build(Geography geo) {
    List<Department> all = new ArrayList<>();
    for (int i = 0; i < MUNICIPAL.length; i++) {
      String[] nameAndTopic = MUNICIPAL[i].split(":");
      all.add(new Department(String.format("SZ%02d", i + 1), nameAndTopic[0], "MUNICIPAL", null, nameAndTopic[1]));
    }
    for (Geography.District d : geo.districts()) {
      String name = d.name().endsWith("新区") ? d.name() + "管理委员会" : d.name() + "人民政府";
      all.add(new Department("QX" + d.code(), name, "DISTRICT", d.code(), null));
    }
    return new Departments(all);
  }

  public List<Department> all() {
    return all;
  }

  public List<Department> municipal() {
    return municipal;
  }

  /** The topics municipal bureaus answer for, in a fixed order. */
  public List<String> topics() {
    return municipal().stream().map(Department::topic).distinct().toList();
  }

  /** The municipal bureaus for a topic. */
  public List<Department> forTopic(String topic) {
    return municipal().stream().filter(d -> d.topic().equals(topic)).toList();
  }

  public Department ofDistrict(String districtCode) {
    Department d = byDistrict.get(districtCode);
    if (d == null) {
      throw new IllegalArgumentException("no department for district " + districtCode);
    }
    return d;
  }

  public List<Row> rows() {
    return all.stream().map(d -> Row.of(SourceDataset.DEPARTMENTS)
        .set("department_code", d.code())
        .set("name", d.name())
        .set("level", d.level())
        .set("district_code", d.districtCode())).toList();
  }
}
