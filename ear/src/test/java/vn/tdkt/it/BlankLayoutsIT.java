package vn.tdkt.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.inject.Inject;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.tdkt.domain.organisation.Actor;
import vn.tdkt.domain.shared.DomainException;
import vn.tdkt.it.support.SignedInClient;
import vn.tdkt.workflow.certificate.BlankLayoutRefused;
import vn.tdkt.workflow.certificate.BlankLayouts;
import vn.tdkt.workflow.certificate.BlankLayouts.LayoutDocument;
import vn.tdkt.workflow.certificate.BlankLayouts.TitleBlank;
import vn.tdkt.workflow.certificate.DefaultLayout;
import vn.tdkt.workflow.certificate.FieldKey;
import vn.tdkt.workflow.certificate.LayoutProblem;
import vn.tdkt.workflow.organisation.UserDirectory;

/**
 * Administrators set the layout of the province's blanks per title: a layout is stored with who and when, a broken
 * one is refused with each problem's line and key while the stored one stays, the calibration page prints the layout
 * in use, a reset goes back to the built-in layout, and nobody else may do any of it. The layout is set on the
 * provincial emulation fighter (CSTD_TINH), which no other test prints, and reset at the end whatever happens.
 */
@ExtendWith(ArquillianExtension.class)
class BlankLayoutsIT {

    private static final double PT_PER_MM = 72 / 25.4;
    private static final String DEFAULT_PAGE = "page width=297 height=210";

    @Inject
    BlankLayouts layouts;

    @Inject
    UserDirectory users;

