package vn.tdkt.workflow.signature;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Calendar;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.SignerInformationStore;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * Plays the signer's local signing service (VGCASignService on the official's PC) in tests: it takes the PDF it
 * downloaded, signs it the way VGCA's software does, and returns the file it would upload back. The signature is an
 * incremental update (the original bytes untouched), filter Adobe.PPKLite, sub-filter adbe.pkcs7.detached, a CMS of
 * SHA-256 with RSA whose signed attributes carry no signing-certificate-v2 (so not PAdES), and an RFC 3161
 * time-stamp over the signature value as unsigned attribute. Public, with the test CA and TSA, for the in-server
 * tests of the EAR module (the workflow module's test jar).
 */
public final class EmulatedLocalSigningService {

    private final TestCertificateAuthority.Issued signer;
    private final TestTimeStampAuthority timeStamps;

    public EmulatedLocalSigningService(TestCertificateAuthority.Issued signer, TestTimeStampAuthority timeStamps) {
        this.signer = signer;
        this.timeStamps = timeStamps;
    }

    /** The file the service uploads back after signing {@code downloaded}. */
    public byte[] signAndReturn(byte[] downloaded) throws IOException {
        try (PDDocument document = Loader.loadPDF(downloaded);
                SignatureOptions options = new SignatureOptions()) {
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(PDSignature.SUBFILTER_ADBE_PKCS7_DETACHED);
            signature.setName("Nguyen Van Anh");
            signature.setReason("Phe duyet");
            signature.setSignDate(Calendar.getInstance());
            options.setPreferredSignatureSize(32 * 1024);
            document.addSignature(signature, this::cms, options);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.saveIncremental(out);
            return out.toByteArray();
        }
    }

    private byte[] cms(InputStream signedContent) throws IOException {
        try {
            // The default signed attributes: content type, message digest, signing time, algorithm protection.
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(
                    new JcaDigestCalculatorProviderBuilder().build())
                    .build(new JcaContentSignerBuilder("SHA256withRSA").build(signer.key()), signer.certificate()));
            generator.addCertificates(new JcaCertStore(signer.chain()));
            CMSSignedData signed = generator.generate(new CMSProcessableByteArray(signedContent.readAllBytes()), false);
            SignerInformation signerInfo = signed.getSignerInfos().getSigners().iterator().next();
            byte[] token = timeStamps.timeStampTokenOver(signerInfo.getSignature());
            ASN1EncodableVector unsigned = new ASN1EncodableVector();
            unsigned.add(new Attribute(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken,
                    new DERSet(ASN1Primitive.fromByteArray(token))));
            signerInfo = SignerInformation.replaceUnsignedAttributes(signerInfo, new AttributeTable(unsigned));
            return CMSSignedData.replaceSigners(signed, new SignerInformationStore(signerInfo)).getEncoded("DER");
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException("The emulated service failed to sign", e);
        }
    }
}
