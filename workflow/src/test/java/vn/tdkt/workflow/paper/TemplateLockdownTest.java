package vn.tdkt.workflow.paper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.junit.jupiter.api.Test;

/** Administrators upload templates: what a hostile or broken one can and cannot do. */
class TemplateLockdownTest {

    private static final String PAGE = "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p>%s</p></body></html>";

    private static PaperTemplates templates(String text) {
        return new PaperTemplates(new MapTemplateSource().put("decision.ftlh", text, "v1"));
    }

    private static TemplateProblem problem(String text) {
        try {
            templates(text).render(Samples.decision());
        } catch (TemplateProblem e) {
            return e;
        }
        throw new AssertionError("the template was not refused: " + text);
    }

    @Test
    void aTemplateCannotInstantiateJavaClasses() {
        TemplateProblem problem = problem(PAGE.formatted("${\"freemarker.template.utility.Execute\"?new()(\"id\")}"));

        assertThat(problem.templateName()).isEqualTo("decision.ftlh");
        assertThat(problem.line()).isEqualTo(1);
        assertThat(problem.getMessage()).contains("decision.ftlh line 1");
    }

    @Test
    void aTemplateCannotReachTheJavaApiOfItsValues() {
        assertThat(problem(PAGE.formatted("${paper.articles?api.getClass().getName()}")).getMessage())
                .contains("api_builtin_enabled");
        assertThat(problem(PAGE.formatted("${paper.heading.getClass()}")).line()).isEqualTo(1);
        assertThat(problem(PAGE.formatted("${paper.heading.class.protectionDomain}")).line()).isEqualTo(1);
    }

    @Test
    void aTemplateCannotLiftTheLockWithSettings() {
        problem(PAGE.formatted("<#setting new_builtin_class_resolver=\"unrestricted\">"
                + "${\"freemarker.template.utility.Execute\"?new()(\"id\")}"));
        problem(PAGE.formatted("<#setting api_builtin_enabled=true>${paper.articles?api.size()}"));
    }

    @Test
    void aTemplateIncludesOnlyFromItsSource() {
        TemplateProblem problem = problem(PAGE.formatted("<#include \"/etc/passwd\" parse=false>"));
        assertThat(problem.getMessage()).contains("passwd");
        problem(PAGE.formatted("<#include \"../../../../../../etc/hostname\" parse=false>"));
        problem(PAGE.formatted("<#include \"file:///etc/hostname\" parse=false>"));
    }

    @Test
    void theRecordsShowTheirContentAndTheirSumsOnly() {
        String xhtml = templates(PAGE.formatted(
                "${paper.heading.number}|${paper.annex.total}|${paper.heading.date.month}|${paper.annex.sections[0].groups[0].kind}"))
                .render(Samples.decision());

        assertThat(xhtml).contains("01/QĐ-UBND|21.060.000|12|COLLECTIVE");
    }

    @Test
    void aSyntaxErrorNamesTheTemplateAndLine() {
        TemplateProblem problem = problem("<html>\n<body>\n<#if paper.subject == >x</#if>\n</body></html>");

        assertThat(problem.templateName()).isEqualTo("decision.ftlh");
        assertThat(problem.line()).isEqualTo(3);
    }

    @Test
    void anUploadedTemplateIsCheckedBeforeItIsStored() {
        PaperTemplates templates = new PaperTemplates(new ClasspathTemplateSource());

        assertThatThrownBy(() -> templates.check(new TemplateText("decision.ftlh", "<p>\n<#list paper.articles as>\n",
                "upload"))).isInstanceOfSatisfying(TemplateProblem.class, p -> assertThat(p.line()).isEqualTo(2));
        templates.check(new ClasspathTemplateSource().find("decision.ftlh").orElseThrow());
    }

    @Test
    void aMissingVariableNamesTheTemplateAndLine() {
        TemplateProblem problem = problem("<html>\n<body>\n<p>${paper.nothingLikeThis}</p>\n</body></html>");

        assertThat(problem.line()).isEqualTo(3);
        assertThat(problem.getMessage()).contains("nothingLikeThis");
    }

