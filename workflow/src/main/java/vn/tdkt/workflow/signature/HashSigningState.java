package vn.tdkt.workflow.signature;

import java.io.Serializable;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.List;

/**
 * What the second step of a hash signing needs from the first, kept between the two (in the session or the
 * database, serialised) while the signer's service signs: the signer's chain (DER, signing certificate first), the
 * signing time the data to sign was computed with, whether a time-stamp is to be added, and the SHA-256 of the PDF
 * prepared, so that no other PDF can be completed with this signature.
 */
public record HashSigningState(List<byte[]> certificateChain, Instant signingTime, boolean timeStamped,
        byte[] documentDigest) implements Serializable {

    private static final long serialVersionUID = 1L;

    public HashSigningState {
        certificateChain = certificateChain.stream().map(byte[]::clone).toList();
        documentDigest = documentDigest.clone();
    }

    @Override
    public List<byte[]> certificateChain() {
        return certificateChain.stream().map(byte[]::clone).toList();
    }

    @Override
    public byte[] documentDigest() {
        return documentDigest.clone();
    }

    boolean prepared(byte[] digest) {
        return MessageDigest.isEqual(documentDigest, digest);
    }
}
