/**
 * The bank's organisation: regions and their branches. Every customer, case and member of staff
 * belongs to a branch, and a branch to a region; scope (what a user may see) is drawn from these.
 * Branches and regions are reference data, loaded by migration and changed only by an ADMIN.
 */
package com.servicedesk.organisation;
