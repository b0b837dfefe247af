package org.sendcpd.benchmark;

import java.math.BigDecimal;
import java.security.GeneralSecurityException;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.SplittableRandom;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.sendcpd.benchmark.JobRoleMix.Role;

/**
 * Schools of varied size (primaries, secondaries, specials), their staff with line managers, one
 * SENCO account per school ({@code senco<schoolId>}), a {@code trust.lead} and a {@code
 * bench.admin} account.
 */
final class OrganisationRows {

  private static final String[] FIRST = {
    "Amira", "Ben", "Chloe", "Dev", "Ella", "Femi", "Grace", "Hamza", "Isla", "Jack", "Kofi",
    "Lucy", "Maya", "Noah", "Olivia", "Priya", "Rhys", "Sara", "Tom", "Zainab"
  };
  private static final String[] LAST = {
    "Ahmed", "Brown", "Clarke", "Davies", "Evans", "Green", "Hughes", "Iqbal", "Jones", "Khan",
    "Lewis", "Morgan", "Nowak", "Okafor", "Patel", "Roberts", "Singh", "Taylor", "Walsh", "Young"
  };
  private static final String[] TEAMS = {
    "EYFS", "Year 1", "Year 2", "Year 3", "Year 4", "Year 5", "Year 6", "KS3", "KS4", "Office"
  };

  private OrganisationRows() {}

  static void generate(Model m, RowSink sink) {
    SplittableRandom random = new SplittableRandom(m.seed);
    int schools = m.size.schools();
    double[] weight = new double[schools];
    String[] phase = new String[schools];
    double total = 0;
    for (int s = 0; s < schools; s++) {
      double draw = random.nextDouble();
      phase[s] = draw < 0.7 ? "PRIMARY" : draw < 0.95 ? "SECONDARY" : "SPECIAL";
      weight[s] = (phase[s].equals("SECONDARY") ? 3.0 : 1.0) * (0.7 + 0.6 * random.nextDouble());
      total += weight[s];
    }
    m.firstStaff = new int[schools];
    m.staffCount = new int[schools];
    int given = 0;
    for (int s = 0; s < schools; s++) {
      int count =
          s == schools - 1
              ? m.size.staff() - given
              : Math.max(8, (int) Math.round(m.size.staff() * weight[s] / total));
      m.firstStaff[s] = given;
      m.staffCount[s] = count;
      given += count;
      sink.row(
          Table.SCHOOL,
          (long) s + 1,
          "Bench " + phase[s].charAt(0) + phase[s].substring(1).toLowerCase() + " " + (s + 1),
          String.format("%06d", 100_000 + s + 1),
          phase[s]);
    }
    staff(m, random, sink);
    accounts(m, sink);
  }

  private static void staff(Model m, SplittableRandom random, RowSink sink) {
    m.staffSchool = new int[m.size.staff()];
    m.staffRole = new Role[m.size.staff()];
    m.staffTeam = new String[m.size.staff()];
    m.staffLeft = new boolean[m.size.staff()];
    for (int s = 0; s < m.size.schools(); s++) {
      int first = m.firstStaff[s];
      long firstLeader = first + 1L;
      for (int n = 0; n < m.staffCount[s]; n++) {
        int i = first + n;
        Role role = JobRoleMix.roleOf(n, random);
        m.staffSchool[i] = s + 1;
        m.staffRole[i] = role;
        if (role == Role.SLT) {
          firstLeader = i + 1L;
        }
        long id = i + 1L;
        Long manager =
            switch (role) {
              case HEADTEACHER -> null;
              case SENCO, SLT -> m.headOf(s + 1);
              case TA, HLTA -> m.sencoOf(s + 1);
              default -> firstLeader;
            };
        String firstName = FIRST[random.nextInt(FIRST.length)];
        String lastName = LAST[random.nextInt(LAST.length)];
        boolean left = random.nextDouble() < 0.03;
        String team = role == Role.SUPPORT ? "Office" : TEAMS[random.nextInt(TEAMS.length - 1)];
        m.staffTeam[i] = team;
        m.staffLeft[i] = left;
        sink.row(
            Table.STAFF_MEMBER,
            id,
            (long) s + 1,
            firstName,
            lastName,
            (firstName + "." + lastName + "." + id + "@school" + (s + 1) + ".bench.example")
                .toLowerCase(),
            role.name(),
            team,
            BigDecimal.valueOf(random.nextDouble() < 0.7 ? 100 : 40 + random.nextInt(50), 2),
            m.today.minusDays(200 + random.nextInt(5000)),
            left ? m.today.minusDays(1 + random.nextInt(150)) : null,
            manager);
      }
    }
  }

  private static void accounts(Model m, RowSink sink) {
    String hash = pbkdf2(Model.PASSWORD, m.seed);
    LocalDateTime created = m.today.atTime(7, 0).minusYears(1);
    long id = 1;
    for (int s = 1; s <= m.size.schools(); s++, id++) {
      sink.row(Table.USER_ACCOUNT, id, "senco" + s, hash, m.sencoOf(s), true, created);
      sink.row(Table.ACCOUNT_ROLE, id, "SENCO");
    }
    sink.row(Table.USER_ACCOUNT, id, "trust.lead", hash, null, true, created);
    sink.row(Table.ACCOUNT_ROLE, id, "TRUST_LEAD");
    id++;
    // The operator who takes the backup the benchmark times.
    sink.row(Table.USER_ACCOUNT, id, "bench.admin", hash, null, true, created);
    sink.row(Table.ACCOUNT_ROLE, id, "ADMIN");
  }

  /** The stored form the application's PasswordHasher writes and verifies. */
  static String pbkdf2(String password, long seed) {
    byte[] salt = new byte[32];
    new SplittableRandom(seed).nextBytes(salt);
    try {
      byte[] key =
          SecretKeyFactory.getInstance("PBKDF2WithHmacSHA512")
              .generateSecret(new PBEKeySpec(password.toCharArray(), salt, 210_000, 64 * 8))
              .getEncoded();
      Base64.Encoder b64 = Base64.getEncoder();
      return "PBKDF2WithHmacSHA512:210000:"
          + b64.encodeToString(salt)
          + ":"
          + b64.encodeToString(key);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
