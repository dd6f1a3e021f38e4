package vn.tdkt.workflow.signature;

import java.util.HexFormat;

/**
 * The first step's result: what the signer's key must sign, in the forms signing services ask for, and the state to
 * hand to the second step.
 *
 * @param dataToSign the bytes to sign with SHA256withRSA (or SHA256withECDSA): for services that hash themselves
 * @param digest the SHA-256 of {@code dataToSign}: for services and tokens that sign a hash
 * @param state what {@link HashSigning#complete} needs besides the signature value
 */
public record PreparedSignature(byte[] dataToSign, byte[] digest, HashSigningState state) {

    /** The ASN.1 DigestInfo prefix of SHA-256 (RFC 8017 §9.2), for a raw RSA PKCS#1 v1.5 operation. */
    private static final byte[] SHA256_DIGEST_INFO_PREFIX = HexFormat.of()
            .parseHex("3031300d060960864801650304020105000420");

    public PreparedSignature {
        dataToSign = dataToSign.clone();
        digest = digest.clone();
    }

    @Override
    public byte[] dataToSign() {
        return dataToSign.clone();
    }

    @Override
    public byte[] digest() {
        return digest.clone();
    }

    /** The digest wrapped in a DigestInfo, as a token doing raw RSA (CKM_RSA_PKCS, NONEwithRSA) must sign it. */
    public byte[] digestInfo() {
        byte[] info = new byte[SHA256_DIGEST_INFO_PREFIX.length + digest.length];
        System.arraycopy(SHA256_DIGEST_INFO_PREFIX, 0, info, 0, SHA256_DIGEST_INFO_PREFIX.length);
        System.arraycopy(digest, 0, info, SHA256_DIGEST_INFO_PREFIX.length, digest.length);
        return info;
    }
}
