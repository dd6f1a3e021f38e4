package vn.tdkt.workflow.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.europa.esig.dss.cms.CMSUtils;
import eu.europa.esig.dss.cms.object.CMSObjectUtils;
import eu.europa.esig.dss.model.DSSException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/**
 * Why {@link PaddedContentsCmsUtils} exists, and that DSS uses it: a PDF signature's /Contents is the CMS followed
 * by zero padding, which DSS 6.3's own reader refuses under BouncyCastle 1.87. When a DSS or BouncyCastle upgrade
 * reads padding again, the first assertion fails and the workaround can go.
 */
class PaddedContentsCmsUtilsTest {

    @Test
    void theCmsOfAPdfSignatureIsReadDespiteItsPadding() throws Exception {
        TestCertificateAuthority authority = TestCertificateAuthority.create("Root CA thử nghiệm");
        byte[] signed = new EmulatedLocalSigningService(authority.issueSigner("Nguyễn Văn Ánh", "UBND"),
                new TestTimeStampAuthority(authority)).signAndReturn(TestPdf.withText("x"));
        byte[] contents;
        try (PDDocument document = Loader.loadPDF(signed)) {
            contents = document.getLastSignatureDictionary().getContents();
        }
        assertThat(contents[contents.length - 1]).as("the emulated service pads as every PDF signer").isZero();

        assertThatThrownBy(() -> new CMSObjectUtils().parseToCMS(contents)).isInstanceOf(DSSException.class);
        assertThat(new PaddedContentsCmsUtils().parseToCMS(contents).getSignerInfos().size()).isEqualTo(1);
        DssCmsParsing.ensureInstalled();
        assertThat(CMSUtils.parseToCMS(contents).getSignerInfos().size()).as("DSS reads with ours").isEqualTo(1);
        assertThatThrownBy(() -> new PaddedContentsCmsUtils().parseToCMS(new byte[] {0x30, 0x03, 0x02}))
                .isInstanceOf(DSSException.class);
    }
}
