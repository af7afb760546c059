/**
 * Records kept as long as the rules require and not a day longer: retention policies per kind of record
 * (versioned, four-eyes), legal holds, the retention run that anonymises expired case records and
 * customers and deletes expired files, in batches, with a proof-of-destruction report; and the
 * customer's rights over their personal information (PIPL arts. 44–47): a copy, a correction, a deletion.
 */
package com.servicedesk.retention;