    @Test
    void anAdministratorSetsABlankRefusesABrokenOneCalibratesAndResets() throws Exception {
        Actor admin = actor("admin");
        TitleBlank blank = layouts.blanks(admin).stream().filter(b -> b.titleCode().equals("CSTD_TINH"))
                .findFirst().orElseThrow();
        long title = blank.titleId();
        layouts.resetToDefault(admin, title); // a run that died half-way leaves nothing behind
        try {
            LayoutDocument fresh = layouts.read(admin, title);
            assertThat(fresh.blank().custom()).isFalse();
            assertThat(fresh.version()).isNull();
            assertThat(fresh.text()).isEqualTo(DefaultLayout.GRASSROOTS_EMULATION_FIGHTER.text())
                    .contains(DEFAULT_PAGE);

            // The province's blank is 3 mm wider and 2 mm taller than A4: measured, typed, stored.
            String measured = fresh.text().replace(DEFAULT_PAGE, "page width=300 height=212");
            assertThat(layouts.save(admin, title, measured, null)).isZero();
            LayoutDocument stored = layouts.read(admin, title);
            assertThat(stored.text()).isEqualTo(measured);
            assertThat(stored.version()).isZero();
            assertThat(stored.blank().custom()).isTrue();
            assertThat(stored.blank().updatedBy()).isEqualTo("admin");
            assertThat(stored.blank().updatedAt()).isNotNull();
            assertThat(layouts.blanks(admin)).filteredOn(b -> b.titleId() == title)
                    .extracting(TitleBlank::custom).containsExactly(true);
            assertThat(layouts.blanks(admin)).filteredOn(b -> !b.custom()).isNotEmpty();

            // A broken text: every problem with its line and key; the stored layout stays as it was.
            String broken = measured.replace("RECIPIENT_NAME x=40 ", "RECIPIENT_NAME x=-5 ")
                    .replace("page width=300 height=212",
                            "page width=300 height=212\nSIGNATURE x=10 y=10\nQR_CODE x=1 y=1 size=abc");
            assertThatThrownBy(() -> layouts.save(admin, title, broken, 0L)).isInstanceOfSatisfying(
                    BlankLayoutRefused.class, refused -> {
                        assertThat(refused.messageKey()).isEqualTo("blankLayout.error.invalid");
                        assertThat(refused.problems()).extracting(LayoutProblem::line, LayoutProblem::key,
                                LayoutProblem::code).contains(
                                        tuple(lineOf(broken, "SIGNATURE"), "SIGNATURE", LayoutProblem.UNKNOWN_KEY),
                                        tuple(lineOf(broken, "QR_CODE x=1"), "QR_CODE", LayoutProblem.SYNTAX),
                                        tuple(lineOf(broken, "RECIPIENT_NAME"), "RECIPIENT_NAME",
                                                LayoutProblem.OUT_OF_PAGE));
                    });
            assertThatThrownBy(() -> layouts.save(admin, title, null, 0L))
                    .isInstanceOf(BlankLayoutRefused.class);
            assertThat(layouts.read(admin, title).text()).isEqualTo(measured);
            assertThat(layouts.read(admin, title).version()).isZero();

            // A save over a layout someone stored after it was read is refused, not silently overwritten.
            assertThatThrownBy(() -> layouts.save(admin, title, measured, null)).isInstanceOfSatisfying(
                    DomainException.class, e -> assertThat(e.messageKey())
                            .isEqualTo("blankLayout.error.changedMeanwhile"));
            assertThat(layouts.save(admin, title, measured + "# checked on a real blank\n", 0L)).isEqualTo(1);

            // The calibration page prints the stored layout: its paper, each field's box labelled with its key.
            try (PDDocument calibration = Loader.loadPDF(layouts.calibration(admin, title).content())) {
                assertThat(calibration.getNumberOfPages()).isEqualTo(1);
                assertThat(calibration.getPage(0).getMediaBox().getWidth() / PT_PER_MM).isCloseTo(300, within());
                assertThat(calibration.getPage(0).getMediaBox().getHeight() / PT_PER_MM).isCloseTo(212, within());
                String text = new PDFTextStripper().getText(calibration);
                for (FieldKey key : List.of(FieldKey.RECIPIENT_NAME, FieldKey.AWARD_TITLE, FieldKey.SIGNER_NAME,
                        FieldKey.QR_CODE)) {
                    assertThat(text).contains(key.name());
                }
            }
            // ...and the administrator downloads it from the page's link.
            HttpResponse<byte[]> download = SignedInClient.as(base(), "admin").send(HttpRequest.newBuilder(URI
                    .create(base() + "/app/admin/blanks/" + title + ".pdf")).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(download.statusCode()).isEqualTo(200);
            assertThat(download.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                    .startsWith("application/pdf"));
            try (PDDocument downloaded = Loader.loadPDF(download.body())) {
                assertThat(new PDFTextStripper().getText(downloaded)).contains("RECIPIENT_NAME");
            }

            layouts.resetToDefault(admin, title);
            LayoutDocument reset = layouts.read(admin, title);
            assertThat(reset.blank().custom()).isFalse();
            assertThat(reset.version()).isNull();
            assertThat(reset.text()).isEqualTo(DefaultLayout.GRASSROOTS_EMULATION_FIGHTER.text());
            try (PDDocument calibration = Loader.loadPDF(layouts.calibration(admin, title).content())) {
                assertThat(calibration.getPage(0).getMediaBox().getWidth() / PT_PER_MM).isCloseTo(297, within());
            }
        } finally {
            layouts.resetToDefault(admin, title);
        }
    }

    @Test
    void onlyAdministratorsSeeOrChangeBlanks() throws Exception {
        Actor admin = actor("admin");
        long title = layouts.blanks(admin).stream().filter(b -> b.titleCode().equals("CSTD_TINH")).findFirst()
                .orElseThrow().titleId();
        String text = DefaultLayout.GRASSROOTS_EMULATION_FIGHTER.text();
        for (String username : List.of("clerk", "leader", "secretary", "appraiser", "approver")) {
            Actor other = actor(username);
            for (Runnable call : List.<Runnable>of(() -> layouts.blanks(other), () -> layouts.read(other, title),
                    () -> layouts.save(other, title, text, null), () -> layouts.resetToDefault(other, title),
                    () -> layouts.calibration(other, title))) {
                assertThatThrownBy(call::run).as(username).isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.forbidden"));
            }
        }
        assertThat(layouts.read(admin, title).blank().custom()).isFalse();
        assertThatThrownBy(() -> layouts.read(admin, 987_654_321L)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.messageKey()).isEqualTo("blankLayout.error.titleNotFound"));
        HttpResponse<String> refused = SignedInClient.as(base(), "clerk").send(HttpRequest.newBuilder(URI
                .create(base() + "/app/admin/blanks/" + title + ".pdf")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).isEqualTo(403);
    }

    /**
     * The page as the browser posts it (PrimeFaces ajax): the editor opens on the default text, a broken text is
     * listed line by line in Vietnamese and stays in the editor as typed, a good one is stored.
     */
    @Test
    void thePageListsEachProblemByLineAndKeepsWhatWasTyped() throws Exception {
        Actor admin = actor("admin");
        List<TitleBlank> blanks = layouts.blanks(admin);
        int row = 0;
        while (!blanks.get(row).titleCode().equals("CSTD_TINH")) {
            row++;
        }
        long title = blanks.get(row).titleId();
        layouts.resetToDefault(admin, title);
        try {
            HttpClient browser = SignedInClient.as(base(), "admin");
            HttpResponse<String> opening = browser.send(HttpRequest.newBuilder(URI.create(base()
                    + "/app/admin/blanks.xhtml")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(opening.statusCode()).as(opening.headers().map().toString()).isEqualTo(200);
            String page = opening.body();
            assertThat(page).contains("CSTD_TINH", "Mẫu mặc định");
            Matcher viewState = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"")
                    .matcher(page);
            assertThat(viewState.find()).isTrue();
            // PrimeFaces' script sends the page's CSP nonce with each ajax post; a post without it is refused.
            Matcher nonce = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)").matcher(page);
            assertThat(nonce.find()).as("the page's CSP nonce").isTrue();
            String state = viewState.group(1) + "\n" + nonce.group(1);

            String edit = "blanks-form:dt-blanks:" + row + ":edit-blank";
            String opened = ajax(browser, state, edit, edit, "blanks-form:editor", Map.of());
            assertThat(opened).contains("blanks-form:layout-text", DEFAULT_PAGE, "/app/admin/blanks/" + title
                    + ".pdf");

            String broken = DefaultLayout.GRASSROOTS_EMULATION_FIGHTER.text().replace(DEFAULT_PAGE, DEFAULT_PAGE
                    + "\nSIGNATURE x=10 y=10");
            String refused = ajax(browser, state, "blanks-form:save-layout",
                    "blanks-form:save-layout blanks-form:layout-text", "blanks-form page-messages",
                    Map.of("blanks-form:layout-text", broken));
            assertThat(refused).contains("layout-problem", "Không có trường SIGNATURE", "SIGNATURE x=10 y=10",
                    "Mẫu chưa được lưu");
            assertThat(layouts.read(admin, title).blank().custom()).isFalse();

            String measured = DefaultLayout.GRASSROOTS_EMULATION_FIGHTER.text() + "# measured on a real blank\n";
            String saved = ajax(browser, state, "blanks-form:save-layout",
                    "blanks-form:save-layout blanks-form:layout-text", "blanks-form page-messages",
                    Map.of("blanks-form:layout-text", measured));
            assertThat(saved).contains("Đã lưu mẫu phôi").doesNotContain("layout-problem");
            assertThat(layouts.read(admin, title).text()).isEqualTo(measured);
        } finally {
            layouts.resetToDefault(admin, title);
        }
    }

    /**
     * A PrimeFaces ajax post of one button, as its script sends it; the partial response.
     *
     * @param viewState the page's view state and CSP nonce, on two lines
     */
    private static String ajax(HttpClient browser, String viewState, String source, String execute, String render,
            Map<String, String> fields) throws Exception {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("jakarta.faces.partial.ajax", "true");
        form.put("jakarta.faces.source", source);
        form.put("jakarta.faces.partial.execute", execute);
        form.put("jakarta.faces.partial.render", render);
        form.put(source, source);
        form.put("blanks-form", "blanks-form");
        form.putAll(fields);
        form.put("jakarta.faces.ViewState", viewState.substring(0, viewState.indexOf('\n')));
        form.put("primefaces.nonce", viewState.substring(viewState.indexOf('\n') + 1));
        String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        HttpResponse<String> response = browser.send(HttpRequest.newBuilder(URI.create(base()
                + "/app/admin/blanks.xhtml")).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Faces-Request", "partial/ajax").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.body()).startsWith("<?xml").doesNotContain("<error>");
        return response.body();
    }

    /** The line number (from 1) of the first line starting so. */
    private static int lineOf(String text, String start) {
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith(start)) {
                return i + 1;
            }
        }
        throw new AssertionError(start + " is not in the text");
    }

    private static org.assertj.core.data.Offset<Double> within() {
        return org.assertj.core.data.Offset.offset(0.5);
    }

    private Actor actor(String username) {
        return users.actorFor(username).orElseThrow();
    }

    private static String base() {
        return "http://127.0.0.1:" + (8080 + Integer.getInteger("jboss.socket.binding.port-offset", 0)) + "/tdkt";
    }
}
