/**
 * Customers of the bank: who asks, applies and complains. Identity numbers and phone numbers are
 * C2 personal financial information: they are stored only encrypted, found through blind indexes,
 * and leave this package masked.
 */
package com.servicedesk.customer;
