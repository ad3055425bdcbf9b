package com.carato.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The layering of docs/architecture.md, enforced. Each rule says why it exists.
 */
@AnalyzeClasses(packages = "com.carato", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String DOMAIN = "com.carato.domain..";
    private static final String DATA = "com.carato.data..";
    private static final String ML = "com.carato.ml..";
    private static final String SERVICE = "com.carato.service..";
    private static final String HTTP = "com.carato.http..";
    private static final String CLI = "com.carato.cli..";
    private static final String APP = "com.carato.app..";

    /** Value types of the data layer (reports, rows, exceptions) that screens and commands may show. */
    private static final DescribedPredicate<JavaClass> DATA_WORKERS = new DescribedPredicate<>(
            "data classes that do work (not records, enums or exceptions)") {
        @Override
        public boolean test(JavaClass c) {
            return c.getPackageName().startsWith("com.carato.data")
                    && !c.isRecord() && !c.isEnum() && !c.isAssignableTo(Throwable.class);
        }
    };

    @ArchTest
    static final ArchRule domainIsPlainJava = noClasses().that().resideInAPackage(DOMAIN)
            .should().dependOnClassesThat().resideOutsideOfPackages(DOMAIN, "java..")
            .because("the domain is the shared vocabulary and must not drag any library or layer along");

    @ArchTest
    static final ArchRule dataUsesOnlyDomain = noClasses().that().resideInAPackage(DATA)
            .should().dependOnClassesThat().resideInAnyPackage(ML, SERVICE, HTTP, CLI, APP)
            .because("reading data knows nothing of models, services or user interfaces");

    @ArchTest
    static final ArchRule mlDoesNotKnowItsCallers = noClasses().that().resideInAPackage(ML)
            .should().dependOnClassesThat().resideInAnyPackage(SERVICE, HTTP, CLI, APP)
            .because("models are trained and explained the same way whoever asks");

    @ArchTest
    static final ArchRule serviceDoesNotKnowItsCallers = noClasses().that().resideInAPackage(SERVICE)
            .should().dependOnClassesThat().resideInAnyPackage(HTTP, CLI, APP)
            .because("the service is the one API that the app, the command line and HTTP all call");

    @ArchTest
    static final ArchRule nothingDependsOnAppOrCli = noClasses().that().resideOutsideOfPackages(APP, CLI)
            .and().doNotHaveFullyQualifiedName("com.carato.Launcher")
            .should().dependOnClassesThat().resideInAnyPackage(APP, CLI)
            .because("user interfaces are leaves: only the launcher picks one");

    @ArchTest
    static final ArchRule httpIsAThinAdapter = noClasses().that().resideInAPackage(HTTP)
            .should().dependOnClassesThat().resideInAnyPackage(ML, APP, CLI)
            .because("HTTP maps requests to the service and back, and never reaches into models");

    @ArchTest
    static final ArchRule interfacesGoThroughTheService = noClasses().that().resideInAnyPackage(APP, CLI, HTTP)
            .should().dependOnClassesThat(DATA_WORKERS)
            .orShould().dependOnClassesThat().resideInAPackage(ML)
            .because("screens, commands and handlers call the service and only show the values it returns");

    /** What of the server the desktop app may touch: building, starting and stopping it. */
    private static final DescribedPredicate<JavaClass> SERVER_INTERNALS = new DescribedPredicate<>(
            "http classes other than CaratoServer and ServerConfig") {
        @Override
        public boolean test(JavaClass c) {
            return c.getPackageName().startsWith("com.carato.http")
                    && !c.getName().equals("com.carato.http.CaratoServer")
                    && !c.getName().equals("com.carato.http.ServerConfig");
        }
    };

    @ArchTest
    static final ArchRule appOnlyStartsAndStopsTheServer = noClasses().that().resideInAPackage(APP)
            .should().dependOnClassesThat(SERVER_INTERNALS)
            .because("the app starts and stops the embedded server; requests go through the service like any other");

    @ArchTest
    static final ArchRule javaFxOnlyInTheApp = noClasses().that().resideOutsideOfPackage(APP)
            .should().dependOnClassesThat().resideInAPackage("javafx..")
            .because("the engine, the command line and the server run headless");

    @ArchTest
    static final ArchRule smileOnlyInMl = noClasses().that().resideOutsideOfPackage(ML)
            .should().dependOnClassesThat().resideInAPackage("smile..")
            .because("Smile is GPL-3 and its API changes between versions: one place adapts it");

    @ArchTest
    static final ArchRule tablesawOnlyInData = noClasses().that().resideOutsideOfPackage(DATA)
            .should().dependOnClassesThat().resideInAPackage("tech.tablesaw..")
            .because("Tablesaw is an import detail: models are fed from domain records (ml.SmileFrames),"
                    + " not from Tablesaw tables, so Tablesaw's Smile 2.6 converter is never needed");

    @ArchTest
    static final ArchRule javalinOnlyInHttp = noClasses().that().resideOutsideOfPackage(HTTP)
            .should().dependOnClassesThat().resideInAPackage("io.javalin..")
            .because("the web framework is an adapter detail");

    @ArchTest
    static final ArchRule noCycles = slices().matching("com.carato.(*)..").should().beFreeOfCycles()
            .because("layers build on each other in one direction");

    /** Classes that do work in the service layer or the registry (not records, enums, interfaces or exceptions). */
    static final DescribedPredicate<JavaConstructorCall> BUILDS_A_SERVICE = new DescribedPredicate<>(
            "a constructor of a service or registry class (other than a record, enum, interface or exception)") {
        @Override
        public boolean test(JavaConstructorCall call) {
            JavaClass target = call.getTargetOwner();
            String pkg = target.getPackageName();
            boolean serviceOrRegistry = pkg.equals("com.carato.service") || pkg.startsWith("com.carato.service.")
                    || pkg.equals("com.carato.ml.registry") || pkg.startsWith("com.carato.ml.registry.");
            return serviceOrRegistry && !target.isRecord() && !target.isEnum() && !target.isInterface()
                    && !target.isAssignableTo(Throwable.class);
        }
    };

    @ArchTest
    static final ArchRule screensDoNotBuildServices = noClasses().that().resideInAPackage("com.carato.app.ui..")
            .should().callConstructorWhere(BUILDS_A_SERVICE)
            .allowEmptyShould(false)
            .because("each service and registry exists once per process: the composition root (app.AppServices)"
                    + " builds them and hands them to the view models and windows; a second ModelService or"
                    + " Retrainer would open a second registry on the same folder");

    @ArchTest
    static final ArchRule jacksonOnlyAtTheEdgesAndInTheRegistry = noClasses()
            .that().resideOutsideOfPackages(HTTP, CLI, "com.carato.ml.registry..", "com.carato.register..")
            .and().doNotHaveFullyQualifiedName("com.carato.ml.train.Boosting")
            .should().dependOnClassesThat().resideInAPackage("com.fasterxml.jackson..")
            .allowEmptyShould(false)
            .because("JSON is a wire and storage format: HTTP and the command line write it, the model registry"
                    + " stores manifests and its log in it, the appraisal register stores each appraisal in it"
                    + " (register.AppraisalJson). One exception: ml.train.Boosting reads the trees of"
                    + " XGBoost's in-memory JSON model dump (XGBoost4J offers the trees in no other form);"
                    + " it never reaches a file or the wire");

    @ArchTest
    static final ArchRule noCyclesBetweenSubPackages = slices().matching("com.carato.(**)").should().beFreeOfCycles()
            .allowEmptyShould(false)
            .because("every package, not only every layer, builds on others in one direction: a cycle between"
                    + " two screens or two parts of the engine means neither can change alone");
}
