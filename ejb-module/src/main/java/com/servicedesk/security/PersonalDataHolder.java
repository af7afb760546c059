package com.servicedesk.security;

/**
 * Encrypted personal data kept outside the customer record (a complaint representative's phone): a key
 * rotation asks each holder to re-encrypt what an old key made, so that no context is forgotten.
 */
public interface PersonalDataHolder {

    /** Re-encrypts, in transactions of its own, every value still under an old key; returns how many it changed. */
    long reencrypt();
}
