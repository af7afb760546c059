/**
 * Service assessment and evaluation (服务考核与评估, manual chapter 7): versioned standards of KPIs,
 * monthly and quarterly periods scored for every branch and member of staff from the records,
 * review and approval, and the improvement plans that follow a failing result.
 */
package com.servicedesk.assessment;
