package org.sendcpd.platform.control;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.spi.InjectionPoint;
import java.util.logging.Logger;

/** One java.util.logging logger per class that asks for it. */
@Dependent
public class LoggerProducer {

  @Produces
  public Logger produce(InjectionPoint injectionPoint) {
    return Logger.getLogger(injectionPoint.getMember().getDeclaringClass().getName());
  }
}
