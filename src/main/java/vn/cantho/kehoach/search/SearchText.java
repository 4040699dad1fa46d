package vn.cantho.kehoach.search;

import vn.cantho.kehoach.content.Fold;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the browser's search sees one paragraph, computed at build time: the same functions as
 * {@code tokens}, {@code phraseWords} and {@code typedWords} in assets/js/text.js (the sharded index is
 * proved equal to the whole one, which the browser analyses itself, by SearchShardsBrowserTest).
 *
 * @param words folded tokens, MiniSearch's field
 * @param runs  folded tokens with "" where punctuation breaks a sentence (phrase positions)
 * @param typed distinct words as written (NFC, lowercase), in order of first occurrence
 */
public record SearchText(List<String> words, List<String> runs, Set<String> typed) {
    private static final Pattern BREAKS = Pattern.compile("[,.;:!?()\u201c\u201d\"\u2026]+");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    /** The analysis of a paragraph's text as shown. */
    public static SearchText of(String text) {
        List<String> runs = new ArrayList<>();
        String[] parts = BREAKS.split(text, -1);
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                runs.add("");
            }
            runs.addAll(Fold.tokens(parts[i]));
        }
        Set<String> typed = new LinkedHashSet<>();
        Matcher m = WORD.matcher(Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT));
        while (m.find()) {
            typed.add(m.group());
        }
        return new SearchText(Fold.tokens(text), List.copyOf(runs), typed);
    }

    /** MiniSearch's field length: distinct tokens, where an empty field still counts one (""). */
    public int fieldLength() {
        return words.isEmpty() ? 1 : new LinkedHashSet<>(words).size();
    }
}
