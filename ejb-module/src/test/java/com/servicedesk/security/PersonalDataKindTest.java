package com.servicedesk.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PersonalDataKindTest {

    @ParameterizedTest
    @CsvSource({
        "ID_NUMBER,   110101199003071234, 110***********1234",
        "ID_NUMBER,   11010119900307123X, 110***********123X",
        "PHONE,       13812345678,        138****5678",
        "PHONE,       010-62345678,       010*****5678",
        "CARD_NUMBER, 6222021234567890123, 622202*********0123",
        "CARD_NUMBER, 6222021234,         **********",
        "PHONE,       1234567,            *******",
        "PHONE,       '',                 ''",
        "EMAIL,       li.ming@example.com, l******@example.com",
        "EMAIL,       a@b.cn,             a@b.cn",
    })
    void keepsHeadAndTailAndStarsTheRestAtTheSameLength(PersonalDataKind kind, String clear, String masked) {
        assertEquals(masked, kind.mask(clear));
        assertEquals(clear.length(), kind.mask(clear).length());
    }

    @org.junit.jupiter.api.Test
    void nothingMasksToNothing() {
        assertNull(PersonalDataKind.PHONE.mask(null));
    }
}
