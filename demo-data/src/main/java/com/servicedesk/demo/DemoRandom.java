package com.servicedesk.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/**
 * The seeded randomness of the demo data, with the few generators every context needs (Chinese
 * names, phone numbers). Each contributor gets its own stream, seeded from the fixed demo seed and
 * its name, so the data set is the same on every machine and does not shift when parts are added.
 */
public final class DemoRandom {

    /** The fixed seed of the demo data set. */
    public static final long SEED = 20_261_128L;

    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤欧阳";
    private static final String GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉萍红娥玲芬燕彬鑫宇浩然子涵欣怡梓萱思远俊杰雨轩佳琪建国建华志强晓东海燕丹丹文博嘉懿若曦泽楷晨阳";

    private final Random random;

    public DemoRandom(String stream) {
        this.random = new Random(SEED ^ stream.hashCode());
    }

    public int nextInt(int bound) {
        return random.nextInt(bound);
    }

    public int between(int fromInclusive, int toInclusive) {
        return fromInclusive + random.nextInt(toInclusive - fromInclusive + 1);
    }

    public double nextDouble() {
        return random.nextDouble();
    }

    public boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    public <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    /** Picks a key with probability proportional to its weight. */
    public <T> T weighted(java.util.Map<T, Integer> weights) {
        int total = weights.values().stream().mapToInt(Integer::intValue).sum();
        int roll = random.nextInt(total);
        for (java.util.Map.Entry<T, Integer> e : weights.entrySet()) {
            roll -= e.getValue();
            if (roll < 0) {
                return e.getKey();
            }
        }
        throw new IllegalStateException("weights must be positive");
    }

    /** A plausible Chinese personal name: one surname and one or two given characters. */
    public String chineseName() {
        String surname = String.valueOf(SURNAMES.charAt(random.nextInt(SURNAMES.length() - 2)));
        int givenLength = random.nextDouble() < 0.6 ? 2 : 1;
        StringBuilder name = new StringBuilder(surname);
        for (int i = 0; i < givenLength; i++) {
            name.append(GIVEN.charAt(random.nextInt(GIVEN.length())));
        }
        return name.toString();
    }

    /** A mainland mobile number. */
    public String mobileNumber() {
        String[] prefixes = {"130", "131", "132", "135", "136", "137", "138", "139", "150", "151", "152", "157",
            "158", "159", "166", "176", "177", "180", "181", "182", "185", "186", "187", "188", "189", "199"};
        return prefixes[random.nextInt(prefixes.length)] + String.format("%08d", random.nextInt(100_000_000));
    }

    public LocalDate dateBetween(LocalDate from, LocalDate to) {
        long span = to.toEpochDay() - from.toEpochDay();
        return LocalDate.ofEpochDay(from.toEpochDay() + (long) (random.nextDouble() * (span + 1)));
    }
}
