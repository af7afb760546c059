package com.servicedesk.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Tags a field of the model that holds personal information with its JR/T 0171 class and, for C2,
 * the kind that decides its masking. A test checks that every C2 field is stored encrypted.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface PersonalData {

    InformationClass value();

    /** How the field is masked when shown; none for C1 data, which is shown as it is. */
    PersonalDataKind[] kind() default {};

    /** Whether the column holds ciphertext rather than the value (required for C2). */
    boolean encrypted() default false;
}
