package vn.tdkt.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The product's classes of all three modules (no tests), imported once for every architecture test of this JVM:
 * the import reads every class file and takes seconds, and the rules only read the result.
 */
final class ProductClasses {

    private static JavaClasses classes;

    private ProductClasses() {
    }

    static synchronized JavaClasses all() {
        if (classes == null) {
            classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                    .importPackages("vn.tdkt");
        }
        return classes;
    }
}
