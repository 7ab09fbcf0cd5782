package io.transcheck;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The layout of STYLE.md: stages are plain Java, dependencies flow one way, only job/ knows Spring Batch. */
class ArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("io.transcheck");

    @Test
    void onlyTheJobPackage_importsSpringBatch() {
        noClasses().that().resideOutsideOfPackage("io.transcheck.job..")
                .should().dependOnClassesThat().resideInAPackage("org.springframework.batch..")
                .check(CLASSES);
    }

    @Test
    void stagesDependOnlyOnEarlierStages() {
        String[] order = {"corpus", "text", "align", "check", "report"};
        for (int i = 0; i < order.length; i++) {
            for (int j = i + 1; j < order.length; j++) {
                noClasses().that().resideInAPackage("io.transcheck." + order[i] + "..")
                        .should().dependOnClassesThat().resideInAPackage("io.transcheck." + order[j] + "..")
                        .because(order[i] + " comes before " + order[j] + " in the pipeline")
                        .check(CLASSES);
            }
        }
    }

    @Test
    void stages_doNotKnowTheJobOrTheStore() {
        noClasses().that().resideInAnyPackage("io.transcheck.corpus..", "io.transcheck.text..", "io.transcheck.align..",
                        "io.transcheck.check..", "io.transcheck.report..", "io.transcheck.pipeline..")
                .should().dependOnClassesThat().resideInAnyPackage("io.transcheck.job..", "io.transcheck.store..")
                .check(CLASSES);
    }
}
