/**
 * Reports for regulators and managers: gathers each report's figures with aggregate queries, renders
 * them through the {@code reports} module (which knows nothing of JPA or EJB), archives what is
 * submitted, immutably, with its SHA-256, and runs long work in the background.
 */
package com.servicedesk.reporting;
