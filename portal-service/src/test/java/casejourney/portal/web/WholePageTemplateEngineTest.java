package casejourney.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.MediaType;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.StringTemplateResolver;
import reactor.core.publisher.Flux;

class WholePageTemplateEngineTest {

  private static final String TEMPLATE =
      "<ul><li th:each=\"n : ${names}\" th:text=\"${n}\">name</li></ul>";

  private final WholePageTemplateEngine engine = new WholePageTemplateEngine();

  WholePageTemplateEngineTest() {
    StringTemplateResolver resolver = new StringTemplateResolver();
    resolver.setTemplateMode(TemplateMode.HTML);
    engine.setTemplateResolver(resolver);
  }

  @Test
  void aWholePageIsOneBufferOfEscapedUtf8() {
    List<DataBuffer> buffers = render(Integer.MAX_VALUE);

    assertThat(buffers).hasSize(1);
    assertThat(text(buffers))
        .isEqualTo(
            "<ul><li>Siân ŵyr</li><li>&lt;script&gt;alert(1)&lt;/script&gt;</li>"
                + "<li>Gwenllïan</li></ul>");
  }

  @Test
  void aChunkSizeLimitKeepsTheStockStreamingAndTheSameText() {
    List<DataBuffer> buffers = render(16);

    assertThat(buffers).hasSizeGreaterThan(1);
    assertThat(text(buffers)).isEqualTo(text(render(Integer.MAX_VALUE)));
  }

  private List<DataBuffer> render(int chunkSize) {
    Context context =
        new Context(
            Locale.UK,
            Map.of("names", List.of("Siân ŵyr", "<script>alert(1)</script>", "Gwenllïan")));
    return Flux.from(
            engine.processStream(
                TEMPLATE,
                null,
                context,
                DefaultDataBufferFactory.sharedInstance,
                MediaType.TEXT_HTML,
                StandardCharsets.UTF_8,
                chunkSize))
        .collectList()
        .block();
  }

  /** Decoded after joining: a chunk may end in the middle of a character. */
  private static String text(List<DataBuffer> buffers) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (DataBuffer buffer : buffers) {
      byte[] chunk = new byte[buffer.readableByteCount()];
      buffer.read(chunk);
      bytes.writeBytes(chunk);
      DataBufferUtils.release(buffer);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
