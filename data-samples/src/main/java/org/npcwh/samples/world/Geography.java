package org.npcwh.samples.world;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Shenzhen's 10 districts and 74 streets by their real names, and about 670 invented communities;
 * in a scaled world also synthesized cities of the same shape (see {@link Cities}). Region codes: the
 * district's 6-digit code (大鹏新区, a functional area without an administrative code, gets 440343)
 * + a 3-digit street number + a 3-digit community number.
 */
public final class Geography {
  /** Communities in the whole city. */
  public static final int COMMUNITIES = 670;
  private static final int MIN_COMMUNITIES_PER_STREET = 4;

  private static final String[][] DISTRICTS = {
      {"440304", "福田区", "园岭 南园 福田 沙头 香蜜湖 梅林 莲花 华富 福保 华强北"},
      {"440303", "罗湖区", "桂园 黄贝 东门 翠竹 东晓 南湖 笋岗 东湖 莲塘 清水河"},
      {"440305", "南山区", "南头 南山 沙河 蛇口 招商 粤海 桃源 西丽"},
      {"440308", "盐田区", "沙头角 海山 盐田 梅沙"},
      {"440306", "宝安区", "新安 西乡 航城 福永 福海 沙井 新桥 松岗 燕罗 石岩"},
      {"440307", "龙岗区", "平湖 布吉 吉华 坂田 南湾 横岗 园山 龙城 龙岗 坪地 宝龙"},
      {"440309", "龙华区", "观湖 民治 龙华 大浪 福城 观澜"},
      {"440310", "坪山区", "坪山 马峦 碧岭 石井 坑梓 龙田"},
      {"440311", "光明区", "光明 公明 新湖 凤凰 玉塘 马田"},
      {"440343", "大鹏新区", "葵涌 大鹏 南澳"},
  };

  public record District(String code, String name, List<Street> streets) {}

  public record Street(String code, String name, String districtCode, List<Community> communities) {}

  public record Community(String code, String name, String streetCode) {}

  private final List<District> districts;
  private final List<Street> streets;
  private final List<Community> communities;

  private Geography(List<District> districts) {
    this.districts = List.copyOf(districts);
    this.streets = this.districts.stream().flatMap(d -> d.streets().stream()).toList();
    this.communities = streets.stream().flatMap(s -> s.communities().stream()).toList();
  }

  /** Shenzhen. */
  public static Geography build(Draw draw) {
    return build(DISTRICTS, draw, new HashSet<>());
  }

  /**
   * A city shaped like Shenzhen (as many districts, each with as many streets) under the 4-digit
   * {@code prefecture} code, its districts numbered 01, 02 …; every name invented, none used twice in it.
   */
  public static Geography synthetic(String prefecture, Draw draw) {
    Set<String> usedNames = new HashSet<>();
    String[][] table = new String[DISTRICTS.length][];
    for (int d = 0; d < DISTRICTS.length; d++) {
      List<String> streets = new ArrayList<>();
      for (int s = DISTRICTS[d][2].split(" ").length; s > 0; s--) {
        streets.add(uniquePlace(draw, usedNames));
      }
      table[d] = new String[] {prefecture + String.format("%02d", d + 1), uniquePlace(draw, usedNames) + "区",
          String.join(" ", streets)};
    }
    return build(table, draw, usedNames);
  }

  /** The cities side by side, in the order given. */
  public static Geography union(List<Geography> cities) {
    return new Geography(cities.stream().flatMap(g -> g.districts.stream()).toList());
  }

  private static Geography build(String[][] table, Draw draw, Set<String> usedNames) {
    int streetCount = 0;
    for (String[] d : table) {
      streetCount += d[2].split(" ").length;
    }
    int[] perStreet = Allocation.spread(COMMUNITIES, randomWeights(draw, streetCount), MIN_COMMUNITIES_PER_STREET);
    List<District> districts = new ArrayList<>();
    int s = 0;
    for (String[] d : table) {
      List<Street> streets = new ArrayList<>();
      String[] names = d[2].split(" ");
      for (int i = 0; i < names.length; i++, s++) {
        String streetCode = d[0] + String.format("%03d", i + 1);
        List<Community> communities = new ArrayList<>();
        for (int c = 0; c < perStreet[s]; c++) {
          String name = uniquePlace(draw, usedNames) + "社区";
          communities.add(new Community(streetCode + String.format("%03d", c + 1), name, streetCode));
        }
        streets.add(new Street(streetCode, names[i] + "街道", d[0], communities));
      }
      districts.add(new District(d[0], d[1], streets));
    }
    return new Geography(districts);
  }

  /** A place name not used before in the city. */
  public static String uniquePlace(Draw draw, Set<String> used) {
    String name = Names.place(draw);
    while (!used.add(name)) {
      name = Names.place(draw);
    }
    return name;
  }

  public List<District> districts() {
    return districts;
  }

  public List<Street> streets() {
    return streets;
  }

  public List<Community> communities() {
    return communities;
  }

  public District district(String code) {
    return districts.stream().filter(d -> d.code().equals(code)).findFirst().orElseThrow();
  }

  private static double[] randomWeights(Draw draw, int n) {
    double[] w = new double[n];
    for (int i = 0; i < n; i++) {
      w[i] = 0.5 + draw.unit();
    }
    return w;
  }
}
