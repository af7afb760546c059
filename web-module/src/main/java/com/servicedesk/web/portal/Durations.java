package com.servicedesk.web.portal;

import java.time.Duration;
import java.util.Locale;

/** Time left or overdue, as staff read it: "3 天 5 小时" / "3 d 5 h". */
final class Durations {

    private Durations() {
    }

    static String human(Duration duration, Locale locale) {
        Duration d = duration.abs();
        long days = d.toDays();
        long hours = d.toHoursPart();
        long minutes = d.toMinutesPart();
        boolean chinese = Locale.SIMPLIFIED_CHINESE.getLanguage().equals(locale.getLanguage());
        if (days > 0) {
            return chinese ? days + " 天 " + hours + " 小时" : days + " d " + hours + " h";
        }
        if (hours > 0) {
            return chinese ? hours + " 小时 " + minutes + " 分" : hours + " h " + minutes + " min";
        }
        return chinese ? minutes + " 分钟" : minutes + " min";
    }

    static String human(String isoDuration, Locale locale) {
        return isoDuration == null ? "" : human(Duration.parse(isoDuration), locale);
    }
}
