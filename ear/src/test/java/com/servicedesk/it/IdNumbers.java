package com.servicedesk.it;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Fresh, valid resident identity numbers for customers the tests register. Within one run no two
 * are alike: each is the next of a sequence over every birthday from 1940 to 2004 and every
 * 3-digit serial, about 23.7 million numbers, started at a random place so that runs against the
 * same database do not repeat each other. (Numbers drawn at random from one year, 336,000 of them,
 * collided once within a CI run.)
 */
final class IdNumbers {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
    private static final LocalDate FIRST_BIRTHDAY = LocalDate.of(1940, 1, 1);
    private static final long NUMBERS = (LocalDate.of(2005, 1, 1).toEpochDay() - FIRST_BIRTHDAY.toEpochDay()) * 1000;
    private static final AtomicLong NEXT = new AtomicLong(ThreadLocalRandom.current().nextLong(NUMBERS));

    private IdNumbers() {
    }

    /** A valid number of Beijing's Xicheng district (no demo branch is there). */
    static String fresh() {
        long n = NEXT.getAndIncrement() % NUMBERS;
        String first17 = "110102" + FIRST_BIRTHDAY.plusDays(n / 1000).toString().replace("-", "")
                + String.format("%03d", n % 1000);
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return first17 + CHECK[sum % 11];
    }
}
