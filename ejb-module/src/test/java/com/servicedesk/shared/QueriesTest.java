package com.servicedesk.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class QueriesTest {

    @Test
    void aCollectionBecomesOneParameterPerElementAndScalarsStay() {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("open", List.of("RECEIVED", "ACCEPTED", "INVESTIGATING"));
        params.put("openedBy", "agent");
        params.put("now", 5L);
        Map<String, Object> bound = new LinkedHashMap<>();

        String text = Queries.expand("select c from Complaint c where c.status in :open and c.openedBy = :openedBy"
                + " and c.due <= :now", params, bound);

        assertEquals("select c from Complaint c where c.status in (:open_0, :open_1, :open_2, :open_3)"
                + " and c.openedBy = :openedBy and c.due <= :now", text, "padded to four by the last element");
        assertEquals(Map.of("open_0", "RECEIVED", "open_1", "ACCEPTED", "open_2", "INVESTIGATING",
                "open_3", "INVESTIGATING", "openedBy", "agent", "now", 5L), bound);
    }

    @Test
    void oneElementIsNeverAloneInTheList() {
        // Hibernate lets a parameter alone in an in-list take a collection, and then caches nothing
        Map<String, Object> bound = new LinkedHashMap<>();
        assertEquals("c.branchCode in (:scope_0, :scope_1)",
                Queries.expand("c.branchCode in :scope", Map.of("scope", Set.of("BJ01")), bound));
        assertEquals(Map.of("scope_0", "BJ01", "scope_1", "BJ01"), bound);
    }

    @Test
    void theTextDependsOnThePaddedSizeOnlySoItsTranslationIsShared() {
        String jpql = "select count(c) from Complaint c where c.branchCode in :scope";
        assertEquals(Queries.expand(jpql, Map.of("scope", Set.of("BJ01", "BJ02", "BJ03")), new LinkedHashMap<>()),
                Queries.expand(jpql, Map.of("scope", Set.of("SH01", "SH02", "SH03", "SH04")), new LinkedHashMap<>()));
    }

    @Test
    void anEmptyCollectionStaysOneParameter() {
        Map<String, Object> bound = new LinkedHashMap<>();
        String text = Queries.expand("where c.status in :s", Map.of("s", List.of()), bound);
        assertEquals("where c.status in :s", text);
        assertEquals(Map.of("s", List.of()), bound);
    }
}
