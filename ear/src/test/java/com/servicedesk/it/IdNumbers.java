package com.servicedesk.it;

import java.util.concurrent.ThreadLocalRandom;

/** Fresh, valid resident identity numbers for customers the tests register. */
final class IdNumbers {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

    private IdNumbers() {
    }

    /** A valid number of Beijing's Xicheng district (no demo branch is there), born on a random day of 1988. */
    static String fresh() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        String first17 = "110102" + "1988" + String.format("%02d%02d", r.nextInt(1, 13), r.nextInt(1, 29))
                + String.format("%03d", r.nextInt(1000));
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return first17 + CHECK[sum % 11];
    }
}
