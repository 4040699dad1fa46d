package vn.cantho.kehoach.importer;

import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Word's automatic numbering, computed as Word shows it. A paragraph is numbered by its own {@code w:numPr} or,
 * failing that, by its paragraph style's (following {@code basedOn}). The {@code w:num} names an abstract list
 * whose level gives the start value, the format (decimal, lowerLetter, upperRoman, ...) and the text
 * ({@code %1.}, {@code %1.%2.}, {@code %1)}). Counters belong to the abstract list, so every {@code w:num} of the
 * same list continues it, except where a {@code w:num} overrides a level's start (Word's "restart numbering");
 * a number resets the levels below it. Call {@link #label} once per paragraph, in document order.
 */
final class WordNumbering {
    private final XWPFNumbering numbering;
    private final XWPFStyles styles;
    /** Abstract list id → level → last number given. */
    private final Map<BigInteger, TreeMap<Integer, Integer>> counters = new HashMap<>();
    private final Set<BigInteger> numsSeen = new HashSet<>();

    WordNumbering(XWPFDocument doc) {
        this.numbering = doc.getNumbering();
        this.styles = doc.getStyles();
    }

    /** The number Word shows in front of the paragraph, with the space after it ("1. ", "a) "), or "". */
    String label(XWPFParagraph p) {
        if (numbering == null) {
            return "";
        }
        BigInteger numId = null;
        Integer ilvl = null;
        CTNumPr own = p.getCTP().getPPr() == null ? null : p.getCTP().getPPr().getNumPr();
        if (own != null) {
            numId = own.getNumId() == null ? null : own.getNumId().getVal();
            ilvl = own.getIlvl() == null ? null : own.getIlvl().getVal().intValue();
        }
        String styleId = p.getStyleID();
        for (int depth = 0; styleId != null && styles != null && depth < 10 && numId == null; depth++) {
            XWPFStyle style = styles.getStyle(styleId);
            if (style == null) {
                break;
            }
            if (style.getCTStyle().getPPr() != null && style.getCTStyle().getPPr().getNumPr() != null) {
                CTNumPr fromStyle = style.getCTStyle().getPPr().getNumPr();
                numId = fromStyle.getNumId() == null ? null : fromStyle.getNumId().getVal();
                if (ilvl == null && fromStyle.getIlvl() != null) {
                    ilvl = fromStyle.getIlvl().getVal().intValue();
                }
            }
            styleId = style.getBasisStyleID();
        }
        if (numId == null || numId.signum() == 0) {
            return "";
        }
        XWPFNum num = numbering.getNum(numId);
        if (num == null || num.getCTNum().getAbstractNumId() == null) {
            return "";
        }
        BigInteger abstractId = num.getCTNum().getAbstractNumId().getVal();
        XWPFAbstractNum abs = numbering.getAbstractNum(abstractId);
        if (abs == null) {
            return "";
        }
        int level = ilvl == null ? 0 : ilvl;
        TreeMap<Integer, Integer> counts = counters.computeIfAbsent(abstractId, k -> new TreeMap<>());
        Map<Integer, Integer> startOverrides = new HashMap<>();
        for (CTNumLvl o : num.getCTNum().getLvlOverrideList()) {
            if (o.getStartOverride() != null) {
                startOverrides.put(o.getIlvl().intValue(), o.getStartOverride().getVal().intValue());
            }
        }
        if (numsSeen.add(numId)) {
            for (Integer l : startOverrides.keySet()) {
                counts.remove(l);
            }
        }
        CTLvl lvl = level(abs, level);
        if (lvl == null) {
            return "";
        }
        Integer last = counts.get(level);
        int value = last == null ? startOf(lvl, startOverrides.get(level)) : last + 1;
        counts.put(level, value);
        counts.tailMap(level, false).clear();
        String fmt = lvl.getNumFmt() == null ? "decimal" : lvl.getNumFmt().getVal().toString();
        String text = lvl.getLvlText() == null || lvl.getLvlText().getVal() == null ? "" : lvl.getLvlText().getVal();
        if (fmt.equals("none")) {
            text = text.replaceAll("%[1-9]", "");
        } else if (!fmt.equals("bullet")) {
            StringBuilder out = new StringBuilder();
            for (int k = 0; k < text.length(); k++) {
                char c = text.charAt(k);
                if (c == '%' && k + 1 < text.length() && Character.isDigit(text.charAt(k + 1))) {
                    int ref = text.charAt(++k) - '1';
                    CTLvl refLvl = level(abs, ref);
                    String refFmt = refLvl == null || refLvl.getNumFmt() == null ? "decimal"
                            : refLvl.getNumFmt().getVal().toString();
                    Integer n = counts.get(ref);
                    out.append(format(n != null ? n : refLvl == null ? 1 : startOf(refLvl, startOverrides.get(ref)), refFmt));
                } else {
                    out.append(c);
                }
            }
            text = out.toString();
        }
        if (text.isEmpty()) {
            return "";
        }
        return suffix(lvl).equals("nothing") ? text : text + " ";
    }

    private static CTLvl level(XWPFAbstractNum abs, int ilvl) {
        for (CTLvl l : abs.getCTAbstractNum().getLvlList()) {
            if (l.getIlvl() != null && l.getIlvl().intValue() == ilvl) {
                return l;
            }
        }
        return null;
    }

    /** The level's w:suff (tab, space or nothing; tab when absent), read from the XML: ooxml-lite lacks its class. */
    private static String suffix(CTLvl lvl) {
        org.w3c.dom.NodeList children = lvl.getDomNode().getChildNodes();
        for (int k = 0; k < children.getLength(); k++) {
            if (children.item(k) instanceof org.w3c.dom.Element e && "suff".equals(e.getLocalName())) {
                String val = e.getAttributeNS(e.getNamespaceURI(), "val");
                return val.isEmpty() ? "tab" : val;
            }
        }
        return "tab";
    }

    private static int startOf(CTLvl lvl, Integer override) {
        if (override != null) {
            return override;
        }
        return lvl.getStart() == null ? 1 : lvl.getStart().getVal().intValue();
    }

    /** A counter in one of Word's number formats. */
    static String format(int n, String fmt) {
        return switch (fmt) {
            case "lowerLetter" -> letters(n);
            case "upperLetter" -> letters(n).toUpperCase(java.util.Locale.ROOT);
            case "lowerRoman" -> roman(n).toLowerCase(java.util.Locale.ROOT);
            case "upperRoman" -> roman(n);
            case "decimalZero" -> n < 10 ? "0" + n : Integer.toString(n);
            default -> Integer.toString(n);
        };
    }

    /** Word's letters: a..z, then aa..zz, aaa..: the letter repeated. */
    private static String letters(int n) {
        if (n <= 0) {
            return Integer.toString(n);
        }
        char c = (char) ('a' + (n - 1) % 26);
        return String.valueOf(c).repeat((n - 1) / 26 + 1);
    }

    static String roman(int n) {
        if (n <= 0 || n >= 4000) {
            return Integer.toString(n);
        }
        int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] symbols = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        StringBuilder out = new StringBuilder();
        for (int k = 0; k < values.length; k++) {
            while (n >= values[k]) {
                out.append(symbols[k]);
                n -= values[k];
            }
        }
        return out.toString();
    }
}
