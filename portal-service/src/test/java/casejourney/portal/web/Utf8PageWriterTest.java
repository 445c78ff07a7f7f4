package casejourney.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class Utf8PageWriterTest {

  @Test
  void welshLettersQuotesAndEmojiAreTheBytesTheJdkWouldSend() {
    String text = "Siân ŵyr “dyfyniad” – ŷ € 😀 <p>";
    Utf8PageWriter writer = new Utf8PageWriter(4);
    writer.write(text);

    assertThat(bytes(writer)).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void aSurrogatePairSplitBetweenTwoWritesIsOneCharacter() {
    String emoji = "😀";
    Utf8PageWriter writer = new Utf8PageWriter(16);
    writer.write(emoji, 0, 1);
    writer.write(emoji.toCharArray(), 1, 1);

    assertThat(new String(bytes(writer), StandardCharsets.UTF_8)).isEqualTo(emoji);
  }

  @Test
  void aSurrogateWithoutItsPartnerBecomesAQuestionMarkAsInTheJdk() {
    String[] broken = {"a\uD83Db", "a\uDE00b", "end\uD83D", "\uDE00\uD83D"};
    for (String text : broken) {
      Utf8PageWriter writer = new Utf8PageWriter(16);
      writer.write(text);
      assertThat(bytes(writer)).as(text).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
    }
  }

  /**
   * The oracle: random text from every range UTF-8 treats differently, written in random pieces
   * through every write method, must give exactly the JDK's bytes.
   */
  @Test
  void randomTextInRandomPiecesMatchesTheJdk() {
    Random random = new Random(20261127);
    char[] alphabet = {
      'a', '<', '\n', 'é', 'ŵ', 'ŷ', '“', '€', '\uD83D', '\uDE00', '\uDBFF', '\uDFFF', '\u07FF',
      '\u0800', '\uFFFF', '\u0080'
    };
    for (int round = 0; round < 5_000; round++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(200);
      for (int i = 0; i < length; i++) {
        text.append(alphabet[random.nextInt(alphabet.length)]);
      }
      String expected = text.toString();
      Utf8PageWriter writer = new Utf8PageWriter(1 + random.nextInt(64));
      int at = 0;
      while (at < expected.length()) {
        int piece = Math.min(expected.length() - at, 1 + random.nextInt(12));
        switch (random.nextInt(4)) {
          case 0 -> writer.write(expected, at, piece);
          case 1 -> writer.write(expected.substring(at, at + piece).toCharArray(), 0, piece);
          case 2 -> writer.append(expected.substring(at, at + piece));
          default -> {
            for (int i = at; i < at + piece; i++) {
              writer.write(expected.charAt(i));
            }
          }
        }
        at += piece;
      }
      assertThat(bytes(writer)).as(expected).isEqualTo(expected.getBytes(StandardCharsets.UTF_8));
    }
  }

  private static byte[] bytes(Utf8PageWriter writer) {
    ByteBuffer buffer = writer.bytes();
    byte[] out = new byte[buffer.remaining()];
    buffer.get(out);
    return out;
  }
}
