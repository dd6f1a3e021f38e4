package vn.tdkt.domain.signin;

/**
 * A token just created and the secret it stands for: the secret is shown to its owner this once and kept
 * nowhere, only its digest.
 */
public record IssuedToken(ApiToken token, String secret) {

    @Override
    public String toString() {
        return "IssuedToken[" + token.getName() + "]";
    }
}
