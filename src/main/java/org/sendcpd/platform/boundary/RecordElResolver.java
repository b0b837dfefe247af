package org.sendcpd.platform.boundary;

import jakarta.el.ELContext;
import jakarta.el.ELResolver;
import jakarta.el.PropertyNotFoundException;
import jakarta.el.PropertyNotWritableException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;

/**
 * Lets facelets read record components as properties ({@code #{row.title}}), as Jakarta EL 6 will;
 * the EL 5 of Jakarta EE 10 knows only JavaBean getters. View rows are records, read-only.
 */
public class RecordElResolver extends ELResolver {

  @Override
  public Object getValue(ELContext context, Object base, Object property) {
    RecordComponent component = component(base, property);
    if (component == null) {
      return null;
    }
    try {
      Object value = component.getAccessor().invoke(base);
      context.setPropertyResolved(base, property);
      return value;
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new PropertyNotFoundException("Cannot read " + property + " of " + base.getClass(), e);
    }
  }

  @Override
  public Class<?> getType(ELContext context, Object base, Object property) {
    RecordComponent component = component(base, property);
    if (component != null) {
      context.setPropertyResolved(base, property);
    }
    return null;
  }

  @Override
  public void setValue(ELContext context, Object base, Object property, Object value) {
    if (component(base, property) != null) {
      throw new PropertyNotWritableException(property + " of a record cannot be changed");
    }
  }

  @Override
  public boolean isReadOnly(ELContext context, Object base, Object property) {
    if (component(base, property) != null) {
      context.setPropertyResolved(true);
      return true;
    }
    return false;
  }

  @Override
  public Class<?> getCommonPropertyType(ELContext context, Object base) {
    return base != null && base.getClass().isRecord() ? String.class : null;
  }

  private static RecordComponent component(Object base, Object property) {
    if (base == null || property == null || !base.getClass().isRecord()) {
      return null;
    }
    String name = property.toString();
    for (RecordComponent component : base.getClass().getRecordComponents()) {
      if (component.getName().equals(name)) {
        return component;
      }
    }
    return null;
  }
}
