package vn.tdkt.workflow.signature;

import eu.europa.esig.dss.cms.CMS;
import eu.europa.esig.dss.cms.object.CMSObjectUtils;
import eu.europa.esig.dss.cms.object.CMSSignedDataObject;
import eu.europa.esig.dss.model.DSSException;
import java.io.IOException;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;

/**
 * DSS's CMS reading, tolerant of the zero bytes that pad a PDF signature's /Contents. A PDF reserves room for the
 * signature before it exists and fills the rest with zeros (ISO 32000-1, 12.8.1); DSS 6.3 hands those padded bytes
 * to BouncyCastle, which up to 1.81 read the first object and ignored the rest, but since then refuses "extra data".
 * With BouncyCastle 1.87 every PDF signature would be unreadable. This reads the CMS object and leaves the padding,
 * which the signature's byte range excludes anyway. Installed by {@link DssCmsParsing}.
 */
public class PaddedContentsCmsUtils extends CMSObjectUtils {

    @Override
    public CMS parseToCMS(byte[] binaries) {
        try (ASN1InputStream in = new ASN1InputStream(binaries)) {
            ContentInfo content = ContentInfo.getInstance(in.readObject());
            if (content == null) {
                throw new DSSException("Not a valid CAdES file: no content");
            }
            return new CMSSignedDataObject(new CMSSignedData(content));
        } catch (IOException | CMSException | IllegalArgumentException | IllegalStateException e) {
            throw new DSSException("Not a valid CAdES file", e);
        }
    }
}
