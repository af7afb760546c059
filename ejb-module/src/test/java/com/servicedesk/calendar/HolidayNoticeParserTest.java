package com.servicedesk.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The State Council's notices, pasted whole as an administrator would, read into the same days
 * that were entered by hand from them for the migration (shared/reference/cn-holidays.md).
 */
class HolidayNoticeParserTest {

    private static String notice(int year) {
        try (InputStream in = HolidayNoticeParserTest.class.getResourceAsStream("/notices/" + year + ".txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest(name = "the {0} notice")
    @ValueSource(ints = {2025, 2026})
    void aPublishedNoticeGivesTheDaysEnteredByHand(int year) {
        HolidayNoticeParser.Parsed parsed = HolidayNoticeParser.parse(year, notice(year));
        assertEquals(List.of(), parsed.unrecognised(), "every line of the notice is read or known to name no day");
        Map<LocalDate, DayKind> read = parsed.days().stream()
                .collect(Collectors.toMap(d -> LocalDate.parse(d.date()), d -> DayKind.valueOf(d.kind())));
        assertEquals(MigratedCalendar.days(year), read);
        assertEquals(read.size(), parsed.days().size(), "no day read twice");
        List<ListedDay> checked = ArrangementRules.check(year, "国务院办公厅通知", parsed.days());
        assertEquals(read.size(), checked.size(), "what the notice gives passes the rules");
    }

    @Test
    void holidayNamesAndTheirEnglishComeWithTheDays() {
        List<ProposedDay> days = HolidayNoticeParser.parse(2025, notice(2025)).days();
        ProposedDay worked = days.stream().filter(d -> d.date().equals("2025-09-28")).findFirst().orElseThrow();
        assertEquals(new ProposedDay("2025-09-28", "WORKING", "国庆节、中秋节调休上班",
                "National Day and Mid-Autumn Festival (adjusted working day)"), worked);
        ProposedDay eve = days.stream().filter(d -> d.date().equals("2025-01-28")).findFirst().orElseThrow();
        assertEquals(new ProposedDay("2025-01-28", "OFF", "春节", "Spring Festival"), eve);
    }

    @Test
    void aRangeWithoutAMonthAtItsEndStaysInTheStartMonthAndOneOverNewYearEndsNextYear() {
        List<ProposedDay> days = HolidayNoticeParser.parse(2027,
                "一、元旦：2026年12月31日（周四）至1月2日（周六）放假调休，共3天。").days();
        assertEquals(List.of("2026-12-31", "2027-01-01", "2027-01-02"), days.stream().map(ProposedDay::date).toList());
        List<ProposedDay> may = HolidayNoticeParser.parse(2027, "四、劳动节：5月1日至5日放假调休，共5天。").days();
        assertEquals(5, may.size());
        assertEquals("2027-05-05", may.get(4).date());
    }

    @Test
    void oneDayPerLineIsReadTooAndWhatCannotBeReadIsReturned() {
        HolidayNoticeParser.Parsed parsed = HolidayNoticeParser.parse(2027, """
                2027-02-06 WORKING 春节调休上班
                2027-02-07,OFF,春节
                2027-2-8	放假	春节
                2027-02-20 上班 春节调休上班
                the office closes early on 2027-02-05
                """);
        assertEquals(List.of(
                new ProposedDay("2027-02-06", "WORKING", "春节调休上班", "Spring Festival"),
                new ProposedDay("2027-02-07", "OFF", "春节", "Spring Festival"),
                new ProposedDay("2027-02-08", "OFF", "春节", "Spring Festival"),
                new ProposedDay("2027-02-20", "WORKING", "春节调休上班", "Spring Festival")), parsed.days());
        assertEquals(List.of("the office closes early on 2027-02-05"), parsed.unrecognised());
    }

    @Test
    void aKindTheParserDoesNotKnowIsPassedOnForTheRulesToRefuse() {
        List<ProposedDay> days = HolidayNoticeParser.parse(2027, "2027-02-07 HALFDAY 春节").days();
        assertEquals("HALFDAY", days.get(0).kind());
        assertTrue(assertRefused(days).contains("HALFDAY"));
    }

    private static String assertRefused(List<ProposedDay> days) {
        try {
            ArrangementRules.check(2027, "source", days);
        } catch (InvalidArrangementException e) {
            return e.getMessage();
        }
        throw new AssertionError("refused expected");
    }
}
