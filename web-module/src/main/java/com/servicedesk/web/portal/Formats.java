package com.servicedesk.web.portal;

import com.servicedesk.shared.TimeSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

/** How the portal writes instants: minutes, in the bank's time zone ({@code #{fmt.dateTime(x)}}). */
@Named("fmt")
@ApplicationScoped
public class Formats {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(TimeSource.BANK_ZONE);

    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant);
    }
}
