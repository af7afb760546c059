package com.servicedesk.customer;

/** How a customer wishes to be told in writing: by e-mail, by SMS, or by letter in the post. */
public enum PreferredChannel {
    EMAIL, SMS, LETTER
}
