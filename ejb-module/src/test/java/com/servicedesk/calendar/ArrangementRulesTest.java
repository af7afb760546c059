package com.servicedesk.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.servicedesk.calendar.ArrangementProblem.Rule;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each rule of a year's arrangement refuses on its own, naming the date; all problems come at once. */
class ArrangementRulesTest {

    private static final ProposedDay NEW_YEAR = new ProposedDay("2027-01-01", "OFF", "元旦", null);

    private static List<ArrangementProblem> refused(List<ProposedDay> days) {
        return assertThrows(InvalidArrangementException.class, () -> ArrangementRules.check(2027, "通知", days))
                .problems();
    }

    @ParameterizedTest(name = "{0} {1}: {3}")
    @CsvSource(delimiter = '|', textBlock = """
        2026-12-31 | OFF     | OUTSIDE_YEAR       | a date of the year before
        2028-01-01 | OFF     | OUTSIDE_YEAR       | a date of the year after
        2027-02-08 | WORKING | WORKING_ON_WEEKDAY | a Monday cannot become a working day: it is one
        2027-02-12 | WORKING | WORKING_ON_WEEKDAY | nor a Friday
        2027-02-06 | HALF    | UNKNOWN_KIND       | a kind that is neither OFF nor WORKING
        2027-02-06 | off     | UNKNOWN_KIND       | kinds are exact
        2027-02-30 | OFF     | BAD_DATE           | no such day
        07-02-06   | OFF     | BAD_DATE           | not an ISO date
        """)
    void aSingleBadDayIsRefusedWithItsDate(String date, String kind, Rule rule, String why) {
        List<ArrangementProblem> problems = refused(List.of(NEW_YEAR, new ProposedDay(date, kind, "春节", null)));
        assertEquals(1, problems.size(), why);
        assertEquals(rule, problems.get(0).rule(), why);
        assertEquals(date, problems.get(0).date(), why);
        assertEquals("days[1]." + (rule == Rule.UNKNOWN_KIND || rule == Rule.WORKING_ON_WEEKDAY ? "kind" : "date"),
                problems.get(0).field(), why);
        assertEquals(true, problems.get(0).message().contains(date), "the message names the date");
    }

    @Test
    void aDateListedTwiceIsRefusedAtItsSecondListing() {
        List<ArrangementProblem> problems = refused(List.of(NEW_YEAR, new ProposedDay("2027-01-01", "WORKING", "元旦", null)));
        assertEquals(Rule.DUPLICATE, problems.get(0).rule());
        assertEquals(1, problems.get(0).index());
    }

    @Test
    void anEmptyListIsRefused() {
        assertEquals(Rule.NO_DAYS, refused(List.of()).get(0).rule());
        assertEquals("days", refused(List.of()).get(0).field());
    }

    @Test
    void aDayWithoutANameOrAnArrangementWithoutItsSourceIsRefused() {
        assertEquals(Rule.NO_NAME, refused(List.of(new ProposedDay("2027-01-01", "OFF", " ", null))).get(0).rule());
        List<ArrangementProblem> noSource = assertThrows(InvalidArrangementException.class,
                () -> ArrangementRules.check(2027, "", List.of(NEW_YEAR))).problems();
        assertEquals(Rule.NO_SOURCE, noSource.get(0).rule());
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        List<ArrangementProblem> problems = refused(List.of(
                new ProposedDay("2028-01-03", "WORKING", "元旦", null),
                new ProposedDay("2027-01-01", "OFF", "元旦", null),
                new ProposedDay("2027-01-01", "OFF", "元旦", null),
                new ProposedDay("2027-13-01", "OFF", "元旦", null)));
        assertEquals(List.of(Rule.OUTSIDE_YEAR, Rule.WORKING_ON_WEEKDAY, Rule.DUPLICATE, Rule.BAD_DATE),
                problems.stream().map(ArrangementProblem::rule).toList());
    }

    @Test
    void aGoodArrangementComesBackInDateOrder() {
        List<ListedDay> days = ArrangementRules.check(2027, "通知", List.of(
                new ProposedDay("2027-02-07", "WORKING", "春节调休上班", null),
                new ProposedDay("2027-01-01", "OFF", "元旦", "New Year's Day")));
        assertEquals(List.of(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 2, 7)), days.stream().map(ListedDay::date).toList());
        assertEquals(DayKind.WORKING, days.get(1).kind());
        assertEquals("春节调休上班", days.get(1).nameEn(), "without an English name the notice's name stands");
    }
}
