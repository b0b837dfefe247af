package org.sendcpd.training.boundary;

/** Field names of refusals, in the words of the Log CPD form. */
final class FieldNames {

  private FieldNames() {}

  static String label(String field) {
    if (field.startsWith("outcomes")) {
      return "Competences claimed";
    }
    return switch (field) {
      case "file" -> "Certificate";
      case "completedOn" -> "Completed on";
      case "hours" -> "Hours";
      case "title" -> "Title";
      case "delivery" -> "Delivery";
      case "provider" -> "Provider";
      case "cost" -> "Cost";
      case "reflection" -> "Reflection";
      case "intendedChange.text", "intendedChange" -> "What you will change";
      case "intendedChange.areaCode" -> "Area of need";
      default -> field;
    };
  }
}
