package casejourney.caseservice.config;

import org.springframework.boot.web.embedded.netty.NettyReactiveWebServerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Runs on Netty whatever else is on the classpath: the embedded identity provider used in tests
 * brings Tomcat along, and Boot would otherwise prefer it, so tests would not run the server
 * production runs.
 */
@Configuration(proxyBeanMethods = false)
class WebServerConfig {

  @Bean
  NettyReactiveWebServerFactory nettyReactiveWebServerFactory() {
    return new NettyReactiveWebServerFactory();
  }
}
