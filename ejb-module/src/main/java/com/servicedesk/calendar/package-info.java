/**
 * The statutory holiday calendar (China's holidays with their adjusted working days, 调休) and the
 * counting rules of the Civil Code that complaint deadlines follow. The calendar is data loaded per
 * year; a question about a year that is not loaded has no answer, and the deadline is flagged.
 */
package com.servicedesk.calendar;
