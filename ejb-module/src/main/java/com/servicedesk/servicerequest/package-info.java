/**
 * Service requests (manual chapters 1–2): a customer's question or need taken on any channel and
 * carried through the closed loop 咨询 → 受理 → 处理 → 反馈 → 跟进, against response-time standards
 * kept as data, with the customer's feedback on the answer.
 */
package com.servicedesk.servicerequest;
