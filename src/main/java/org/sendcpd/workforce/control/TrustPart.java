package org.sendcpd.workforce.control;

import java.util.List;
import org.sendcpd.analysis.CapacityReport;
import org.sendcpd.analysis.CompetenceRef;
import org.sendcpd.analysis.HolderTable;
import org.sendcpd.analysis.Person;
import org.sendcpd.analysis.RuleCheck;
import org.sendcpd.analysis.SchoolComparison;

/**
 * What the trust's answers need of one school on a date, worked out from that school's rows and
 * small enough to keep for every school of a trust, where the rows themselves are not: its people,
 * capacity, rules, figures beside the other schools and who holds what.
 */
public record TrustPart(
    long schoolId,
    List<Person> people,
    List<CompetenceRef> competences,
    CapacityReport capacity,
    List<RuleCheck> rules,
    SchoolComparison.Figures figures,
    HolderTable holders) {}
