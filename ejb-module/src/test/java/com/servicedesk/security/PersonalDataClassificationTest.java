package com.servicedesk.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.servicedesk.platform.SchemaMigrationTest;
import jakarta.persistence.Column;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Every personal field of the model is tagged with its JR/T 0171 class, and every C2 or C3 field is
 * stored protected (ciphertext or one-way hash) and, for C2, masked by a known rule.
 */
class PersonalDataClassificationTest {

    private static final List<String> PERSONAL_COLUMN_HINTS = List.of("id_number", "phone", "card", "account_no",
            "password");

    @Test
    void personalFieldsAreTaggedAndSensitiveOnesProtected() throws Exception {
        List<String> problems = new ArrayList<>();
        int tagged = 0;
        for (Class<?> entity : SchemaMigrationTest.entityClasses()) {
            for (Field field : entity.getDeclaredFields()) {
                PersonalData tag = field.getAnnotation(PersonalData.class);
                Column column = field.getAnnotation(Column.class);
                String name = (column != null && !column.name().isEmpty() ? column.name() : field.getName())
                        .toLowerCase(Locale.ROOT);
                boolean looksPersonal = PERSONAL_COLUMN_HINTS.stream().anyMatch(name::contains) && !name.endsWith("_index")
                        && !name.endsWith("_at");
                if (looksPersonal && tag == null) {
                    problems.add(entity.getSimpleName() + "." + field.getName() + " holds personal data but is not tagged");
                }
                if (tag == null) {
                    continue;
                }
                tagged++;
                if (tag.value() != InformationClass.C1 && !tag.encrypted()) {
                    problems.add(entity.getSimpleName() + "." + field.getName() + " is " + tag.value() + " but stored in clear");
                }
                if (tag.value() == InformationClass.C2 && tag.kind().length == 0) {
                    problems.add(entity.getSimpleName() + "." + field.getName() + " is C2 without a masking rule");
                }
            }
        }
        assertEquals(List.of(), problems);
        assertFalse(tagged < 4, "the customer's name, identity number and phone, and the password hash are tagged");
    }
}
