package org.bodywork.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EvidenceTest {

    @Test
    void aPdfPngOrJpegIsKnownByItsFirstBytes() {
        assertEquals(
                Evidence.Type.PDF,
                Evidence.of("x.png", "%PDF-1.7 ...".getBytes()).type());
        assertEquals(
                Evidence.Type.PNG,
                Evidence.of("scan", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0})
                        .type());
        assertEquals(
                Evidence.Type.JPEG,
                Evidence.of("photo.jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0})
                        .type());
    }

    @Test
    void anythingElseIsRefusedWhateverItsName() {
        BusinessException e =
                assertThrows(BusinessException.class, () -> Evidence.of("letter.pdf", "<html>".getBytes()));
        assertTrue(e.getMessage().contains("must be a PDF"));
    }

    @Test
    void anEmptyOrOversizedFileIsRefused() {
        assertThrows(BusinessException.class, () -> Evidence.of("x.pdf", new byte[0]));
        byte[] big = new byte[Evidence.MAX_BYTES + 1];
        System.arraycopy("%PDF-".getBytes(), 0, big, 0, 5);
        assertTrue(assertThrows(BusinessException.class, () -> Evidence.of("x.pdf", big))
                .getMessage()
                .contains("at most 5 MB"));
    }

    @Test
    void theNameIsMadeSafeToSendBackInAHeader() {
        assertEquals("a_b_.pdf", Evidence.of("a\"b\n.pdf", "%PDF-".getBytes()).name());
    }
}
