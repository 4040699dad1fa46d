package vn.cantho.kehoach.io;

import java.util.Arrays;

/** Recognises a file of the old Office formats (.doc, .xls: an OLE2 compound file), whatever its name says. */
public final class OldOffice {
    /** The first bytes of every OLE2 compound file. */
    private static final byte[] MAGIC = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

    private OldOffice() {
    }

    public static boolean is(byte[] bytes) {
        return bytes.length >= MAGIC.length && Arrays.equals(bytes, 0, MAGIC.length, MAGIC, 0, MAGIC.length);
    }
}
