/**
 * Follow-up after a case (manual chapter 4): tasks created when a service request is answered or a
 * complaint is closed, due a number of working days later as the follow-up policy (data) says.
 * Return visits and satisfaction surveys build on these tasks.
 */
package com.servicedesk.followup;
