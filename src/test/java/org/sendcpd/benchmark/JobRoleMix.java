package org.sendcpd.benchmark;

import java.util.SplittableRandom;

/**
 * Staff by job role as in a typical school (DOMAIN.md: about a third TAs): one head and one SENCO
 * per school, then leaders, teachers, early-career teachers, TAs, HLTAs and support staff.
 */
final class JobRoleMix {

  enum Role {
    HEADTEACHER,
    SENCO,
    SLT,
    TEACHER,
    ECT,
    TA,
    HLTA,
    SUPPORT
  }

  private static final Role[] DRAWN = {
    Role.SLT, Role.TEACHER, Role.ECT, Role.TA, Role.HLTA, Role.SUPPORT
  };
  private static final double[] WEIGHTS = {0.05, 0.38, 0.05, 0.33, 0.06, 0.13};

  private JobRoleMix() {}

  /** The role of the n-th person (from 0) of a school. */
  static Role roleOf(int n, SplittableRandom random) {
    if (n == 0) {
      return Role.HEADTEACHER;
    }
    if (n == 1) {
      return Role.SENCO;
    }
    double draw = random.nextDouble();
    for (int i = 0; i < DRAWN.length; i++) {
      draw -= WEIGHTS[i];
      if (draw < 0) {
        return DRAWN[i];
      }
    }
    return Role.SUPPORT;
  }

  /** The level (0 = not required) the framework asks of a role for one competence. */
  static int requiredLevel(Role role, SplittableRandom random) {
    double draw = random.nextDouble();
    return switch (role) {
      case SENCO -> draw < 0.6 ? 3 : 2;
      case TEACHER, ECT -> draw < 0.2 ? 2 : draw < 0.7 ? 1 : 0;
      case HLTA -> draw < 0.3 ? 2 : draw < 0.7 ? 1 : 0;
      case TA -> draw < 0.6 ? 1 : 0;
      case SLT, HEADTEACHER -> draw < 0.15 ? 2 : draw < 0.5 ? 1 : 0;
      case SUPPORT -> draw < 0.2 ? 1 : 0;
    };
  }
}
