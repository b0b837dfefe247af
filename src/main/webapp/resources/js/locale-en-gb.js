// British English for PrimeFaces date pickers and the schedule: dd/MM/yyyy, weeks start on Monday.
if (window.PrimeFaces && PrimeFaces.locales) {
  PrimeFaces.locales["en_GB"] = Object.assign({}, PrimeFaces.locales["en"] || {}, {
    firstDay: 1,
    dateFormat: "dd/mm/yy",
    weekHeader: "Wk",
    closeText: "Close",
    currentText: "Today"
  });
}
