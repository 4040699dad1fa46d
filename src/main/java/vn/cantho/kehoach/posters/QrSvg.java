package vn.cantho.kehoach.posters;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

import java.util.Map;

/**
 * A QR code as an SVG element, drawn from ZXing's module matrix: one path of dark runs per row, in module units,
 * with the four-module quiet zone on a white square, so it scales crisply to any print size. Error correction M.
 */
public final class QrSvg {
    private static final int QUIET_ZONE = 4;

    private QrSvg() {
    }

    /**
     * @param text  what the code holds (a URL)
     * @param label its text alternative
     */
    public static String of(String text, String label) {
        BitMatrix m;
        try {
            m = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, Map.of(
                    EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                    EncodeHintType.CHARACTER_SET, "UTF-8",
                    EncodeHintType.MARGIN, QUIET_ZONE));
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode as a QR code: " + text, e);
        }
        int w = m.getWidth();
        int h = m.getHeight();
        StringBuilder d = new StringBuilder();
        for (int y = 0; y < h; y++) {
            int x = 0;
            while (x < w) {
                if (!m.get(x, y)) {
                    x++;
                    continue;
                }
                int start = x;
                while (x < w && m.get(x, y)) {
                    x++;
                }
                d.append('M').append(start).append(' ').append(y).append('h').append(x - start).append("v1h-")
                        .append(x - start).append('z');
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"qr\" viewBox=\"0 0 " + w + " " + h
                + "\" role=\"img\" aria-label=\"" + escape(label) + "\" shape-rendering=\"crispEdges\">"
                + "<rect width=\"" + w + "\" height=\"" + h + "\" fill=\"#fff\"/>"
                + "<path fill=\"#000\" d=\"" + d + "\"/></svg>";
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
