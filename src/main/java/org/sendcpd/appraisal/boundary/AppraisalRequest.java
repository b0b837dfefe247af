package org.sendcpd.appraisal.boundary;

/** POST /api/appraisals: whose appraisal, led by whom, for which academic year ("2026/27"). */
public record AppraisalRequest(Long staffId, Long appraiserId, String academicYear) {}
