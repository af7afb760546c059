/**
 * Information security (manual chapter 5): staff identities and roles, their branch or region
 * scope, password hashing, and the protection of personal financial information — encrypted at
 * rest, masked wherever it is shown.
 */
package com.servicedesk.security;
