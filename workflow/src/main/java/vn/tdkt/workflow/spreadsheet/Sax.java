package vn.tdkt.workflow.spreadsheet;

import java.io.IOException;
import java.io.InputStream;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.util.XMLHelper;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/** How the import reads every XML part: streamed, one event at a time, never as a tree. */
final class Sax {

    private Sax() {
    }

    /** POI's XML reader: no DOCTYPE, no external entities, namespace aware. */
    static void parse(InputStream xml, DefaultHandler handler) throws IOException, SAXException,
            ParserConfigurationException {
        XMLReader reader = XMLHelper.newXMLReader();
        reader.setContentHandler(handler);
        reader.parse(new InputSource(xml));
    }

    /** An element's name without its prefix, whether or not the parser reports namespaces. */
    static String local(String localName, String qName) {
        if (localName != null && !localName.isEmpty()) {
            return localName;
        }
        int colon = qName.indexOf(':');
        return colon < 0 ? qName : qName.substring(colon + 1);
    }
}
