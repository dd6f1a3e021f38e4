package vn.tdkt.workflow.signature;

import eu.europa.esig.dss.service.http.commons.TimestampDataLoader;
import eu.europa.esig.dss.service.tsp.OnlineTSPSource;
import eu.europa.esig.dss.spi.x509.tsp.TSPSource;
import java.util.Optional;
import vn.tdkt.workflow.config.Settings;

/** The RFC 3161 time-stamp authority of {@code TDKT_SIGNING_TSA_URL}, when one is configured. */
public final class TimeStampAuthority {

    private TimeStampAuthority() {
    }

    public static Optional<TSPSource> fromSettings() {
        return Settings.signingTsaUrl().map(TimeStampAuthority::online);
    }

    public static TSPSource online(String url) {
        // Bounded waits: a signing request must not hang on an authority that stopped answering.
        TimestampDataLoader loader = new TimestampDataLoader();
        loader.setTimeoutConnection(10_000);
        loader.setTimeoutResponse(20_000);
        loader.setTimeoutSocket(20_000);
        return new OnlineTSPSource(url, loader);
    }
}
