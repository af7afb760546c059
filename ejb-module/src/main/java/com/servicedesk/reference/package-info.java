/**
 * Reference data that classifies the bank's work: the JR/T 0169-2018 complaint codes (channel,
 * business category, cause), the intake channels and the service request categories. It is data
 * loaded by migration, not enums, so that a revised standard is a data change.
 */
package com.servicedesk.reference;
