package casejourney.portal.web;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.reactivestreams.Publisher;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferFactory;
import org.springframework.http.MediaType;
import org.thymeleaf.context.IContext;
import org.thymeleaf.spring6.SpringWebFluxTemplateEngine;
import org.thymeleaf.spring6.context.webflux.IReactiveDataDriverContextVariable;
import org.thymeleaf.util.FastStringWriter;
import reactor.core.publisher.Mono;

/**
 * Renders a whole page into characters first and encodes it once.
 *
 * <p>The stock engine writes straight into an {@code OutputStreamWriter}, and the JDK encodes every
 * one of the thousands of small strings a page is made of through its own {@code CharBuffer}
 * wrapper, one character at a time: a tenth of the portal's time under load. Pages in UTF-8 (all of
 * the portal's) are encoded as they are written, by {@link Utf8PageWriter}; any other charset is
 * written into a character buffer and encoded once at the end.
 *
 * <p>Only the whole-page mode changes. Streamed modes (a chunk size limit, data-driven or
 * server-sent events), which the portal does not use, keep the stock behaviour.
 */
public class WholePageTemplateEngine extends SpringWebFluxTemplateEngine {

  @Override
  public Publisher<DataBuffer> processStream(
      String template,
      Set<String> markupSelectors,
      IContext context,
      DataBufferFactory bufferFactory,
      MediaType mediaType,
      Charset charset,
      int responseMaxChunkSizeBytes) {
    boolean wholePage =
        responseMaxChunkSizeBytes < 0 || responseMaxChunkSizeBytes == Integer.MAX_VALUE;
    if (!wholePage
        || template == null
        || context == null
        || bufferFactory == null
        || charset == null
        || (mediaType != null && MediaType.TEXT_EVENT_STREAM.includes(mediaType))
        || dataDriven(context)) {
      return super.processStream(
          template,
          markupSelectors,
          context,
          bufferFactory,
          mediaType,
          charset,
          responseMaxChunkSizeBytes);
    }
    if (StandardCharsets.UTF_8.equals(charset)) {
      return Mono.fromSupplier(
          () -> {
            // Room for a whole timeline page without growing and copying on the way.
            Utf8PageWriter writer = new Utf8PageWriter(32 * 1024);
            process(template, markupSelectors, context, writer);
            return bufferFactory.wrap(writer.bytes());
          });
    }
    return Mono.fromSupplier(
        () -> {
          FastStringWriter writer = new FastStringWriter(32 * 1024);
          process(template, markupSelectors, context, writer);
          return bufferFactory.wrap(writer.toString().getBytes(charset));
        });
  }

  private static boolean dataDriven(IContext context) {
    for (String name : context.getVariableNames()) {
      if (context.getVariable(name) instanceof IReactiveDataDriverContextVariable) {
        return true;
      }
    }
    return false;
  }
}
