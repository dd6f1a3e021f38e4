package vn.tdkt.workflow.paper;

import java.util.List;

/**
 * The signing block: the authority lines (e.g. "KT. CHỦ TỊCH" then "PHÓ CHỦ TỊCH"; also TM., Q., TL., TUQ.) printed
 * upper case bold, and the signer's name under the space for the signature.
 */
public record Signature(List<String> authority, String name) {

    public Signature {
        authority = Require.list(authority, "signature authority", true);
        name = Require.text(name, "signer name");
    }
}
