package org.sendcpd.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.domain.JavaFieldAccess;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shape of the code, checked over the compiled application classes: components without cycles,
 * the analysis engine free of the container, boundaries reached only from their own component, and
 * no field of a bean read through its CDI proxy (where it is always null).
 */
class ArchitectureTest {

  static final String BASE = "org.sendcpd";
  static final Pattern COMPONENT = Pattern.compile("org\\.sendcpd\\.(\\w+)(\\..*)?");

  /** Scopes whose beans are injected as client proxies. */
  static final List<String> NORMAL_SCOPES =
      List.of(
          "jakarta.enterprise.context.ApplicationScoped",
          "jakarta.enterprise.context.RequestScoped",
          "jakarta.enterprise.context.SessionScoped",
          "jakarta.enterprise.context.ConversationScoped",
          "jakarta.faces.view.ViewScoped");

  static JavaClasses app;

  @BeforeAll
  static void importApplication() {
    app =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(BASE);
  }

  @Test
  void componentsHaveNoCycle() {
    slices().matching("org.sendcpd.(*)..").should().beFreeOfCycles().check(app);
  }

  @Test
  void theAnalysisEngineUsesOnlyJava() {
    classes()
        .that()
        .resideInAPackage("org.sendcpd.analysis..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage("java..", "org.sendcpd.analysis..")
        .check(app);
  }

  @Test
  void controlAndEntityNeverReachABoundary() {
    noClasses()
        .that()
        .resideInAnyPackage("..control..", "..entity..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("..boundary..")
        .check(app);
  }

  @Test
  void aBoundaryIsReachedOnlyFromItsOwnComponent() {
    classes().should(notReachAnotherComponentsBoundary()).check(app);
  }

  @Test
  void noFieldOfABeanIsReadThroughItsProxy() {
    classes().should(notAccessFieldsOfOtherScopedBeans()).check(app);
  }

  @Test
  void onlyTheWorkforceRunsTheEngine() {
    noClasses()
        .that()
        .resideOutsideOfPackages("org.sendcpd.workforce..", "org.sendcpd.analysis..")
        .should()
        .callConstructorWhere(
            new DescribedPredicate<JavaConstructorCall>("an analyser, checker or finder") {
              @Override
              public boolean test(JavaConstructorCall call) {
                JavaClass owner = call.getTargetOwner();
                return owner.getPackageName().equals("org.sendcpd.analysis")
                    && owner.getSimpleName().matches(".*(Analyser|Checker|Finder)");
              }
            })
        .check(app);
  }

  static String componentOf(JavaClass type) {
    Matcher m = COMPONENT.matcher(type.getPackageName());
    return m.matches() ? m.group(1) : "";
  }

  static ArchCondition<JavaClass> notReachAnotherComponentsBoundary() {
    return new ArchCondition<>("not depend on another component's boundary") {
      @Override
      public void check(JavaClass origin, ConditionEvents events) {
        String own = componentOf(origin);
        origin.getDirectDependenciesFromSelf().stream()
            .map(d -> d.getTargetClass().getBaseComponentType())
            .filter(t -> t.getPackageName().matches("org\\.sendcpd\\.\\w+\\.boundary"))
            .filter(t -> !componentOf(t).equals(own))
            .distinct()
            .forEach(
                t ->
                    events.add(
                        SimpleConditionEvent.violated(
                            origin, origin.getName() + " uses " + t.getName())));
      }
    };
  }

  static boolean isProxied(JavaClass type) {
    return NORMAL_SCOPES.stream().anyMatch(type::isAnnotatedWith);
  }

  static ArchCondition<JavaClass> notAccessFieldsOfOtherScopedBeans() {
    return new ArchCondition<>("not read or write a field of another bean through its proxy") {
      @Override
      public void check(JavaClass origin, ConditionEvents events) {
        for (JavaFieldAccess access : origin.getFieldAccessesFromSelf()) {
          JavaClass owner = access.getTargetOwner();
          boolean sameClass =
              owner.equals(origin) || origin.getName().startsWith(owner.getName() + "$");
          boolean constant =
              access
                  .getTarget()
                  .resolveMember()
                  .map(f -> f.getModifiers().contains(JavaModifier.STATIC))
                  .orElse(false);
          if (!sameClass && !constant && isProxied(owner)) {
            events.add(SimpleConditionEvent.violated(origin, access.getDescription()));
          }
        }
      }
    };
  }
}
