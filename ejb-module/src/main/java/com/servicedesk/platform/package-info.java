/**
 * How the application starts: schema migrations before Hibernate checks the schema, and the demo
 * data set, built from what each bounded context contributes.
 */
package com.servicedesk.platform;