    @Test
    void aProblemInAnImportedTemplateNamesThatTemplate() {
        PaperTemplates templates = new PaperTemplates(new MapTemplateSource()
                .put("decision.ftlh", "<#import \"parts.ftlh\" as parts>\n<@parts.header/>", "v1")
                .put("parts.ftlh", "<#macro header>\n${paper.heading.nope}\n</#macro>", "v1"));

        assertThatThrownBy(() -> templates.render(Samples.decision())).isInstanceOfSatisfying(TemplateProblem.class,
                p -> {
                    assertThat(p.templateName()).isEqualTo("parts.ftlh");
                    assertThat(p.line()).isEqualTo(2);
                });
    }

    @Test
    void anUnknownTemplateIsAProblemToo() {
        PaperTemplates templates = new PaperTemplates(new ClasspathTemplateSource());

        assertThatThrownBy(() -> templates.render("certificate.ftlh", Samples.decision()))
                .isInstanceOf(TemplateProblem.class).hasMessageContaining("certificate.ftlh");
    }

    @Test
    void aRunawayTemplateStopsAtTheOutputLimit() {
        PaperTemplates templates = new PaperTemplates(new MapTemplateSource()
                .put("decision.ftlh", "<#list 1..100000000 as i>xxxxxxxxxx</#list>", "v1"), 1_000_000);

        assertThatThrownBy(() -> templates.render(Samples.decision())).isInstanceOf(TemplateProblem.class)
                .hasMessageContaining("more than 1000000 characters");
    }

    @Test
    void anEditedTemplateIsUsedFromItsNewVersionOn() {
        MapTemplateSource source = new MapTemplateSource().put("decision.ftlh", PAGE.formatted("first"), "v1");
        PaperTemplates templates = new PaperTemplates(source);
        assertThat(templates.render(Samples.decision())).contains("first");

        source.put("decision.ftlh", PAGE.formatted("second"), "v2");

        assertThat(templates.render(Samples.decision())).contains("second");
    }

    @Test
    void aFailingTemplateWritesNothing() {
        PdfRenderer renderer = new PdfRenderer(templates(PAGE.formatted("${paper.nothingLikeThis}")));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        assertThatThrownBy(() -> renderer.write(Samples.decision(), out)).isInstanceOf(TemplateProblem.class);
        assertThat(out.size()).isZero();
    }

    @Test
    void externalEntitiesAreRefused() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE html [<!ENTITY secret SYSTEM \"file:///etc/hostname\">]>"
                + "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p>&secret;</p></body></html>";
        PdfRenderer renderer = new PdfRenderer(templates(xxe));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        assertThatThrownBy(() -> renderer.write(Samples.decision(), out)).isInstanceOf(TemplateProblem.class)
                .hasMessageContaining("not well-formed XHTML");
        assertThat(out.size()).isZero();
    }

    @Test
    void imagesWrittenIntoTheTemplateAreDrawn() throws Exception {
        BufferedImage red = new BufferedImage(4, 4,
                BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(red, "png", png);
        String uri = "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray());
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        new PdfRenderer(templates(PAGE.formatted("<img src=\"" + uri + "\" style=\"width: 10mm\"/>")))
                .write(Samples.decision(), out);

        try (var pdf = Loader.loadPDF(out.toByteArray())) {
            var resources = pdf.getPage(0).getResources();
            assertThat(resources.getXObjectNames()).anySatisfy(name -> assertThat(resources.isImageXObject(name))
                    .isTrue());
        }
    }

    @Test
    void theRendererFetchesNothingATemplateLinksTo() throws Exception {
        AtomicInteger requests = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            String template = "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head>"
                    + "<link rel=\"stylesheet\" href=\"" + base + "/style.css\"/>"
                    + "<style>@import url(\"" + base + "/import.css\"); @font-face { font-family: X; src: url(\""
                    + base + "/font.ttf\"); } body { font-family: X, \"Times New Roman\"; background-image: url(\""
                    + base
                    + "/background.png\"); }</style></head><body>"
                    + "<img src=\"" + base + "/image.png\"/><img src=\"file:///etc/hostname\"/>"
                    + "<img src=\"relative.png\"/><p>${paper.heading.number}</p></body></html>";
            ByteArrayOutputStream out = new ByteArrayOutputStream();

            new PdfRenderer(templates(template)).write(Samples.decision(), out);

            assertThat(Pdfs.text(out.toByteArray())).contains("01/QĐ-UBND");
            assertThat(requests).hasValue(0);
        } finally {
            server.stop(0);
        }
    }
}
