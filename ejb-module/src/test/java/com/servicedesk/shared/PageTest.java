package com.servicedesk.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PageTest {

    /** An item as costly to hash as a record of many fields: here it cannot be hashed at all. */
    private record Unhashable(long id) {
        @Override
        public int hashCode() {
            throw new AssertionError("the page hashed its items");
        }
    }

    @Test
    void aPageHashesWithoutVisitingItsItemsAndStaysConsistentWithEquals() {
        Page<Unhashable> page = new Page<>(List.of(new Unhashable(1), new Unhashable(2)), 0, 50, 2);
        Page<Unhashable> same = new Page<>(List.of(new Unhashable(1), new Unhashable(2)), 0, 50, 2);
        assertEquals(page, same);
        assertEquals(page.hashCode(), same.hashCode());
        assertNotEquals(page, new Page<>(List.of(new Unhashable(1)), 0, 50, 1));
    }
}
