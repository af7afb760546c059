package com.servicedesk.calendar;

import java.util.LinkedHashMap;
import java.util.Map;

/** The English names of China's statutory holidays, for the portal's English pages and the reports. */
final class HolidayNames {

    private static final Map<String, String> ENGLISH = new LinkedHashMap<>();

    static {
        ENGLISH.put("元旦", "New Year's Day");
        ENGLISH.put("春节", "Spring Festival");
        ENGLISH.put("清明节", "Qingming Festival");
        ENGLISH.put("劳动节", "Labour Day");
        ENGLISH.put("端午节", "Dragon Boat Festival");
        ENGLISH.put("中秋节", "Mid-Autumn Festival");
        ENGLISH.put("国庆节", "National Day");
    }

    private HolidayNames() {
    }

    /** "国庆节、中秋节" becomes "National Day and Mid-Autumn Festival"; an unknown name has none. */
    static String english(String chinese) {
        String[] parts = chinese.split("、");
        StringBuilder english = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            String name = ENGLISH.get(parts[i].strip());
            if (name == null) {
                return null;
            }
            english.append(i == 0 ? "" : i == parts.length - 1 ? " and " : ", ").append(name);
        }
        return english.toString();
    }
}
