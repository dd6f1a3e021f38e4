package vn.tdkt.workflow.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.Provider;
import java.security.Security;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The organisation's key on a PKCS#11 token, as on an HSM or a USB token, with SoftHSM standing in for the device.
 * Skipped where SoftHSM is not installed (apt-get install softhsm2); it uses SoftHSM's default configuration and
 * removes the token it made. A wrong PIN is not tested here: the token stays logged in for the whole JVM once the
 * key has been written to it, so a second login with any PIN succeeds.
 */
class OrganisationKeyPkcs11Test {

    private static final Path LIBRARY = Path.of("/usr/lib/softhsm/libsofthsm2.so");
    private static final char[] PIN = "123456".toCharArray();
    private static final String LABEL = "tdkt-test-" + UUID.randomUUID().toString().substring(0, 8);

    private static TestCertificateAuthority authority;
    private static int slot;

    @BeforeAll
    static void putTheKeyOnAToken() throws Exception {
        assumeTrue(Files.isReadable(LIBRARY), "SoftHSM is not installed");
        String initialised = run("softhsm2-util", "--init-token", "--free", "--label", LABEL, "--pin",
                new String(PIN), "--so-pin", "654321");
        Matcher reassigned = Pattern.compile("reassigned to slot (\\d+)").matcher(initialised);
        assumeTrue(reassigned.find(), "SoftHSM did not initialise a token: " + initialised);
        slot = Integer.parseUnsignedInt(reassigned.group(1));

        authority = TestCertificateAuthority.create("Root CA thử nghiệm");
        TestCertificateAuthority.Issued issued = authority.issueSigner("UBND tỉnh Tây Ninh", "UBND tỉnh Tây Ninh");
        Provider provider = Security.getProvider("SunPKCS11")
                .configure("--name=tdkt-test\nlibrary=" + LIBRARY + "\nslot=" + slot + "\n");
        KeyStore token = KeyStore.getInstance("PKCS11", provider);
        token.load(null, PIN);
        token.setKeyEntry("ubnd", issued.key(), null, issued.chain().toArray(X509Certificate[]::new));
    }

    @AfterAll
    static void removeTheToken() throws Exception {
        if (slot != 0) {
            run("softhsm2-util", "--delete-token", "--token", LABEL);
        }
    }

    @Test
    void theKeyOnTheTokenSignsAndTheSignatureValidates() throws Exception {
        byte[] signed;
        try (OrganisationSigner organisation = new OrganisationSigner(
                OrganisationKey.pkcs11(LIBRARY, slot, PIN, Optional.of("ubnd")), Optional.empty(), Clock.systemUTC())) {
            signed = organisation.sign(TestPdf.withText("Quyet dinh tang Bang khen"));
        }

        assertThat(new PdfSignatureValidation(TrustedRoots.of(List.of(authority.root()))).validate(signed))
                .singleElement().satisfies(report -> {
                    assertThat(report.intact()).isTrue();
                    assertThat(report.signerName()).contains("UBND tỉnh Tây Ninh");
                    assertThat(report.trust()).isEqualTo(PdfSignatureReport.Trust.TRUSTED);
                });
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        return output;
    }
}
