package com.servicedesk.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PageRequestTest {

    @Test
    void pagesCountFromZeroAndHoldAtMost500() {
        assertEquals(100, new PageRequest(2, 50).offset());
        assertEquals("page", assertThrows(InvalidInputException.class, () -> new PageRequest(-1, 50)).violations().get(0).field());
        assertEquals("size", assertThrows(InvalidInputException.class, () -> new PageRequest(0, 0)).violations().get(0).field());
        assertThrows(InvalidInputException.class, () -> new PageRequest(0, 501));
    }
}
