package org.sendcpd.training.control;

/** A CPD record that does not exist; the API answers 404. */
public class RecordNotFoundException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public RecordNotFoundException(long id) {
    super("There is no CPD record " + id);
  }
}
