/**
 * Business applications (manual chapter 3: 申请 → 审核 → 办理 → 完成): account opening, card
 * replacement and the like, each type with its document checklist, reviewed by a second person —
 * whoever created or submitted an application never reviews or approves it.
 */
package com.servicedesk.application;
