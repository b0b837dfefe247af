package org.sendcpd.platform.control;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On an entity the analysis never reads (the audit log, accounts, notifications, calendar feeds): a
 * commit that writes only such entities leaves the {@link DataVersion} alone, so a sign-in or a
 * download does not throw away the analyses kept, which for a large school take seconds and
 * hundreds of megabytes to work out again.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface NotReadByAnalysis {}
