/**
 * Small helpers every screen shares (messages shown to the person in their words), depending on
 * nothing of the business, so any component's views may use them.
 */
package org.sendcpd.ui;
