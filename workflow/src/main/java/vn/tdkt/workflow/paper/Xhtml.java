package vn.tdkt.workflow.paper;

import java.io.IOException;
import java.io.StringReader;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Parses a template's output as XML before anything is rendered. Document types are refused: an uploaded template
 * could otherwise declare external entities that read files; templates write {@code &#160;} instead of
 * {@code &nbsp;}.
 */
final class Xhtml {

    private Xhtml() {
    }

    static Document parse(String xhtml, String templateName) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder.parse(new InputSource(new StringReader(xhtml)));
        } catch (SAXParseException e) {
            throw new TemplateProblem(templateName, 0,
                    "the output is not well-formed XHTML at output line " + e.getLineNumber() + ": " + e.getMessage(),
                    e);
        } catch (SAXException | IOException | ParserConfigurationException e) {
            throw new TemplateProblem(templateName, 0, "the output is not well-formed XHTML: " + e.getMessage(), e);
        }
    }

    /** The text of the document's {@code <title>}, or empty. */
    static String title(Document document) {
        NodeList titles = document.getElementsByTagNameNS("*", "title");
        if (titles.getLength() == 0) {
            return "";
        }
        return ((Element) titles.item(0)).getTextContent().strip().replaceAll("\\s+", " ");
    }
}
