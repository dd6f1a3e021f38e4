package vn.tdkt.workflow.paper;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Every Vietnamese letter with diacritics survives the fonts, the PDF and text extraction. */
class VietnameseLettersTest {

    /** The 12 vowels (with their own marks) times the 5 tones, and đ: 67 lower-case letters. */
    static List<String> lowerCaseLetters() {
        String[] vowels = {"a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y"};
        // Combining grave, acute, hook above, tilde, dot below: huyền, sắc, hỏi, ngã, nặng.
        String[] tones = {"\u0300", "\u0301", "\u0309", "\u0303", "\u0323"};
        List<String> letters = new ArrayList<>();
        for (String vowel : vowels) {
            for (String tone : tones) {
                letters.add(Normalizer.normalize(vowel + tone, Normalizer.Form.NFC));
            }
        }
        letters.add("đ");
        for (String vowel : new String[] {"ă", "â", "ê", "ô", "ơ", "ư"}) {
            letters.add(vowel);
        }
        return letters;
    }

    @Test
    void thereAre134PrecomposedLetters() {
        List<String> lower = lowerCaseLetters();
        List<String> all = new ArrayList<>(lower);
        lower.forEach(letter -> all.add(letter.toUpperCase(Locale.ROOT)));

        // 60 toned vowels, the 6 marked vowels without tone and đ, in both cases; each one precomposed code point.
        assertThat(all).doesNotHaveDuplicates().hasSize(134).allMatch(letter -> letter.length() == 1);
    }

    @Test
    void everyLetterIsFoundBackInTheExtractedText() {
        List<String> lower = lowerCaseLetters();
        String lowerLine = String.join(" ", lower);
        String upperLine = lowerLine.toUpperCase(Locale.ROOT);
        DecisionPaper decision = Samples.decision(Samples.annex(List.of(
                new AnnexLine(lowerLine, upperLine, null))));

        String text = DecisionPdfTest.oneLine(Pdfs.text(Pdfs.render(decision)));

        for (String letter : lower) {
            String upper = letter.toUpperCase(Locale.ROOT);
            assertThat(text).as("letter " + letter).contains(letter);
            assertThat(text).as("letter " + upper).contains(upper);
        }
        assertThat(text).contains(lowerLine, upperLine);
    }
}
